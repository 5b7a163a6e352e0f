/**
 * What screening a name finds before the filing's country is weighed: its tokens prepared for
 * scoring, its legal forms, and the list names blocking picks with the similarity of each. None
 * of it depends on the country, and a vessel call names the same shipper with several countries
 * (one per port of loading), so it is kept per index by name and a name met again is only weighed
 * against its country. What is kept is bounded per index and starts over when full.
 */
import type { LegalForm } from '../normalize/legal-forms.ts';
import { nameParts } from '../normalize/normalize-name.ts';
import { candidateNames } from './candidate-names.ts';
import { alignedScore } from './name-similarity.ts';
import { SCREENING_NAME_PARTS, type NameToken } from './name-token.ts';
import { plannedPairs, queryTokenPlans } from './query-token-plan.ts';
import type { IndexedName, ScreeningIndex } from './screening-index.ts';

/** Names kept per index: a few hundred bytes each, some 10 MB when full. */
const MAX_NAMES = 50_000;

export interface NameCandidates {
  /** The name's tokens as scored against this index (weights from it). */
  readonly tokens: readonly NameToken[];
  readonly forms: readonly LegalForm[];
  /** Candidate list names (index ids), most voted first. */
  readonly ids: readonly number[];
  /** Each candidate's similarity with the name, as `alignedScore` gives it. */
  readonly similarities: readonly number[];
}

const NONE: NameCandidates = { tokens: [], forms: [], ids: [], similarities: [] };

const keptByIndex = new WeakMap<ScreeningIndex, Map<string, NameCandidates>>();

function findCandidates(index: ScreeningIndex, text: string): NameCandidates {
  const norm = nameParts(text, SCREENING_NAME_PARTS);
  if (norm.tokens.length === 0) return NONE;
  const plans = queryTokenPlans(index, norm.tokens);
  const tokens = plans.map((p) => p.token);
  const ids = candidateNames(plans, index.names.length);
  const similarities = ids.map((id) =>
    alignedScore(tokens, (index.names[id] as IndexedName).tokens, plannedPairs(index, plans, id)),
  );
  return { tokens, forms: norm.legalForms, ids, similarities };
}

/** The candidates of name `text` in `index`, found once and then looked up. */
export function nameCandidates(index: ScreeningIndex, text: string): NameCandidates {
  let kept = keptByIndex.get(index);
  if (kept === undefined || kept.size >= MAX_NAMES) {
    kept = new Map();
    keptByIndex.set(index, kept);
  }
  let found = kept.get(text);
  if (found === undefined) {
    found = findCandidates(index, text);
    kept.set(text, found);
  }
  return found;
}
