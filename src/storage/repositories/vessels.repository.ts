/** Vessels and port calls: upserted as filings arrive; later values fill gaps. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PortCall, Vessel } from '../../core/cargo/vessel.ts';
import type { CountryCode } from '../../core/identifiers/country-code.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';
import type { Mmsi } from '../../core/identifiers/mmsi.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import type { Db } from '../db.ts';
import { portCalls, vessels } from '../schema/vessels.ts';
import { insertActualReports } from './port-call-actuals.repository.ts';
import { insertFiledEstimates } from './port-call-estimates.repository.ts';
import { openFiledCall } from './port-call-completion.repository.ts';

/** Inserts or updates the vessel; a field left out keeps its stored value. */
export async function upsertVessel(db: Db, v: Vessel, at: Date): Promise<void> {
  const values = {
    imo: v.imo,
    name: v.name,
    mmsi: v.mmsi ?? null,
    callSign: v.callSign ?? null,
    flag: v.flag ?? null,
    teu: v.teu ?? null,
    updatedAt: at,
  };
  await db
    .insert(vessels)
    .values(values)
    .onConflictDoUpdate({
      target: vessels.imo,
      set: {
        name: values.name,
        mmsi: sql`coalesce(excluded.mmsi, ${vessels.mmsi})`,
        callSign: sql`coalesce(excluded.call_sign, ${vessels.callSign})`,
        flag: sql`coalesce(excluded.flag, ${vessels.flag})`,
        teu: sql`coalesce(excluded.teu, ${vessels.teu})`,
        updatedAt: at,
      },
    });
}

export async function getVessel(db: Db, imo: ImoNumber): Promise<Vessel | undefined> {
  const rows = await db
    .select({
      imo: vessels.imo,
      name: vessels.name,
      mmsi: vessels.mmsi,
      callSign: vessels.callSign,
      flag: vessels.flag,
      teu: vessels.teu,
    })
    .from(vessels)
    .where(eq(vessels.imo, imo));
  const r = rows[0];
  if (!r) return undefined;
  return {
    imo: r.imo as ImoNumber,
    name: r.name,
    ...(r.mmsi !== null ? { mmsi: r.mmsi as Mmsi } : {}),
    ...(r.callSign !== null ? { callSign: r.callSign } : {}),
    ...(r.flag !== null ? { flag: r.flag as CountryCode } : {}),
    ...(r.teu !== null ? { teu: r.teu } : {}),
  };
}

const date = (iso: string | undefined) => (iso === undefined ? null : new Date(iso));
const TIMES = ['eta', 'etd', 'ata', 'atd'] as const;

/**
 * Inserts or updates the call (vessel, voyage, port, terminal) as filed; given times replace
 * stored ones. A call not on file first takes what the events stored before it say
 * (`openFiledCall`). The filing's sender, when given, becomes the sender of the ATA and ATD it
 * gives, each recorded as a report that replaces the time, as are its ETA and ETD.
 */
export async function upsertPortCall(
  db: Db,
  call: PortCall,
  at: Date,
  sender?: string,
): Promise<void> {
  const key = naturalKeyOf(call);
  if ((await callIdOf(db, key)) === undefined) await openFiledCall(db, key, at);
  const times = {
    eta: date(call.eta),
    etd: date(call.etd),
    ata: date(call.ata),
    atd: date(call.atd),
    ataSender: call.ata === undefined ? null : (sender ?? null),
    atdSender: call.atd === undefined ? null : (sender ?? null),
  };
  const [row] = await db
    .insert(portCalls)
    .values({ ...key, ...times, filed: true, updatedAt: at })
    .onConflictDoUpdate({
      target: [portCalls.vesselImo, portCalls.voyageNumber, portCalls.port, portCalls.terminal],
      set: {
        eta: sql`coalesce(excluded.eta, ${portCalls.eta})`,
        etd: sql`coalesce(excluded.etd, ${portCalls.etd})`,
        ata: sql`coalesce(excluded.ata, ${portCalls.ata})`,
        atd: sql`coalesce(excluded.atd, ${portCalls.atd})`,
        ataSender: sql`CASE WHEN excluded.ata IS NULL THEN ${portCalls.ataSender} ELSE excluded.ata_sender END`,
        atdSender: sql`CASE WHEN excluded.atd IS NULL THEN ${portCalls.atdSender} ELSE excluded.atd_sender END`,
        filed: true,
        updatedAt: at,
      },
    })
    .returning({ id: portCalls.id });
  if (!row) return;
  const reports = (arrival: Date | null, departure: Date | null) =>
    (
      [
        ['ARRI', arrival],
        ['DEPA', departure],
      ] as const
    ).flatMap(([eventType, time]) =>
      time === null ? [] : [{ callId: row.id, eventType, at: time, sender: sender ?? null }],
    );
  await insertActualReports(
    db,
    reports(times.ata, times.atd).map((r) => ({ ...r, replaces: true })),
  );
  await insertFiledEstimates(db, reports(times.eta, times.etd));
}

async function callIdOf(db: Db, k: ReturnType<typeof naturalKeyOf>) {
  const rows = await db.select({ id: portCalls.id }).from(portCalls).where(isCall(k));
  return rows[0]?.id;
}

/** The row of the call with this natural key. */
function isCall(k: ReturnType<typeof naturalKeyOf>) {
  return and(
    eq(portCalls.vesselImo, k.vesselImo),
    eq(portCalls.voyageNumber, k.voyageNumber),
    eq(portCalls.port, k.port),
    eq(portCalls.terminal, k.terminal),
  );
}

function naturalKeyOf(call: PortCall) {
  return {
    vesselImo: call.vesselImo,
    voyageNumber: call.voyageNumber,
    port: call.port,
    terminal: call.terminal ?? '',
  };
}

/** Calls at a port, by ETA (calls without one last). */
export async function listPortCalls(db: Db, port: UnLocode): Promise<PortCall[]> {
  const rows = await db
    .select({ ...callColumns })
    .from(portCalls)
    .where(eq(portCalls.port, port))
    .orderBy(sql`${portCalls.eta} asc nulls last`, asc(portCalls.vesselImo));
  return rows.map(toPortCall);
}

export async function getPortCall(
  db: Db,
  key: { vesselImo: ImoNumber; voyageNumber: string; port: UnLocode; terminal?: string },
): Promise<PortCall | undefined> {
  const k = naturalKeyOf(key);
  const rows = await db
    .select({ ...callColumns })
    .from(portCalls)
    .where(isCall(k));
  return rows[0] && toPortCall(rows[0]);
}

const callColumns = {
  vesselImo: portCalls.vesselImo,
  voyageNumber: portCalls.voyageNumber,
  port: portCalls.port,
  terminal: portCalls.terminal,
  eta: portCalls.eta,
  etd: portCalls.etd,
  ata: portCalls.ata,
  atd: portCalls.atd,
};

function toPortCall(r: Pick<typeof portCalls.$inferSelect, keyof typeof callColumns>): PortCall {
  const call: Record<string, string> = {
    vesselImo: r.vesselImo,
    voyageNumber: r.voyageNumber,
    port: r.port,
  };
  if (r.terminal !== '') call.terminal = r.terminal;
  for (const t of TIMES) {
    const value = r[t];
    if (value !== null) call[t] = value.toISOString();
  }
  return call as unknown as PortCall;
}
