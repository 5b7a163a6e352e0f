/**
 * Targeting tables: assessments (one per container and scoring, with the versions that produced
 * it and its feature snapshot), the incrementally kept party history and route statistics,
 * versioned rule sets, the model registry, scanners, scan plans with their selections and
 * propensities, and the scan outcomes targeting learns from.
 */
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    consignmentId: uuid('consignment_id').notNull(),
    billNumber: text('bill_number').notNull(),
    /** '' for a consignment without declared equipment. */
    containerNumber: text('container_number').notNull(),
    vesselImo: text('vessel_imo'),
    voyageNumber: text('voyage_number'),
    port: text('port').notNull(),
    score: doublePrecision('score').notNull(),
    band: text('band').notNull(),
    mandatoryHold: boolean('mandatory_hold').notNull(),
    /** Compact text (`e2|…`, read by services/targeting); JSON text on older rows. */
    explanation: text('explanation').notNull(),
    ruleSetVersion: text('rule_set_version').notNull(),
    modelVersion: text('model_version'),
    modelHash: text('model_hash'),
    /**
     * Compact text (`f4|…`; `f3|…` before the party history's length, `f2|…` before the
     * new-commodity features: feature-snapshot.ts); JSON on older rows.
     */
    features: text('features').notNull(),
    assessedAt: tstz('assessed_at').notNull(),
  },
  (t) => [
    index('assessments_container_idx').on(t.agencyId, t.containerNumber, t.assessedAt),
    index('assessments_consignment_idx').on(t.consignmentId),
    /** The agency's most recent scores (band calibration), newest first, ties by id. */
    index('assessments_recent_idx').on(t.agencyId, t.assessedAt, t.id),
  ],
);

/**
 * The current assessment of each container of each vessel call, kept next to the assessments
 * (upserted in the same statement batch, newest wins): what a scan plan reads, so planning a
 * 20,000-container call reads 20,000 narrow rows instead of the assessments with their
 * explanations and feature snapshots. Containers without a vessel call are not in it.
 */
export const callQueue = pgTable(
  'call_queue',
  {
    agencyId: text('agency_id').notNull(),
    vesselImo: text('vessel_imo').notNull(),
    voyageNumber: text('voyage_number').notNull(),
    port: text('port').notNull(),
    containerNumber: text('container_number').notNull(),
    billNumber: text('bill_number').notNull(),
    assessmentId: uuid('assessment_id').notNull(),
    score: doublePrecision('score').notNull(),
    band: text('band').notNull(),
    mandatoryHold: boolean('mandatory_hold').notNull(),
    assessedAt: tstz('assessed_at').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'call_queue_pk',
      columns: [t.agencyId, t.vesselImo, t.voyageNumber, t.port, t.containerNumber, t.billNumber],
    }),
  ],
);

/**
 * Each vessel call with assessed containers, summarised from its call-queue rows (so as the
 * containers are currently assessed: a container re-scored from high to low no longer counts
 * as high): distinct containers, those in the high band, those under a mandatory hold, and the
 * latest assessment time. Recomputed for the calls a scoring batch or a purge touched, in the
 * same transaction; the calls list reads the most recently assessed first from its index.
 */
export const assessedCalls = pgTable(
  'assessed_calls',
  {
    agencyId: text('agency_id').notNull(),
    vesselImo: text('vessel_imo').notNull(),
    voyageNumber: text('voyage_number').notNull(),
    port: text('port').notNull(),
    containers: integer('containers').notNull(),
    high: integer('high').notNull(),
    holds: integer('holds').notNull(),
    lastAssessedAt: tstz('last_assessed_at').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'assessed_calls_pk',
      columns: [t.agencyId, t.vesselImo, t.voyageNumber, t.port],
    }),
    index('assessed_calls_recent_idx').on(
      t.agencyId,
      t.lastAssessedAt,
      t.vesselImo,
      t.voyageNumber,
      t.port,
    ),
  ],
);

