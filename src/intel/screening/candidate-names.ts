/**
 * Blocking votes: every indexed name reached by a query token's blocking keys collects that
 * token's weight (once per query token); names holding enough of the query's weight are
 * candidates, the most voted first (ties in the order they were first reached), at most
 * `MAX_CANDIDATES` of them.
 */
import type { QueryTokenPlan } from './query-token-plan.ts';

const MAX_CANDIDATES = 10;
/** A candidate must share blocks worth this share of the query's token weight. */
const MIN_VOTE_SHARE = 0.4;

/**
 * Per-name accumulators, reused across queries (screening is synchronous): votes, the query
 * that last touched the name, and when in that query it was first reached.
 */
const scratch = {
  votes: new Float64Array(0),
  stamp: new Int32Array(0),
  reached: new Int32Array(0),
  query: 0,
};

function resize(size: number): void {
  if (scratch.votes.length >= size && scratch.query < 0x7fffffff) return;
  scratch.votes = new Float64Array(size);
  scratch.stamp = new Int32Array(size);
  scratch.reached = new Int32Array(size);
  scratch.query = 0;
}

/** Names whose votes reach `min`, in the order they reached it. */
function collectVotes(plans: readonly QueryTokenPlan[], min: number): number[] {
  const query = ++scratch.query;
  const { votes, stamp, reached } = scratch;
  const enough: number[] = [];
  let order = 0;
  for (const plan of plans) {
    const w = plan.token.weight;
    const blocked = plan.blocked;
    for (let k = 0; k < blocked.length; k++) {
      const id = blocked[k] as number;
      const fresh = stamp[id] !== query;
      let prior = 0;
      if (fresh) {
        stamp[id] = query;
        reached[id] = order++;
      } else prior = votes[id] as number;
      const after = prior + w;
      votes[id] = after;
      if (after >= min && (fresh || prior < min)) enough.push(id);
    }
  }
  return enough;
}

/** Whether name a goes before name b: more votes, or as many and reached earlier. */
function goesBefore(a: number, b: number): boolean {
  const va = scratch.votes[a] as number;
  const vb = scratch.votes[b] as number;
  return va > vb || (va === vb && (scratch.reached[a] as number) < (scratch.reached[b] as number));
}

/**
 * The first `MAX_CANDIDATES` of `ids` by decreasing votes, ties in the order reached: what a
 * stable sort of every name reached by votes would give, without sorting them all.
 */
function topVoted(ids: readonly number[]): number[] {
  const top: number[] = [];
  for (const id of ids) {
    if (top.length === MAX_CANDIDATES && !goesBefore(id, top[MAX_CANDIDATES - 1] as number))
      continue;
    let at = top.length;
    while (at > 0 && goesBefore(id, top[at - 1] as number)) at--;
    top.splice(at, 0, id);
    if (top.length > MAX_CANDIDATES) top.pop();
  }
  return top;
}

/** Candidate name ids for a query, `size` being the number of indexed names. */
export function candidateNames(plans: readonly QueryTokenPlan[], size: number): number[] {
  resize(size);
  const total = plans.reduce((s, p) => s + p.token.weight, 0);
  return topVoted(collectVotes(plans, MIN_VOTE_SHARE * total));
}
