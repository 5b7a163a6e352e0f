/**
 * What screening needs to know about one query token, worked out once per index and kept: the
 * token prepared for scoring (weight from this index) and the list names its blocking keys reach,
 * each once, in the order the keys and their postings name them. Party names repeat their words
 * (first names, TRADING, LOGISTICS), so most query tokens are planned already; the cache is
 * bounded and starts over when full.
 */
import { blockingKeys } from './blocking-keys.ts';
import { pairMatrix } from './name-similarity.ts';
import { nameToken, type NameToken } from './name-token.ts';
import type { ScreeningIndex } from './screening-index.ts';
import { tokenPairSimilarity } from './token-pair-similarity.ts';

/** Postings longer than this (very common tokens and sounds) are not used for blocking. */
export const MAX_POSTINGS = 200;
/** Planned tokens kept per index (a few MB: a plan holds a few hundred name ids at most). */
const MAX_PLANS = 50_000;

/** Token pairs remembered per index, over all its plans (some 40 bytes each). */
const MAX_PAIRS = 500_000;

export interface QueryTokenPlan {
  readonly token: NameToken;
  /** Indexed names sharing a usable blocking key with the token, first reached first. */
  readonly blocked: Int32Array;
  /**
   * `tokenPairSimilarity` with the index's tokens met so far (the index shares one token object
   * per spelling): a token meets the same candidates each time it is screened.
   */
  readonly pairs: Map<NameToken, number>;
}

interface Plans {
  readonly byToken: Map<string, QueryTokenPlan>;
  pairCount: number;
}

const plansByIndex = new WeakMap<ScreeningIndex, Plans>();
let seen = new Uint8Array(0);

function blockedNames(index: ScreeningIndex, t: NameToken): Int32Array {
  if (seen.length < index.names.length) seen = new Uint8Array(index.names.length);
  const ids: number[] = [];
  for (const key of blockingKeys(t.token, t.phonetic, t.skeleton)) {
    const list = index.postings.get(key);
    if (list === undefined || list.length > MAX_POSTINGS) continue;
    for (const id of list) {
      if (seen[id] === 1) continue;
      seen[id] = 1;
      ids.push(id);
    }
  }
  for (const id of ids) seen[id] = 0;
  return Int32Array.from(ids);
}

function plansOf(index: ScreeningIndex): Plans {
  let plans = plansByIndex.get(index);
  if (plans === undefined || plans.byToken.size >= MAX_PLANS || plans.pairCount >= MAX_PAIRS) {
    plans = { byToken: new Map(), pairCount: 0 };
    plansByIndex.set(index, plans);
  }
  return plans;
}

export function queryTokenPlan(index: ScreeningIndex, token: string): QueryTokenPlan {
  const plans = plansOf(index);
  let plan = plans.byToken.get(token);
  if (plan === undefined) {
    const t = nameToken(token, index.weights.get(token) ?? index.rareWeight);
    plan = { token: t, blocked: blockedNames(index, t), pairs: new Map() };
    plans.byToken.set(token, plan);
  }
  return plan;
}

/**
 * The pair similarities of a query (as plans) with a candidate's tokens, row-major in a reused
 * matrix, remembered pairs looked up and new ones remembered.
 */
export function plannedPairs(
  index: ScreeningIndex,
  query: readonly QueryTokenPlan[],
  cand: readonly NameToken[],
): Float64Array {
  const plans = plansByIndex.get(index);
  const sims = pairMatrix(query.length * cand.length);
  let k = 0;
  for (const plan of query) {
    for (const b of cand) {
      let sim = plan.pairs.get(b);
      if (sim === undefined) {
        sim = tokenPairSimilarity(plan.token, b);
        plan.pairs.set(b, sim);
        if (plans !== undefined) plans.pairCount++;
      }
      sims[k++] = sim;
    }
  }
  return sims;
}
