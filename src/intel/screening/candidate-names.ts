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

/** Per-name vote accumulators, reused across queries (screening is synchronous). */
const scratch = { votes: new Float64Array(0), stamp: new Int32Array(0), query: 0 };

function collectVotes(plans: readonly QueryTokenPlan[], size: number, touched: number[]): void {
  if (scratch.votes.length < size || scratch.query === 0x7fffffff) {
    scratch.votes = new Float64Array(size);
    scratch.stamp = new Int32Array(size);
    scratch.query = 0;
  }
  const query = ++scratch.query;
  const { votes, stamp } = scratch;
  for (const plan of plans) {
    const w = plan.token.weight;
    const blocked = plan.blocked;
    for (let k = 0; k < blocked.length; k++) {
      const id = blocked[k] as number;
      if (stamp[id] !== query) {
        stamp[id] = query;
        votes[id] = 0;
        touched.push(id);
      }
      votes[id] = (votes[id] as number) + w;
    }
  }
}

/**
 * Top names by votes, as a stable sort by decreasing votes then the first `MAX_CANDIDATES`
 * would give, without sorting every name reached.
 */
function topVoted(touched: readonly number[], votes: Float64Array, min: number): number[] {
  const top: number[] = [];
  for (const id of touched) {
    const v = votes[id] as number;
    if (v < min) continue;
    if (top.length === MAX_CANDIDATES && v <= (votes[top[MAX_CANDIDATES - 1] as number] as number))
      continue;
    let at = top.length;
    while (at > 0 && (votes[top[at - 1] as number] as number) < v) at--;
    top.splice(at, 0, id);
    if (top.length > MAX_CANDIDATES) top.pop();
  }
  return top;
}

/** Candidate name ids for a query, `size` being the number of indexed names. */
export function candidateNames(plans: readonly QueryTokenPlan[], size: number): number[] {
  const touched: number[] = [];
  collectVotes(plans, size, touched);
  const total = plans.reduce((s, p) => s + p.token.weight, 0);
  return topVoted(touched, scratch.votes, MIN_VOTE_SHARE * total);
}
