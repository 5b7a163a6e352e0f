/**
 * A call's own EDIFACT files, sent by its carrier through the intake's own writers: a CUSCAR per
 * port of loading (prepared when the carrier filed it, at least 24 hours before loading there)
 * and a BAPLIE of the units it discharges (sent when the vessel left its last port before this
 * one). Both are sent before the vessel arrives, so they give its estimated times only. Document
 * numbers name the call (service, voyage, vessel IMO) and the port, so no two messages of a
 * carrier share one.
 */
import type { PortCall } from '../../core/cargo/index.ts';
import { writeBaplie, writeCuscar } from '../../ingest/edifact/index.ts';
import type { SimCall, SimDay } from '../sim-day.ts';
import { envelope, type SimFile } from './sim-file.ts';

const HOUR_MS = 3_600_000;

/** Interchange control references: 14 characters at most, unique within the run. */
export function controlReference(day: SimDay, n: number): string {
  return `${day.date.replaceAll('-', '').slice(2)}${String(n).padStart(6, '0')}`;
}

/** The call as a message sent before arrival gives it: no actual arrival or departure yet. */
function plannedCall({ ata: _ata, atd: _atd, ...planned }: PortCall): PortCall {
  return planned;
}

/** When the stowage plan is sent: an hour after the vessel left its last port, before arrival. */
function stowagePlanAt(call: SimCall): string {
  const left = Date.parse(call.previousPortDeparture) + HOUR_MS;
  const arrival = Date.parse(call.portCall.eta ?? call.previousPortDeparture);
  return new Date(Math.min(left, arrival)).toISOString();
}

function callFiles(call: SimCall, next: () => string): SimFile[] {
  const sender = { kind: 'carrier', code: call.carrier } as const;
  const portCall = plannedCall(call.portCall);
  const cuscars = call.filings.map((f) => ({
    path: `cuscar/${call.id}-${f.portOfLoading}.edi`,
    preparedAt: f.filedAt,
    sender,
    callId: call.id,
    text: writeCuscar({
      envelope: envelope(call.carrier, next(), f.filedAt),
      documentNumber: `${call.id}-${f.portOfLoading}`,
      vessel: call.vessel,
      portCall,
      consignments: f.consignments,
    }),
  }));
  const preparedAt = stowagePlanAt(call);
  const baplie = {
    path: `baplie/${call.id}.edi`,
    preparedAt,
    sender,
    callId: call.id,
    text: writeBaplie({
      envelope: envelope(call.carrier, next(), preparedAt),
      documentNumber: `${call.id}-${portCall.port}`,
      vessel: call.vessel,
      portCall,
      equipment: call.discharged,
    }),
  };
  return [...cuscars, baplie];
}

/** The CUSCARs and BAPLIEs of the day's calls. */
export function edifactFiles(day: SimDay): SimFile[] {
  let n = 0;
  const next = () => controlReference(day, ++n);
  return day.calls.flatMap((call) => callFiles(call, next));
}
