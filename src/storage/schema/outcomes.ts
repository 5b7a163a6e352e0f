/**
 * Outcomes: the workflow of each selected container (state and version for optimistic
 * concurrency, with every transition), its scan, inspection, seizures with evidence hashes,
 * chain-of-custody entries, and the customs statuses told to carriers and terminals.
 */
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const outcomeSelections = pgTable(
  'outcome_selections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    planId: uuid('plan_id').notNull(),
    containerNumber: text('container_number').notNull(),
    billNumber: text('bill_number').notNull(),
    vesselImo: text('vessel_imo').notNull(),
    voyageNumber: text('voyage_number').notNull(),
    port: text('port').notNull(),
    assessmentId: uuid('assessment_id'),
    score: doublePrecision('score').notNull(),
    reason: text('reason').notNull(),
    propensity: doublePrecision('propensity').notNull(),
    mandatoryHold: boolean('mandatory_hold').notNull(),
    holdWaived: boolean('hold_waived').notNull().default(false),
    state: text('state').notNull(),
    version: integer('version').notNull(),
    verdict: text('verdict'),
    found: boolean('found'),
    createdAt: tstz('created_at').notNull(),
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('outcome_selections_plan_container_uq').on(t.planId, t.containerNumber),
    index('outcome_selections_state_idx').on(t.agencyId, t.state, t.updatedAt),
    index('outcome_selections_call_idx').on(t.agencyId, t.vesselImo, t.voyageNumber, t.port),
  ],
);

export const outcomeTransitions = pgTable(
  'outcome_transitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    selectionId: uuid('selection_id').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    /** The selection's version after this step. */
    version: integer('version').notNull(),
    actorId: text('actor_id').notNull(),
    at: tstz('at').notNull(),
    details: jsonb('details').notNull(),
  },
  (t) => [index('outcome_transitions_selection_idx').on(t.selectionId, t.version)],
);

export const outcomeScans = pgTable('outcome_scans', {
  selectionId: uuid('selection_id').primaryKey(),
  scannerId: text('scanner_id').notNull(),
  imageRef: text('image_ref').notNull(),
  imageSha256: text('image_sha256').notNull(),
  verdict: text('verdict').notNull(),
  anomalyZones: jsonb('anomaly_zones').notNull(),
  recordedBy: text('recorded_by').notNull(),
  recordedAt: tstz('recorded_at').notNull(),
});

export const outcomeInspections = pgTable('outcome_inspections', {
  selectionId: uuid('selection_id').primaryKey(),
  team: text('team').notNull(),
  findings: text('findings').notNull(),
  found: boolean('found').notNull(),
  recordedBy: text('recorded_by').notNull(),
  recordedAt: tstz('recorded_at').notNull(),
});

export const outcomeSeizures = pgTable(
  'outcome_seizures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    selectionId: uuid('selection_id').notNull(),
    agencyId: text('agency_id').notNull(),
    port: text('port').notNull(),
    substance: text('substance').notNull(),
    grossKg: doublePrecision('gross_kg').notNull(),
    netKg: doublePrecision('net_kg').notNull(),
    packages: integer('packages').notNull(),
    concealment: text('concealment').notNull(),
    location: text('location').notNull(),
    evidence: jsonb('evidence').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: tstz('recorded_at').notNull(),
  },
  (t) => [
    index('outcome_seizures_selection_idx').on(t.selectionId),
    index('outcome_seizures_agency_idx').on(t.agencyId, t.recordedAt),
  ],
);

export const outcomeCustody = pgTable(
  'outcome_custody',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    selectionId: uuid('selection_id').notNull(),
    seizureId: uuid('seizure_id').notNull(),
    holder: text('holder').notNull(),
    location: text('location').notNull(),
    at: tstz('at').notNull(),
    note: text('note'),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: tstz('recorded_at').notNull(),
  },
  (t) => [index('outcome_custody_selection_idx').on(t.selectionId, t.at)],
);

export const customsStatusEvents = pgTable(
  'customs_status_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    selectionId: uuid('selection_id').notNull(),
    containerNumber: text('container_number').notNull(),
    billNumber: text('bill_number').notNull(),
    code: text('code').notNull(),
    at: tstz('at').notNull(),
    port: text('port').notNull(),
    vesselImo: text('vessel_imo').notNull(),
    voyageNumber: text('voyage_number').notNull(),
  },
  (t) => [
    // Serves the carriers' reads in the order of their page cursor: time, then id.
    index('customs_status_events_at_id_idx').on(t.agencyId, t.at, t.id),
    uniqueIndex('customs_status_events_code_uq').on(t.selectionId, t.code),
  ],
);
