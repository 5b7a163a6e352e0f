/**
 * Vessels (keyed by IMO number) and their port calls, upserted as filings and events arrive, with
 * every actual arrival and departure time reported for a call, from which its ATA and ATD are
 * settled.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const vessels = pgTable('vessels', {
  imo: text('imo').primaryKey(),
  name: text('name').notNull(),
  mmsi: text('mmsi'),
  callSign: text('call_sign'),
  flag: text('flag'),
  teu: integer('teu'),
  updatedAt: tstz('updated_at').notNull(),
});

export const portCalls = pgTable(
  'port_calls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    vesselImo: text('vessel_imo').notNull(),
    voyageNumber: text('voyage_number').notNull(),
    port: text('port').notNull(),
    /** '' when the terminal is not known, so the natural key stays unique. */
    terminal: text('terminal').notNull().default(''),
    eta: tstz('eta'),
    etd: tstz('etd'),
    ata: tstz('ata'),
    atd: tstz('atd'),
    /**
     * The sender whose report set the ATA (ATD): a filing's DTM 178 (186) or an actual arrival
     * (departure) event. Only that sender's later actual report moves it (migration 0035); null
     * for times stored before.
     */
    ataSender: text('ata_sender'),
    atdSender: text('atd_sender'),
    /**
     * True once a message carrying the port call (CUSCAR, BAPLIE, COARRI, …) named it; false for
     * a call at a home port known only from an actual arrival or departure event (migration 0038).
     */
    filed: boolean('filed').notNull().default(true),
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('port_calls_natural_uq').on(t.vesselImo, t.voyageNumber, t.port, t.terminal),
    index('port_calls_port_eta_idx').on(t.port, t.eta),
    // The arrivals board reads the calls nobody filed at the agency's home ports.
    index('port_calls_unfiled_idx')
      .on(t.port)
      .where(sql`NOT ${t.filed}`),
  ],
);

/**
 * Every actual arrival (ARRI) or departure (DEPA) time reported for a call, in the order received
 * (`seq`), from which the call's ATA and ATD are settled (migration 0038): a filing's DTM 178
 * (186), or the time on file before this table, `replaces` the time; an actual event sets it when
 * none is set, and later moves it only when from the sender that set it. A report whose event the
 * sender retracted counts no more. Rows of a call go with it when an event-made call gives way to
 * the filed one it stands for; the events themselves stay in `transport_events`.
 */
export const portCallActuals = pgTable(
  'port_call_actuals',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    callId: uuid('call_id')
      .notNull()
      .references(() => portCalls.id, { onDelete: 'cascade' }),
    eventType: text('event_type').notNull(),
    at: tstz('at').notNull(),
    /** Null when not known (a time on file before migration 0035, a filing outside an intake). */
    sender: text('sender'),
    replaces: boolean('replaces').notNull(),
    /** The sender's event id ('' for a filing's time or an event without one). */
    sourceEventId: text('source_event_id').notNull().default(''),
  },
  (t) => [
    index('port_call_actuals_call_idx').on(t.callId, t.eventType, t.seq),
    index('port_call_actuals_event_idx')
      .on(t.sender, t.sourceEventId)
      .where(sql`${t.sourceEventId} <> ''`),
  ],
);
