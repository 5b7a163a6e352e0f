/**
 * Watchlist screening for an agency: the bundled OFAC SDN list (or a newer copy loaded without a
 * release) and the agency's own lists, each screened with its own threshold (tuned by reviews);
 * parties of consignments screened and their hits stored for review, each consignment version
 * once per state of the lists (watchlist-state.ts).
 */
import { AppError } from '../../core/app-error.ts';
import type { Party } from '../../core/cargo/party.ts';
import type { Diagnostic } from '../../core/diagnostic.ts';
import type { MatchReason } from '../../intel/screening/match-reason.ts';
import { parseAgencyWatchlist } from '../../intel/screening/parse-agency-watchlist.ts';
import { DEFAULT_THRESHOLD, screenName } from '../../intel/screening/screen-name.ts';
import { tuneThreshold } from '../../intel/screening/tune-threshold.ts';
import {
  insertScreeningHits,
  listHitsOfConsignments,
  listStoredPartiesOf,
  listReviewedScores,
  listScreeningHits,
  markScreened,
  reviewScreeningHit,
  setWatchlistThreshold,
  upsertWatchlist,
  type Db,
  type PendingVersions,
  type StoredParty,
  type StoredScreeningHit,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import type { VesselListing, VesselListingSource } from '../targeting/vessel-listings.ts';
import { loadAgencyLists, type AgencyLists, type WatchlistSummary } from './agency-watchlists.ts';
import { parseOfacFile } from './bundled-watchlist.ts';
import { rememberedMatches } from './remembered-matches.ts';

export interface ScreeningMatch {
  readonly listId: string;
  readonly entryId: string;
  readonly name: string;
  readonly matchedName: string;
  readonly score: number;
  readonly programmes: readonly string[];
  readonly narcotics: boolean;
  readonly reasons: readonly MatchReason[];
}

export const WATCHLIST_FORMATS = ['ofac-sdn', 'csv'] as const;
export type WatchlistFormat = (typeof WATCHLIST_FORMATS)[number];
export type { WatchlistSummary };

/**
 * A stored, uncancelled consignment version already read by the caller (targeting hands over the
 * versions it scores), with the parties stored with it: screened without reading them again.
 */
export interface ScreenedConsignment {
  readonly id: string;
  readonly billNumber: string;
  readonly parties: readonly Party[];
}

/** What screening reads of a party: whose it is and the party as stored. */
type ScreenedParty = Pick<StoredParty, 'consignmentId' | 'billNumber' | 'party'>;

const partiesOf = (consignments: readonly ScreenedConsignment[]): ScreenedParty[] =>
  consignments.flatMap((c) =>
    c.parties.map((party) => ({ consignmentId: c.id, billNumber: c.billNumber, party })),
  );

type ScreenedOf = Parameters<ScreeningService['screenStored']>[2];

export const HIT_VERDICTS = ['true-positive', 'false-positive'] as const;
export type HitVerdict = (typeof HIT_VERDICTS)[number];

export interface ScreeningService {
  screen(
    actor: Actor,
    query: { name: string; country?: string; limit?: number },
  ): Promise<ScreeningMatch[]>;
  /** Screens parties already read; stores every hit found. */
  screenParties(db: Db, agencyId: string, parties: readonly StoredParty[]): Promise<number>;
  /**
   * Screens the stored parties of a filing (the intake `screen` job), of consignment versions, or
   * of consignment versions the caller has read (targeting, before scoring), each version once
   * per state of the agency's lists: a version already screened under the current state is not
   * screened again (its stored hits are read), the others are marked screened in the
   * transaction that stores their hits. A hit already stored for the same party and entry, open
   * or reviewed, is not stored again, so the job and targeting can both call it in any order.
   * Returns every hit of those consignments that is not a false positive.
   */
  screenStored(
    db: Db,
    agencyId: string,
    of:
      | { filingId: string }
      | { consignmentIds: readonly string[] }
      | { consignments: readonly ScreenedConsignment[] },
  ): Promise<StoredScreeningHit[]>;
  hits(
    actor: Actor,
    filter: { status?: string; billNumbers?: readonly string[] },
  ): Promise<StoredScreeningHit[]>;
  review(
    actor: Actor,
    hitId: string,
    verdict: HitVerdict,
    note?: string,
  ): Promise<StoredScreeningHit>;
  load(
    actor: Actor,
    input: {
      listId: string;
      name: string;
      format: WatchlistFormat;
      bytes: Uint8Array;
      source: string;
    },
  ): Promise<{ summary: WatchlistSummary; diagnostics: readonly Diagnostic[] }>;
  lists(actor: Actor): Promise<WatchlistSummary[]>;
  /** Parties put through the matcher by this service so far (tests read it). */
  partiesScreened(): number;
  /** The entries of the agency's lists in force that name these vessels by IMO number. */
  listedVessels: VesselListingSource;
}

function toMatch(hit: ReturnType<typeof screenName>[number]): ScreeningMatch {
  return {
    listId: hit.entry.listId,
    entryId: hit.entry.id,
    name: hit.entry.name,
    matchedName: hit.matchedName,
    score: Math.round(hit.score * 1000) / 1000,
    programmes: hit.entry.programmes,
    narcotics: hit.entry.narcotics,
    reasons: hit.reasons,
  };
}

const hitKey = (h: {
  consignmentId: string;
  partyRole: string;
  partyName: string;
  listId: string;
  entryId: string;
}) => [h.consignmentId, h.partyRole, h.partyName, h.listId, h.entryId].join('\u0000');

export function createScreeningService(deps: AuditDeps): ScreeningService {
  const cache = new Map<string, Promise<AgencyLists>>();

  const listsOf = (db: Db, agencyId: string): Promise<AgencyLists> => {
    let lists = cache.get(agencyId);
    if (!lists) {
      lists = loadAgencyLists(db, agencyId);
      lists.catch(() => cache.delete(agencyId));
      cache.set(agencyId, lists);
    }
    return lists;
  };

  function match(lists: AgencyLists, name: string, country: string | undefined, limit = 10) {
    const floor = Math.min(DEFAULT_THRESHOLD, ...lists.thresholds.values());
    return screenName(
      lists.index,
      { name, ...(country ? { country } : {}) },
      { threshold: floor, limit: limit * 2 },
    )
      .filter((h) => h.score >= (lists.thresholds.get(h.entry.listId) ?? DEFAULT_THRESHOLD))
      .slice(0, limit)
      .map(toMatch);
  }

  // A party is screened for its three best matches; its name and country decide them.
  const partyMatches = rememberedMatches((lists: AgencyLists, name: string, country?: string) =>
    match(lists, name, country, 3),
  );

  let partiesScreened = 0;
  const hitsOfParties = (lists: AgencyLists, parties: readonly ScreenedParty[]) => {
    partiesScreened += parties.length;
    return parties.flatMap((p) =>
      partyMatches(lists, p.party.name, p.party.address?.country).map((m) => ({
        consignmentId: p.consignmentId,
        billNumber: p.billNumber,
        partyRole: p.party.role,
        partyName: p.party.name,
        listId: m.listId,
        entryId: m.entryId,
        matchedName: m.matchedName,
        score: m.score,
        narcotics: m.narcotics,
        programmes: m.programmes,
        reasons: m.reasons,
      })),
    );
  };

  /** The parties of the `pending` versions among those of `of`. */
  const partiesToScreen = async (
    db: Db,
    agencyId: string,
    of: ScreenedOf,
    pending: PendingVersions,
  ): Promise<readonly ScreenedParty[]> => {
    if ('consignments' in of) {
      if (pending.all) return partiesOf(of.consignments);
      const wanted = new Set(pending.ids);
      return partiesOf(of.consignments.filter((c) => wanted.has(c.id)));
    }
    return listStoredPartiesOf(db, agencyId, pending.all ? of : { consignmentIds: pending.ids });
  };

  return {
    async screen(actor, query) {
      requireAccess(actor, 'screening.run');
      if (query.name.trim() === '')
        throw new AppError('validation_failed', 'name: must not be empty.');
      const lists = await listsOf(deps.database.db, actor.agencyId);
      return match(lists, query.name, query.country?.toUpperCase(), query.limit);
    },

    async screenParties(db, agencyId, parties) {
      const lists = await listsOf(db, agencyId);
      const hits = hitsOfParties(lists, parties);
      await insertScreeningHits(db, agencyId, hits, deps.clock.now());
      return hits.length;
    },

    async screenStored(db, agencyId, of) {
      const lists = await listsOf(db, agencyId);
      const versions = 'consignments' in of ? { read: of.consignments.map((c) => c.id) } : of;
      // The marks and the hits in one transaction (a savepoint when `db` is one already): a
      // version is never marked screened without its hits.
      const all = await db.transaction(async (tx) => {
        const now = deps.clock.now();
        const pending = await markScreened(tx, agencyId, versions, lists.state, now);
        const before = await listHitsOfConsignments(tx, agencyId, versions);
        if (!pending.all && pending.ids.length === 0) return before;
        const parties = await partiesToScreen(tx, agencyId, of, pending);
        const seen = new Set(before.map(hitKey));
        const fresh = hitsOfParties(lists, parties).filter((h) => !seen.has(hitKey(h)));
        await insertScreeningHits(tx, agencyId, fresh, now);
        return fresh.length === 0 ? before : listHitsOfConsignments(tx, agencyId, versions);
      });
      return all.filter((h) => h.status !== 'false-positive');
    },

    hits: (actor, filter) =>
      auditedTransaction(
        deps,
        actor,
        {
          action: 'screening.hits',
          resourceType: 'screening-hit',
          agencyId: actor.agencyId,
          details: { ...filter },
          describe: (found: StoredScreeningHit[]) => ({
            details: { ...filter, results: found.length },
          }),
        },
        async (tx) => {
          requireAccess(actor, 'entity.read');
          return listScreeningHits(tx, actor.agencyId, filter);
        },
      ),

    review: (actor, hitId, verdict, note) =>
      auditedTransaction(
        deps,
        actor,
        {
          action: 'screening.review',
          resourceType: 'screening-hit',
          resourceId: hitId,
          details: { verdict, ...(note === undefined ? {} : { note }) },
        },
        async (tx) => {
          requireAccess(actor, 'screening.review');
          const hit = await reviewScreeningHit(tx, actor.agencyId, hitId, {
            status: verdict,
            reviewedBy: actor.id,
            reviewedAt: deps.clock.now(),
            reviewNote: note ?? null,
          });
          if (!hit) throw notFoundFor('screening.review');
          const tuned = tuneThreshold(
            await listReviewedScores(tx, actor.agencyId, hit.listId),
            DEFAULT_THRESHOLD,
          );
          if (tuned !== undefined) {
            await setWatchlistThreshold(tx, actor.agencyId, hit.listId, tuned);
            cache.delete(actor.agencyId);
          }
          return hit;
        },
      ),

    load: (actor, input) =>
      auditedTransaction(
        deps,
        actor,
        {
          action: 'watchlist.load',
          resourceType: 'watchlist',
          resourceId: input.listId,
          details: { source: input.source },
        },
        async (tx) => {
          requireAccess(actor, 'watchlist.write');
          if (!/^[a-z0-9][a-z0-9-]{1,40}$/.test(input.listId))
            throw new AppError(
              'validation_failed',
              `listId "${input.listId}": lower-case letters, digits and dashes.`,
            );
          const parsed =
            input.format === 'ofac-sdn'
              ? parseOfacFile(input.bytes, input.source)
              : parseAgencyWatchlist(Buffer.from(input.bytes).toString('utf8'), input.listId);
          const entries = parsed.entries.map((e) => ({ ...e, listId: input.listId }));
          if (entries.length === 0)
            throw new AppError(
              'validation_failed',
              `${input.source}: no watchlist entries could be read.`,
              {
                diagnostics: parsed.diagnostics.slice(0, 20),
              },
            );
          const loadedAt = deps.clock.now();
          await upsertWatchlist(tx, actor.agencyId, {
            listId: input.listId,
            name: input.name,
            source: input.source,
            entries,
            entryCount: entries.length,
            loadedAt,
            loadedBy: actor.id,
          });
          cache.delete(actor.agencyId);
          const summary: WatchlistSummary = {
            listId: input.listId,
            name: input.name,
            source: input.source,
            entries: entries.length,
            threshold: DEFAULT_THRESHOLD,
            loadedAt: loadedAt.toISOString(),
          };
          return { summary, diagnostics: parsed.diagnostics };
        },
      ),

    lists: async (actor) => {
      requireAccess(actor, 'entity.read');
      return [...(await listsOf(deps.database.db, actor.agencyId)).summaries];
    },

    partiesScreened: () => partiesScreened,

    async listedVessels(db, agencyId, imos) {
      const { vessels } = await listsOf(db, agencyId);
      const out = new Map<string, VesselListing[]>();
      for (const imo of imos) {
        const entries = vessels.get(imo);
        if (!entries) continue;
        out.set(
          imo,
          entries.map((e) => ({
            listId: e.listId,
            entryId: e.id,
            name: e.name,
            programmes: e.programmes,
            narcotics: e.narcotics,
          })),
        );
      }
      return out;
    },
  };
}
