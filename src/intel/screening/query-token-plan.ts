/**
 * What screening needs to know about one query token, worked out once per index and kept: the
 * token prepared for scoring (weight from this index) and the list names its blocking keys reach,
 * each once, in the order the keys and their postings name them. Party names repeat their words
 * (first names, TRADING, LOGISTICS), so most query tokens are planned already; the cache is
 * bounded and starts over when full.
 */
import { blockingKeys } from './blocking-keys.ts';
import { nameToken, type NameToken } from './name-token.ts';
import type { ScreeningIndex } from './screening-index.ts';

/** Postings longer than this (very common tokens and sounds) are not used for blocking. */
export const MAX_POSTINGS = 200;
/** Planned tokens kept per index (a few MB: a plan holds a few hundred name ids at most). */
const MAX_PLANS = 50_000;

export interface QueryTokenPlan {
  readonly token: NameToken;
  /** Indexed names sharing a usable blocking key with the token, first reached first. */
  readonly blocked: Int32Array;
}

const plansByIndex = new WeakMap<ScreeningIndex, Map<string, QueryTokenPlan>>();
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

export function queryTokenPlan(index: ScreeningIndex, token: string): QueryTokenPlan {
  let plans = plansByIndex.get(index);
  if (plans === undefined) {
    plans = new Map();
    plansByIndex.set(index, plans);
  }
  let plan = plans.get(token);
  if (plan === undefined) {
    const t = nameToken(token, index.weights.get(token) ?? index.rareWeight);
    plan = { token: t, blocked: blockedNames(index, t) };
    if (plans.size >= MAX_PLANS) plans.clear();
    plans.set(token, plan);
  }
  return plan;
}
