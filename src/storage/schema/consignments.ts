/**
 * Consignments: one row per version of a bill of lading as filed with an agency (versions are
 * numbered per agency and bill), with key columns for queries and the
 * full core `Consignment` as its JSON text; its containers and its parties in side tables.
 *
 * Scale-out: primary key (filed_at, id) so the table can be range-partitioned by filed_at and
 * distributed by Citus. Not done yet: partitioning, and the (agency_id, bill_number, version) unique index is
 * global here (a partitioned table would need filed_at in it). Side tables carry consignment_id
 * without a foreign key, which a distributed table could not keep.
 */
import {
  boolean,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const consignments = pgTable(
  'consignments',
  {
    id: uuid('id').notNull().defaultRandom(),
    agencyId: text('agency_id').notNull(),
    billNumber: text('bill_number').notNull(),
    version: integer('version').notNull(),
    filingId: uuid('filing_id').notNull(),
    cancelled: boolean('cancelled').notNull().default(false),
    billKind: text('bill_kind').notNull(),
    masterBillNumber: text('master_bill_number'),
    carrier: text('carrier'),
    vesselImo: text('vessel_imo'),
    voyageNumber: text('voyage_number'),
    portOfLoading: text('port_of_loading').notNull(),
    portOfDischarge: text('port_of_discharge').notNull(),
    filedAt: tstz('filed_at').notNull(),
    /**
     * The consignment as accepted, kept as its JSON text (json, not jsonb): stored and read back
     * without conversion, key order and all; queries that look inside cast it to jsonb.
     */
    document: json('document').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.filedAt, t.id] }),
    uniqueIndex('consignments_bill_version_uq').on(t.agencyId, t.billNumber, t.version),
    index('consignments_id_idx').on(t.id),
    index('consignments_call_idx').on(t.agencyId, t.vesselImo, t.voyageNumber, t.portOfDischarge),
    index('consignments_filing_idx').on(t.filingId),
  ],
);

export const consignmentContainers = pgTable(
  'consignment_containers',
  {
    consignmentId: uuid('consignment_id').notNull(),
    containerNumber: text('container_number').notNull(),
    isoSizeType: text('iso_size_type'),
    fullEmpty: text('full_empty'),
    seals: jsonb('seals').notNull(),
    reefer: jsonb('reefer'),
  },
  (t) => [
    primaryKey({ columns: [t.consignmentId, t.containerNumber] }),
    index('consignment_containers_number_idx').on(t.containerNumber),
  ],
);

export const parties = pgTable(
  'parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consignmentId: uuid('consignment_id').notNull(),
    role: text('role').notNull(),
    name: text('name').notNull(),
    /** Upper case, punctuation folded to spaces, single-spaced: the key of a party's history. */
    nameNormalised: text('name_normalised').notNull(),
    country: text('country'),
    city: text('city'),
    eori: text('eori'),
    document: jsonb('document').notNull(),
  },
  (t) => [index('parties_consignment_idx').on(t.consignmentId)],
);
