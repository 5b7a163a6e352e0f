// The screening index's stored forms against the straightforward ones they replace: postings
// against a key → names map built name by name, blocked names against walking every key's
// postings, kept pair similarities against working them out again, a name's kept candidates
// against screening it on an index that has kept nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { blockingKeys } from '../../src/intel/screening/blocking-keys.ts';
import { candidateNames } from '../../src/intel/screening/candidate-names.ts';
import {
  MAX_POSTINGS,
  plannedPairs,
  queryTokenPlans,
} from '../../src/intel/screening/query-token-plan.ts';
import {
  buildScreeningIndex,
  type ScreeningIndex,
} from '../../src/intel/screening/screening-index.ts';
import { resultLine } from '../../src/intel/screening/evaluation/results-digest.ts';
import {
  screenName,
  type ScreeningOptions,
  type ScreeningQuery,
} from '../../src/intel/screening/screen-name.ts';
import { tokenPairSimilarity } from '../../src/intel/screening/token-pair-similarity.ts';
import { normalizeName } from '../../src/intel/normalize/normalize-name.ts';
import { loadSdnEntries } from './load-watchlist.ts';

let index: ScreeningIndex;
let naive: Map<string, number[]>;

beforeAll(() => {
  index = buildScreeningIndex(loadSdnEntries().slice(0, 3_000));
  naive = new Map();
  index.names.forEach((n, id) => {
    const keys = new Set(n.tokens.flatMap((t) => blockingKeys(t.token, t.phonetic, t.skeleton)));
    for (const k of keys) naive.set(k, [...(naive.get(k) ?? []), id]);
  });
});

describe('screening index', () => {
  it('lists under each blocking key every name having it, once, in increasing order', () => {
    expect(index.postings.size).toBe(naive.size);
    for (const [key, ids] of naive) expect(index.postings.get(key)).toEqual(ids);
    expect(index.postings.get('d:NOT-A-KEY')).toBeUndefined();
  });

  it('shares one token object per spelling', () => {
    const bySpelling = new Map(index.names.flatMap((n) => n.tokens.map((t) => [t.token, t])));
    for (const n of index.names) for (const t of n.tokens) expect(t).toBe(bySpelling.get(t.token));
  });

  it('plans a query token with the names its usable keys reach, first reached first', () => {
    for (const token of ['QUINTERO', 'KINTERO', 'TRADING', 'MOHAMED', 'ZZZQ']) {
      const [plan] = queryTokenPlans(index, [token]);
      const t = plan?.token;
      if (t === undefined) throw new Error('no plan');
      const reached = blockingKeys(t.token, t.phonetic, t.skeleton).flatMap((k) => {
        const ids = naive.get(k) ?? [];
        return ids.length > MAX_POSTINGS ? [] : ids;
      });
      expect([...(plan?.blocked ?? [])]).toEqual([...new Set(reached)]);
      if (token === 'QUINTERO') expect(plan?.blocked.length).toBeGreaterThan(0);
    }
  });

  it('gives kept pair similarities equal to working them out again', () => {
    const plans = queryTokenPlans(index, ['RAFAEL', 'CARO', 'KINTERO']);
    for (const round of [1, 2]) {
      for (let id = 0; id < 400; id++) {
        const cand = index.names[id]?.tokens ?? [];
        const sims = [...plannedPairs(index, plans, id).subarray(0, plans.length * cand.length)];
        const fresh = plans.flatMap((p) => cand.map((c) => tokenPairSimilarity(p.token, c)));
        expect(sims, `round ${round}, name ${id}`).toEqual(fresh);
      }
    }
  });

  it('picks as candidates the ten most voted names, ties in the order first reached', () => {
    for (const n of index.names.slice(0, 600)) {
      const plans = queryTokenPlans(index, normalizeName(`${n.text} TRADING`).tokens);
      const votes = new Map<number, number>();
      for (const p of plans)
        for (const id of p.blocked) votes.set(id, (votes.get(id) ?? 0) + p.token.weight);
      const total = plans.reduce((s, p) => s + p.token.weight, 0);
      const expected = [...votes]
        .filter(([, v]) => v >= 0.4 * total)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([id]) => id);
      expect(candidateNames(plans, index.names.length)).toEqual(expected);
    }
  });

  it('screens a name met again (other country, other threshold) as a fresh index does', () => {
    const names = index.names.slice(0, 300).map((n) => n.text);
    const queries = names.flatMap((name) => [
      { name, country: 'CO' },
      { name },
      { name: `${name} TRADING`, country: 'MX' },
    ]);
    const options = [{ threshold: 0.78 }, { threshold: 0.6, limit: 20 }];
    const line = (q: ScreeningQuery, o: ScreeningOptions, at: ScreeningIndex): string =>
      resultLine(q.name, screenName(at, q, o));
    for (const o of options)
      for (const q of queries) {
        // A copy of the index shares its lists and keeps nothing of the names screened so far.
        expect(line(q, o, index)).toBe(line(q, o, { ...index }));
      }
  });
});
