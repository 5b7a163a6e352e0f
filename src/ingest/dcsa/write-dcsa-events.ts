/**
 * Writes cargo-model container and transport events as a DCSA Track & Trace payload: a JSON array
 * of events for 2.2 (the GET response shape), `{ "events": [...] }` for 3.0 (the POST request).
 */
import type { ContainerEvent, TransportEvent } from '../../core/cargo/events.ts';
import { writeContainerEvent22, writeTransportEvent22 } from './tnt22-event-writer.ts';
import { writeContainerEvent30, writeTransportEvent30 } from './tnt30-event-writer.ts';
import type { TntVersion } from './tnt-version.ts';

export interface DcsaEventsToWrite {
  readonly container?: readonly ContainerEvent[];
  readonly transport?: readonly TransportEvent[];
}

export interface DcsaWriteOptions {
  /** 2.2 eventCreatedDateTime for every event; each event's own time when absent. */
  readonly createdAt?: string;
}

export function writeDcsaEvents(
  events: DcsaEventsToWrite,
  version: TntVersion,
  options: DcsaWriteOptions = {},
): string {
  const container = events.container ?? [];
  const transport = events.transport ?? [];
  switch (version) {
    case '2.2':
      return JSON.stringify(
        [
          ...container.map((e) => writeContainerEvent22(e, options.createdAt)),
          ...transport.map((e) => writeTransportEvent22(e, options.createdAt)),
        ],
        null,
        2,
      );
    case '3.0':
      return JSON.stringify(
        {
          events: [
            ...container.map(writeContainerEvent30),
            ...transport.map(writeTransportEvent30),
          ],
        },
        null,
        2,
      );
  }
}
