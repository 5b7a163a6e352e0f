/**
 * The carrier's Track & Trace reports of a call's cargo before it reaches the port: for each
 * port where units went aboard the vessel, one DCSA file (2.2) with those units' moves up to and
 * including that loading — gate-in at origin, the feeder leg and relay at a hub where there was
 * one — sent an hour after the last of them.
 */
import type { ContainerEvent } from '../../core/cargo/events.ts';
import { writeDcsaEvents } from '../../ingest/dcsa/index.ts';
import type { SimCall } from '../sim-day.ts';
import type { SimFile } from './sim-file.ts';

const HOUR_MS = 3_600_000;

/** Where the unit went aboard the call's vessel: its loading onto it, or its last move away from the port. */
function boardingPort(events: readonly ContainerEvent[], call: SimCall): string {
  const aboard = events.find(
    (e) => e.eventType === 'LOAD' && e.transportCall?.vesselImo === call.vessel.imo,
  );
  return aboard?.location ?? events.at(-1)?.location ?? '';
}

/** The call's container events away from `home`, by container, in the order reported. */
function movesAway(call: SimCall, home: string): Map<string, ContainerEvent[]> {
  const byContainer = new Map<string, ContainerEvent[]>();
  for (const e of call.containerEvents) {
    if (e.location === home) continue;
    const list = byContainer.get(e.containerNumber);
    if (list) list.push(e);
    else byContainer.set(e.containerNumber, [e]);
  }
  return byContainer;
}

export function departureReports(call: SimCall, home: string): SimFile[] {
  const byPort = new Map<string, ContainerEvent[]>();
  for (const events of movesAway(call, home).values()) {
    const port = boardingPort(events, call);
    const list = byPort.get(port);
    if (list) list.push(...events);
    else byPort.set(port, [...events]);
  }
  return [...byPort]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([port, events]) => {
      const last = Math.max(...events.map((e) => Date.parse(e.eventAt)));
      return {
        path: `dcsa/${call.id}-${port}.json`,
        preparedAt: new Date(last + HOUR_MS).toISOString(),
        sender: { kind: 'carrier', code: call.carrier },
        callId: call.id,
        text: writeDcsaEvents({ container: events, transport: [] }, '2.2'),
      };
    });
}
