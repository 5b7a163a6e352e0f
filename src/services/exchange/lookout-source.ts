/**
 * The lookouts in force at this node, kept in memory for targeting's synchronous `LookoutSource`
 * hook: own lookouts and those received from partners, not revoked, within their validity and
 * before their expiry. Every change to lookouts (created, received, revoked) refreshes every
 * source open on that database.
 */
import type { LookoutHit } from '../../risk/features/history.ts';
import type { Lookout } from '../../exchange/objects/lookout.ts';
import { listLatestIntel, type Database } from '../../storage/index.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { LookoutSource } from '../targeting/score-filing.ts';
import { indexLookouts, type LookoutIndex } from './lookout-index.ts';

export interface LookoutSourceHandle {
  /** The hook targeting calls per consignment. */
  readonly source: LookoutSource;
  /** Reloads the lookouts from the database. */
  refresh(): Promise<void>;
  /** The lookouts in force now. */
  active(): readonly Lookout[];
}

const handles = new WeakMap<Database, Set<LookoutSourceHandle>>();

/** Reloads every lookout source open on the database. */
export async function lookoutsChanged(database: Database): Promise<void> {
  await Promise.all([...(handles.get(database) ?? [])].map((h) => h.refresh()));
}

/** Lookouts stored at the node that are not revoked (validity is checked at use). */
export async function loadLookouts(database: Database): Promise<Lookout[]> {
  const versions = await listLatestIntel(database.db, { kinds: ['lookout'], limit: 100_000 });
  return versions.filter((v) => !v.revoked).map((v) => v.document as Lookout);
}

export function inForce(l: Lookout, now: number): boolean {
  const w = windowOf(l);
  return w.from <= now && now < w.until;
}

interface InForce {
  readonly lookout: Lookout;
  readonly from: number;
  readonly until: number;
}

function inForceAt(lookouts: readonly InForce[], now: number): Lookout[] {
  return lookouts.filter((l) => l.from <= now && now < l.until).map((l) => l.lookout);
}

/** The span around `now` in which no lookout comes into force or lapses. */
function steadyAround(lookouts: readonly InForce[], now: number): { from: number; until: number } {
  let from = -Infinity;
  let until = Infinity;
  for (const l of lookouts)
    for (const edge of [l.from, l.until]) {
      if (edge <= now) from = Math.max(from, edge);
      else until = Math.min(until, edge);
    }
  return { from, until };
}

/** When a lookout is in force: from its validity start to its end or expiry (the earlier). */
function windowOf(l: Lookout): { from: number; until: number } {
  const c = l.content;
  const ends = [c.validUntil, l.markings.expiresAt].filter((t) => t !== undefined);
  return { from: Date.parse(c.validFrom), until: Math.min(Infinity, ...ends.map(Date.parse)) };
}

export function createLookoutSource(
  database: Database,
  clock: Clock = systemClock,
): LookoutSourceHandle {
  // Each lookout with its window worked out once per load: the source runs per consignment.
  let lookouts: readonly InForce[] = [];
  // The index of the lookouts in force, made again only when the clock crosses a window's edge.
  let current: { index: LookoutIndex<Lookout>; from: number; until: number } | undefined;
  const indexAt = (now: number): LookoutIndex<Lookout> => {
    if (current === undefined || now < current.from || now >= current.until)
      current = { index: indexLookouts(inForceAt(lookouts, now)), ...steadyAround(lookouts, now) };
    return current.index;
  };
  const handle: LookoutSourceHandle = {
    async refresh() {
      lookouts = (await loadLookouts(database)).map((lookout) => ({
        lookout,
        ...windowOf(lookout),
      }));
      current = undefined;
    },
    active: () => inForceAt(lookouts, clock.now().getTime()),
    source: (_agencyId, consignment) => {
      const out: LookoutHit[] = [];
      for (const { lookout: l, match: m } of indexAt(clock.now().getTime()).match(consignment)) {
        const base = {
          lookoutId: l.id,
          ownerAgency: l.markings.owner,
          mandatoryHold: l.content.holdRequired,
          reason: `Lookout "${l.content.title}" of ${l.markings.owner} (matched on ${m.matchedOn.join(', ')})`,
        };
        if (m.containerNumbers.length === 0) out.push(base);
        else
          for (const containerNumber of m.containerNumbers) out.push({ ...base, containerNumber });
      }
      return out;
    },
  };
  const set = handles.get(database) ?? new Set();
  set.add(handle);
  handles.set(database, set);
  return handle;
}