export const partyHistory = pgTable(
  'party_history',
  {
    agencyId: text('agency_id').notNull(),
    role: text('role').notNull(),
    /** Normalised party name (or EORI when given). */
    partyKey: text('party_key').notNull(),
    firstSeenAt: tstz('first_seen_at').notNull(),
    shipments: integer('shipments').notNull(),
    seizures: integer('seizures').notNull(),
    hits: integer('hits').notNull(),
    /** Shipments whose HS chapters are counted in `chapters` (those scored since migration 0025). */
    commodityShipments: integer('commodity_shipments').notNull().default(0),
    /**
     * Shipments by HS chapter of their goods, `{"03": 2, "16": 1}` (a shipment counts once in
     * each of its chapters): kept in the party's row, so counting a call writes each party once.
     */
    chapters: jsonb('chapters').$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.role, t.partyKey] }),
    // Where the agency's history begins: scoring reads it for every batch (migration 0039).
    index('party_history_first_seen_idx').on(t.agencyId, t.firstSeenAt),
  ],
);

export const routeStats = pgTable(
  'route_stats',
  {
    agencyId: text('agency_id').notNull(),
    route: text('route').notNull(),
    shipments: integer('shipments').notNull(),
    seizures: integer('seizures').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.route] })],
);

/** Bills already counted in the history, so a rescored amendment is not counted twice. */
export const historyBills = pgTable(
  'history_bills',
  {
    agencyId: text('agency_id').notNull(),
    billNumber: text('bill_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.billNumber] })],
);

export const ruleSets = pgTable(
  'rule_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    setId: text('set_id').notNull(),
    version: text('version').notNull(),
    status: text('status').notNull(),
    document: jsonb('document').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: tstz('created_at').notNull(),
    activatedAt: tstz('activated_at'),
  },
  (t) => [uniqueIndex('rule_sets_version_uq').on(t.agencyId, t.setId, t.version)],
);

export const riskModels = pgTable(
  'risk_models',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    version: text('version').notNull(),
    status: text('status').notNull(),
    /** SHA-256 of the model document. */
    modelHash: text('model_hash').notNull(),
    trainingDataSha256: text('training_data_sha256').notNull(),
    document: jsonb('document').notNull(),
    metadata: jsonb('metadata').notNull(),
    createdAt: tstz('created_at').notNull(),
    activatedAt: tstz('activated_at'),
  },
  (t) => [uniqueIndex('risk_models_version_uq').on(t.agencyId, t.version)],
);

export const scanners = pgTable(
  'scanners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    port: text('port').notNull(),
    terminal: text('terminal').notNull().default(''),
    name: text('name').notNull(),
    containersPerHour: doublePrecision('containers_per_hour').notNull(),
  },
  (t) => [uniqueIndex('scanners_name_uq').on(t.agencyId, t.port, t.terminal, t.name)],
);

export const scanPlans = pgTable(
  'scan_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    vesselImo: text('vessel_imo').notNull(),
    voyageNumber: text('voyage_number').notNull(),
    port: text('port').notNull(),
    terminal: text('terminal').notNull(),
    shift: text('shift').notNull(),
    capacity: integer('capacity').notNull(),
    controlShare: doublePrecision('control_share').notNull(),
    controlPool: integer('control_pool').notNull(),
    controlPropensity: doublePrecision('control_propensity').notNull(),
    seed: text('seed').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [index('scan_plans_call_idx').on(t.agencyId, t.vesselImo, t.voyageNumber, t.port)],
);

export const scanPlanSelections = pgTable(
  'scan_plan_selections',
  {
    planId: uuid('plan_id').notNull(),
    containerNumber: text('container_number').notNull(),
    billNumber: text('bill_number').notNull(),
    assessmentId: uuid('assessment_id'),
    score: doublePrecision('score').notNull(),
    reason: text('reason').notNull(),
    propensity: doublePrecision('propensity').notNull(),
    selected: boolean('selected').notNull(),
    note: text('note'),
    changedBy: text('changed_by').notNull(),
    changedAt: tstz('changed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.containerNumber] })],
);

/**
 * Scan and inspection outcomes as targeting sees them, with how the container came to be
 * scanned (its selection reason and propensity), so control outcomes stay apart.
 */
export const targetingOutcomes = pgTable(
  'targeting_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    containerNumber: text('container_number').notNull(),
    assessmentId: uuid('assessment_id'),
    planId: uuid('plan_id'),
    reason: text('reason'),
    propensity: doublePrecision('propensity'),
    found: boolean('found').notNull(),
    recordedAt: tstz('recorded_at').notNull(),
  },
  (t) => [index('targeting_outcomes_container_idx').on(t.agencyId, t.containerNumber)],
);
