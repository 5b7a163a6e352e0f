/**
 * Scores one accepted filing's consignment versions, or any list of an agency's versions
 * (`scoreConsignments`: an event filing's job re-scores the current ones carrying its
 * containers, rescore-touched.ts), inside the scoring transaction: loads the containers' events
 * and the parties' and routes' history (one query each), screens the parties, computes
 * features, runs the active rule set and model over feature rows, stores one assessment per
 * container under the vessel call at the agency's home port (call-port.ts) with the versions and
 * feature snapshot that reproduce it, and counts the shipments into the history. Once everything
 * is read, the writes are queued in one line without waiting (the history's first, then each
 * piece of assessments as it is made): on a PostgreSQL server the engine stores them on its own
 * core while this process computes the rest.
 */
import type { LookoutHit, WatchlistHit } from '../../risk/features/history.ts';
import { computeFeatures } from '../../risk/features/compute-features.ts';
import { encodeFeatureRow, FEATURE_COUNT } from '../../risk/features/feature-row.ts';
import type { FeatureVector } from '../../risk/features/feature-vector.ts';
import type { Assessment } from '../../risk/assessment/assess.ts';
import { BLOCK_ROWS } from '../../risk/scoring/row-scorer.ts';
import type { Consignment } from '../../core/cargo/consignment.ts';
import {
  actualEventsOfContainers,
  assessmentWriter,
  loadPartyHistory,
  loadRouteStats,
  partyHistorySince,
  recordShipments,
  scannerPorts,
  type AssessmentRecord,
  type Db,
  type ScoringConsignment,
  type ShipmentRecord,
} from '../../storage/index.ts';
import type { ActiveVersions } from './active-versions.ts';
import { packFeatures } from './feature-snapshot.ts';
import { storedExplanationOf } from './stored-explanation.ts';
import { packExplanation, type ReasonTemplates } from './compact-explanation.ts';
import { reasonTemplatesOf } from './reason-templates.ts';
import type { RowRuleSet } from '../../risk/rules/row-rule-set.ts';
import { callPortOf } from './call-port.ts';
import { filingForScoring } from './filing-for-scoring.ts';
import { historyOf, historyWithoutOwn, shipmentOf } from './history-keys.ts';

/** Lookout hits for a consignment (lookout matching lives in the intelligence part). */
export type LookoutSource = (agencyId: string, c: Consignment) => readonly LookoutHit[];

/** A consignment version being scored, as the watchlist source screens it. */
export interface ScoredParties {
  readonly id: string;
  readonly billNumber: string;
  readonly parties: Consignment['parties'];
}

/**
 * Watchlist hits (not false positives) on the parties of the consignment versions being scored,
 * by consignment id; the entities part screens parties not screened yet first, inside `tx`,
 * from the parties handed over (as stored with each version, not read again).
 */
export type WatchlistSource = (
  tx: Db,
  agencyId: string,
  consignments: readonly ScoredParties[],
) => Promise<ReadonlyMap<string, readonly WatchlistHit[]>>;

export interface ScoreFilingContext {
  readonly tx: Db;
  /**
   * Runs `read` in a transaction of its own on another connection, beside `tx` (a PostgreSQL
   * server); absent where there is one connection (PGlite). The containers' events, which the
   * scoring transaction does not write, are read there while screening runs in `tx`.
   */
  readonly apart?: (<T>(read: (db: Db) => Promise<T>) => Promise<T>) | undefined;
  readonly versions: (db: Db, agencyId: string, now?: number) => Promise<ActiveVersions>;
  readonly now: Date;
  readonly lookouts?: LookoutSource | undefined;
  readonly watchlist?: WatchlistSource | undefined;
}

/** The filing's consignment versions (not cancelled) scored; the containers assessed. */
export async function scoreFiling(
  ctx: ScoreFilingContext,
  filingId: string,
  agencyId: string,
): Promise<number> {
  const stored = (await filingForScoring(ctx.tx, filingId)).filter((s) => !s.cancelled);
  if (stored.some((s) => s.agencyId !== agencyId))
    throw new Error(`filing ${filingId} is not a filing of agency ${agencyId}`);
  return scoreConsignments(ctx, agencyId, stored);
}

/**
 * Scores the consignment versions, all of `agencyId`; the containers assessed. `assessedBefore`:
 * every version was assessed before (its bill counted in the history), so each one's history
 * leaves its own shipment out (`historyWithoutOwn`).
 */
export async function scoreConsignments(
  ctx: ScoreFilingContext,
  agencyId: string,
  stored: readonly ScoringConsignment[],
  assessedBefore = false,
): Promise<number> {
  if (stored.length === 0) return 0;
  // The job names an agency; the versions' own agency decides where assessments go.
  const other = stored.find((s) => s.agencyId !== agencyId);
  if (other) throw new Error(`consignment ${other.id} is not a consignment of agency ${agencyId}`);
  const shipments = stored.map((s) => shipmentOf(s.consignment));
  const inputs = await readInputs(ctx, agencyId, stored, shipments);
  // Nothing below reads the history again (the features use what was read above): the
  // shipments are counted first in the writer's line, while the features are computed.
  const writer = assessmentWriter(ctx.tx);
  writer.send(() => recordShipments(ctx.tx, agencyId, shipments, ctx.now, inputs.parties));
  const history = assessedBefore ? historyWithoutOwn : historyOf;
  await assessAll(ctx, agencyId, stored, shipments, { ...inputs, history }, (records) =>
    writer.add(records),
  );
  return writer.finish();
}

/** Assessments handed to the writer at a time: a COPY each. */
const PIECE = 2_500;

