/**
 * The simulated day as EDIFACT interchanges, through the intake's own writers: a CUSCAR per call
 * and port of loading (prepared when the carrier filed it), a BAPLIE per call of the units it
 * discharged, and a CODECO per day of the gate moves at the port.
 */
import type { ContainerEvent } from '../../core/cargo/events.ts';
import {
  writeBaplie,
  writeCodeco,
  writeCuscar,
  type InterchangeEnvelope,
} from '../../ingest/edifact/index.ts';
import type { SimCall, SimDay } from '../sim-day.ts';

export interface EdifactFile {
  readonly path: string;
  readonly text: string;
  /** When the sender prepared it (the UNB date): an ingesting demo submits it then. */
  readonly preparedAt: string;
}

type GateEvent = ContainerEvent & { readonly eventType: 'GTIN' | 'GTOT' };

function envelope(sender: string, reference: string, preparedAt: string): InterchangeEnvelope {
  return {
    sender,
    recipient: 'PORTCULLIS',
    controlReference: reference,
    preparedAt,
    lineBreaks: true,
  };
}

/** Interchange control references: 14 characters at most, unique within the run. */
export function controlReference(day: SimDay, n: number): string {
  return `${day.date.replaceAll('-', '').slice(2)}${String(n).padStart(6, '0')}`;
}

function callFiles(call: SimCall, day: SimDay, next: () => string): EdifactFile[] {
  const cuscars = call.filings.map((f) => ({
    path: `cuscar/${call.id}-${f.portOfLoading}.edi`,
    preparedAt: f.filedAt,
    text: writeCuscar({
      envelope: envelope(call.carrier, next(), f.filedAt),
      documentNumber: `${call.portCall.voyageNumber}-${f.portOfLoading}`,
      vessel: call.vessel,
      portCall: call.portCall,
      consignments: f.consignments,
    }),
  }));
  const arrival = call.portCall.eta ?? `${day.date}T00:00:00Z`;
  const baplie = {
    path: `baplie/${call.id}.edi`,
    preparedAt: arrival,
    text: writeBaplie({
      envelope: envelope(call.carrier, next(), arrival),
      vessel: call.vessel,
      portCall: call.portCall,
      equipment: call.discharged,
    }),
  };
  return [...cuscars, baplie];
}

export function edifactFiles(day: SimDay, home: string): EdifactFile[] {
  let n = 0;
  const next = () => controlReference(day, ++n);
  const files = day.calls.flatMap((call) => callFiles(call, day, next));
  const gates = day.containerEvents.filter(
    (e): e is GateEvent =>
      (e.eventType === 'GTIN' || e.eventType === 'GTOT') && e.location === home,
  );
  if (gates.length > 0) {
    files.push({
      path: `codeco/${day.date}.edi`,
      preparedAt: `${day.date}T23:59:00Z`,
      text: writeCodeco({
        envelope: envelope(home, next(), `${day.date}T23:59:00Z`),
        documentNumber: `GATE-${day.date}`,
        events: gates,
      }),
    });
  }
  return files;
}
