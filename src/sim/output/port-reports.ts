/**
 * What happens at the port, reported by whoever saw it, in six-hour batches (00–06, 06–12,
 * 12–18, 18–24 UTC), each sent when its six hours are over: every terminal sends a CODECO of
 * its gate moves and a COARRI of its loads and discharges, every carrier a DCSA file (2.2) of
 * its units' moves at the port and its vessels' arrivals and departures. A move is so reported
 * twice, by the terminal and by the carrier, as in a real port. A batch holds the moves of every
 * simulated day that fall in its hours; `close(before)` hands over the batches that no later day
 * can add to, so a long run streams.
 */
import type { ContainerEvent, TransportEvent } from '../../core/cargo/events.ts';
import { writeDcsaEvents } from '../../ingest/dcsa/index.ts';
import { writeCoarri, writeCodeco } from '../../ingest/edifact/index.ts';
import type { SimDay } from '../sim-day.ts';
import { envelope, hourStamp, type SimFile, type SimSender } from './sim-file.ts';

export const REPORT_HOURS = 6;
const WINDOW_MS = REPORT_HOURS * 3_600_000;

/** A carrier's events at the port, a terminal's gate moves (CODECO) or its vessel moves (COARRI). */
type Channel = 'carrier-events' | 'gate-moves' | 'vessel-moves';

type GateEvent = ContainerEvent & { readonly eventType: 'GTIN' | 'GTOT' };
type VesselEvent = ContainerEvent & { readonly eventType: 'LOAD' | 'DISC' };

interface Batch {
  readonly sender: SimSender;
  readonly channel: Channel;
  readonly start: number;
  readonly container: ContainerEvent[];
  readonly transport: TransportEvent[];
}

const isGate = (e: ContainerEvent): e is GateEvent =>
  e.eventType === 'GTIN' || e.eventType === 'GTOT';
const isVesselMove = (e: ContainerEvent): e is VesselEvent =>
  e.eventType === 'LOAD' || e.eventType === 'DISC';
const byTime = <T extends { readonly eventAt: string }>(a: T, b: T) =>
  a.eventAt.localeCompare(b.eventAt);

export class PortReports {
  private readonly open = new Map<string, Batch>();
  /** Batches ending at or before this were handed over: no event may fall in them any more. */
  private closedUpTo = -Infinity;

  constructor(private readonly home: string) {}

  add(day: SimDay): void {
    for (const call of day.calls) {
      const carrier: SimSender = { kind: 'carrier', code: call.carrier };
      for (const e of call.containerEvents) {
        if (e.location !== this.home) continue;
        this.batch(carrier, 'carrier-events', e.eventAt).container.push(e);
        if (!e.facility) continue;
        const terminal: SimSender = { kind: 'terminal', code: e.facility };
        if (isGate(e)) this.batch(terminal, 'gate-moves', e.eventAt).container.push(e);
        else if (isVesselMove(e)) this.batch(terminal, 'vessel-moves', e.eventAt).container.push(e);
      }
      for (const t of call.transportEvents)
        this.batch(carrier, 'carrier-events', t.eventAt).transport.push(t);
    }
  }

  /** The batches whose six hours end at or before `before` (all by default), oldest first. */
  close(before = Infinity): SimFile[] {
    const done = [...this.open]
      .filter(([, b]) => b.start + WINDOW_MS <= before)
      .sort(([a], [b]) => a.localeCompare(b));
    for (const [key] of done) this.open.delete(key);
    if (Number.isFinite(before)) this.closedUpTo = Math.max(this.closedUpTo, before);
    return done.map(([, b]) => fileOf(b));
  }

  private batch(sender: SimSender, channel: Channel, at: string): Batch {
    const start = Math.floor(Date.parse(at) / WINDOW_MS) * WINDOW_MS;
    if (start + WINDOW_MS <= this.closedUpTo)
      throw new Error(`A move at ${at} falls in a report already handed over`);
    const key = `${hourStamp(start)}|${channel}|${sender.code}`;
    let b = this.open.get(key);
    if (!b) {
      b = { sender, channel, start, container: [], transport: [] };
      this.open.set(key, b);
    }
    return b;
  }
}

/** Control references: the batch's start (YYMMDDHHMM) and a letter for the message. */
function reference(start: number, letter: string): string {
  return `${hourStamp(start).slice(2).replace('T', '')}00${letter}`;
}

function fileOf(b: Batch): SimFile {
  const preparedAt = new Date(b.start + WINDOW_MS).toISOString();
  const stamp = hourStamp(b.start);
  const code = b.sender.code;
  const base = { preparedAt, sender: b.sender };
  const container = [...b.container].sort(byTime);
  switch (b.channel) {
    case 'carrier-events':
      return {
        ...base,
        path: `dcsa/${code}-${stamp}.json`,
        text: writeDcsaEvents({ container, transport: [...b.transport].sort(byTime) }, '2.2'),
      };
    case 'gate-moves':
      return {
        ...base,
        path: `codeco/${code}-${stamp}.edi`,
        text: writeCodeco({
          envelope: envelope(code, reference(b.start, 'G'), preparedAt),
          documentNumber: `${code}-GATE-${stamp}`,
          events: container.filter(isGate),
        }),
      };
    case 'vessel-moves':
      return {
        ...base,
        path: `coarri/${code}-${stamp}.edi`,
        text: writeCoarri({
          envelope: envelope(code, reference(b.start, 'V'), preparedAt),
          documentNumber: `${code}-MOVES-${stamp}`,
          events: container.filter(isVesselMove),
        }),
      };
  }
}
