/** Vessels (keyed by IMO number) and their port calls, upserted as filings and events arrive. */
import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('port_calls_natural_uq').on(t.vesselImo, t.voyageNumber, t.port, t.terminal),
    index('port_calls_port_eta_idx').on(t.port, t.eta),
  ],
);