/** Lets the connection send what was queued and take the engine's answers. */
const yieldToEngine = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What scoring reads before computing anything. */
async function readInputs(
  ctx: ScoreFilingContext,
  agencyId: string,
  stored: readonly ScoringConsignment[],
  shipments: readonly ShipmentRecord[],
) {
  const containers = stored.flatMap((s) => s.consignment.equipment.map((e) => e.containerNumber));
  const eventsApart = ctx.apart?.((db) => actualEventsOfContainers(db, containers));
  // Awaited below; a failure before then must not count as unhandled.
  eventsApart?.catch(() => undefined);
  const parties = await loadPartyHistory(
    ctx.tx,
    agencyId,
    shipments.flatMap((s) => s.parties),
  );
  const routes = await loadRouteStats(
    ctx.tx,
    agencyId,
    shipments.map((s) => s.route),
  );
  const historySince = await partyHistorySince(ctx.tx, agencyId);
  const versions = await ctx.versions(ctx.tx, agencyId, ctx.now.getTime());
  const homePorts = await scannerPorts(ctx.tx, agencyId);
  const watchlist = await ctx.watchlist?.(
    ctx.tx,
    agencyId,
    stored.map((s) => ({
      id: s.id,
      billNumber: s.consignment.billNumber,
      parties: s.consignment.parties,
    })),
  );
  const events = await (eventsApart ?? actualEventsOfContainers(ctx.tx, containers));
  return { parties, routes, historySince, events, versions, homePorts, watchlist };
}

/** What was read, and how a consignment's history is made of it. */
type ScoringInputs = Awaited<ReturnType<typeof readInputs>> & {
  readonly history: typeof historyOf;
};

/**
 * Assesses every container, handing the records over `PIECE` at a time and then yielding, so
 * that what was sent before is written while the next piece is made.
 */
async function assessAll(
  ctx: ScoreFilingContext,
  agencyId: string,
  stored: readonly ScoringConsignment[],
  shipments: readonly ShipmentRecord[],
  { parties, routes, historySince, events, versions, homePorts, watchlist, history }: ScoringInputs,
  emit: (records: AssessmentRecord[]) => void,
): Promise<void> {
  const now = ctx.now.getTime();
  const templates = templatesOf(versions.rules);
  let out: AssessmentRecord[] = [];
  // Containers are scored BLOCK_ROWS at a time (scoreBatch walks each tree over the block).
  const rows = Array.from({ length: BLOCK_ROWS }, () => new Float64Array(FEATURE_COUNT));
  let block: Pending[] = [];
  const flush = () => {
    const inputs = block.map((p, i) => {
      encodeFeatureRow(p.features.values, versions.dictionary, rows[i]);
      return {
        row: rows[i]!,
        billNumber: p.features.billNumber,
        containerNumber: p.features.containerNumber,
        lookoutHits: p.lookoutHits,
      };
    });
    const assessed = versions.scorer.scoreBatch(inputs, now, versions.bands);
    block.forEach((p, i) => out.push(recordOf(ctx, versions, templates, p, assessed[i]!)));
    block = [];
  };
  for (const [i, s] of stored.entries()) {
    const c = s.consignment;
    const port = callPortOf(c.route, homePorts);
    const lookoutHits = ctx.lookouts?.(agencyId, c) ?? [];
    const features = computeFeatures({
      consignment: c,
      events: c.equipment.flatMap((e) => events.get(e.containerNumber) ?? []),
      history: history(shipments[i]!, parties, routes),
      lookoutHits,
      watchlistHits: watchlist?.get(s.id) ?? [],
      filedAt: s.filedAt,
      ...(s.arrivalAt === undefined ? {} : { arrivalAt: s.arrivalAt }),
      ...(historySince === undefined ? {} : { historySince }),
      now,
    });
    for (const fv of features) {
      block.push({ stored: s, port, lookoutHits, features: fv });
      if (block.length === BLOCK_ROWS) flush();
    }
    if (out.length >= PIECE) {
      emit(out);
      out = [];
      await yieldToEngine();
    }
  }
  if (block.length > 0) flush();
  if (out.length > 0) emit(out);
}

/** A container's features waiting in a block for scoring. */
interface Pending {
  readonly stored: ScoringConsignment;
  readonly port: string;
  readonly lookoutHits: readonly LookoutHit[];
  readonly features: FeatureVector;
}

function recordOf(
  ctx: ScoreFilingContext,
  versions: ActiveVersions,
  templates: ReasonTemplates,
  p: Pending,
  a: Assessment,
): AssessmentRecord {
  const c = p.stored.consignment;
  return {
    agencyId: p.stored.agencyId,
    consignmentId: p.stored.id,
    billNumber: c.billNumber,
    containerNumber: p.features.containerNumber ?? '',
    vesselImo: c.vesselImo,
    voyageNumber: c.voyageNumber,
    port: p.port,
    score: a.score,
    band: a.band,
    mandatoryHold: a.mandatoryHold,
    explanation: packExplanation(
      storedExplanationOf(a, versions.model === undefined),
      p.features.values,
      templates,
    ),
    ruleSetVersion: a.versions.ruleSet,
    modelVersion: versions.model?.version,
    modelHash: versions.model?.hash,
    features: packFeatures(p.features.values),
    assessedAt: ctx.now,
  };
}

/** The reason templates of a compiled rule set, made once per rule set. */
const templatesOfRules = new WeakMap<RowRuleSet, ReasonTemplates>();

function templatesOf(rules: RowRuleSet): ReasonTemplates {
  let templates = templatesOfRules.get(rules);
  if (!templates) {
    templates = reasonTemplatesOf(rules.rules.map((r) => r.rule));
    templatesOfRules.set(rules, templates);
  }
  return templates;
}
