/**
 * What screening needs to know about one query token, worked out once per index and kept: the
 * token prepared for scoring (weight from this index), the list names its blocking keys reach
 * (each once, in the order the keys and their postings name them) and its similarity with the
 * tokens of each list name it has been scored against. Party names repeat their words (first
 * names, TRADING, LOGISTICS) and a word meets the same list names each time, so most of this is
 * found, not worked out. What is kept is bounded per index and starts over when full.
 */
import { blockingKeys } from './blocking-keys.ts';
import { pairMatrix } from './name-similarity.ts';
import { nameToken, type NameToken } from './name-token.ts';
import type { IndexedName, ScreeningIndex } from './screening-index.ts';
import { tokenPairSimilarity } from './token-pair-similarity.ts';

/** Postings longer than this (very common tokens and sounds) are not used for blocking. */
export const MAX_POSTINGS = 200;
/** Planned tokens kept per index (a plan holds a few hundred name ids at most). */
const MAX_PLANS = 50_000;
/**
 * Token pair similarities kept per index: 8 bytes each, plus a map entry per row, some 16 MB when
 * full; a day of Antwerp-sized intake (60,000 names) fits without starting over.
 */
const MAX_PAIRS = 1 << 20;

export interface QueryTokenPlan {
  readonly token: NameToken;
  /** Indexed names sharing a usable blocking key with the token, first reached first. */
  readonly blocked: Int32Array;
  /** Indexed name id → where its row of `tokenPairSimilarity` values starts in `Plans.sims`. */
  readonly rows: Map<number, number>;
}

interface Plans {
  readonly byToken: Map<string, QueryTokenPlan>;
  /** Rows of pair similarities, one per (plan, indexed name) met, end to end. */
  sims: Float64Array;
  used: number;
  /** Set when a row no longer fitted: the next query starts over. */
  full: boolean;
}

const plansByIndex = new WeakMap<ScreeningIndex, Plans>();
function plansOf(index: ScreeningIndex): Plans {
  let plans = plansByIndex.get(index);
  if (plans === undefined || plans.full || plans.byToken.size >= MAX_PLANS) {
    plans = { byToken: new Map(), sims: new Float64Array(1 << 14), used: 0, full: false };
    plansByIndex.set(index, plans);
  }
  return plans;
}

/** The plans of a query's tokens, in order. */
export function queryTokenPlans(
  index: ScreeningIndex,
  tokens: readonly string[],
): QueryTokenPlan[] {
  const plans = plansOf(index);
  return tokens.map((token) => {
    let plan = plans.byToken.get(token);
    if (plan === undefined) {
      const t = nameToken(token, index.weights.get(token) ?? index.rareWeight);
      const keys = blockingKeys(t.token, t.phonetic, t.skeleton);
      plan = { token: t, blocked: index.postings.union(keys, MAX_POSTINGS), rows: new Map() };
      plans.byToken.set(token, plan);
    }
    return plan;
  });
}

/** Room for `size` more similarities, or -1 once the bound is reached. */
function reserve(plans: Plans, size: number): number {
  if (plans.used + size > plans.sims.length) {
    if (plans.used + size > MAX_PAIRS) {
      plans.full = true;
      return -1;
    }
    const grown = new Float64Array(Math.min(MAX_PAIRS, 2 * (plans.used + size)));
    grown.set(plans.sims.subarray(0, plans.used));
    plans.sims = grown;
  }
  const at = plans.used;
  plans.used += size;
  return at;
}

/**
 * The pair similarities of a query (as plans) with indexed name `id`'s tokens, row-major in a
 * reused matrix: kept rows copied, new ones worked out and kept.
 */
export function plannedPairs(
  index: ScreeningIndex,
  query: readonly QueryTokenPlan[],
  id: number,
): Float64Array {
  const plans = plansByIndex.get(index) as Plans;
  const cand = (index.names[id] as IndexedName).tokens;
  const n = cand.length;
  const sims = pairMatrix(query.length * n);
  for (let q = 0; q < query.length; q++) {
    const plan = query[q] as QueryTokenPlan;
    const row = q * n;
    const at = plan.rows.get(id);
    if (at !== undefined) {
      const kept = plans.sims;
      for (let c = 0; c < n; c++) sims[row + c] = kept[at + c] as number;
      continue;
    }
    for (let c = 0; c < n; c++)
      sims[row + c] = tokenPairSimilarity(plan.token, cand[c] as NameToken);
    const to = reserve(plans, n);
    if (to < 0) continue;
    const kept = plans.sims;
    for (let c = 0; c < n; c++) kept[to + c] = sims[row + c] as number;
    plan.rows.set(id, to);
  }
  return sims;
}
