/**
 * DCSA Track & Trace 2.2 and 3.0 event payloads → cargo records. Accepts one event, an array of
 * events, or the 3.0 `{ "events": [...] }` wrapper; detects the version from the payload's shape.
 * An event with errors is left out (the intake quarantines it, see `dcsa.event-rejected`) while
 * the other events of the payload still map. Never throws.
 */
import { emptyCargoRecords, type CargoRecords } from '../../core/cargo/filing.ts';
import type { ContainerEvent, TransportEvent } from '../../core/cargo/events.ts';
import type { Vessel } from '../../core/cargo/vessel.ts';
import { diagnostic, hasErrors, type Diagnostic } from '../../core/diagnostic.ts';
import { childPointer } from '../json-pointer.ts';
import { parseJsonText } from './dcsa-json-text.ts';
import type { DcsaReadOptions, EventContext, MappedEvent } from './event-context.ts';
import { isRecord, ObjectReader, typeName } from './object-reader.ts';
import { tntCodeSets } from './tnt-code-sets.ts';
import { mapTnt22Event } from './tnt22-event-mapper.ts';
import { mapTnt30Event } from './tnt30-event-mapper.ts';
import { detectTntVersion, type TntVersion } from './tnt-version.ts';

export interface DcsaParseResult {
  readonly records: CargoRecords;
  readonly diagnostics: readonly Diagnostic[];
  readonly version: TntVersion;
}

interface EventSlot {
  readonly value: unknown;
  readonly pointer: string;
}

function eventSlots(payload: unknown): EventSlot[] {
  if (Array.isArray(payload))
    return payload.map((value: unknown, i) => ({ value, pointer: `/${i}` }));
  if (isRecord(payload) && Array.isArray(payload['events'])) {
    return payload['events'].map((value: unknown, i) => ({ value, pointer: `/events/${i}` }));
  }
  return [{ value: payload, pointer: '' }];
}

function looksLikeEvent(v: Record<string, unknown>, version: TntVersion): boolean {
  if (version === '2.2') return 'eventType' in v;
  return 'eventClassification' in v || 'eventDateTime' in v || v['isRetracted'] === true;
}

function notAnEvent(slot: EventSlot, version: TntVersion, source?: string): Diagnostic {
  const what = isRecord(slot.value)
    ? `an object with ${Object.keys(slot.value).slice(0, 5).join(', ') || 'no fields'}`
    : typeName(slot.value);
  const expected = version === '3.0' ? 'eventClassification' : 'eventType';
  return diagnostic(
    'dcsa.not-an-event',
    `Expected a Track & Trace ${version} event (with ${expected}), found ${what}.`,
    {
      ...(source === undefined ? {} : { source }),
      pointer: slot.pointer,
    },
    'error',
    { version, field: expected },
  );
}

function mapSlot(
  slot: EventSlot,
  ctx: EventContext,
  source?: string,
): { mapped: MappedEvent; diagnostics: Diagnostic[] } {
  const sink = { diagnostics: [] as Diagnostic[], ...(source === undefined ? {} : { source }) };
  if (!isRecord(slot.value) || !looksLikeEvent(slot.value, ctx.version)) {
    return { mapped: { kind: 'none' }, diagnostics: [notAnEvent(slot, ctx.version, source)] };
  }
  const r = new ObjectReader(slot.value, slot.pointer, sink);
  const mapped = ctx.version === '2.2' ? mapTnt22Event(r, ctx) : mapTnt30Event(r, ctx);
  if (!hasErrors(sink.diagnostics)) return { mapped, diagnostics: sink.diagnostics };
  const errors = sink.diagnostics.filter((d) => d.severity === 'error').length;
  r.report(
    'dcsa.event-rejected',
    `Event ${slot.pointer || '/'} is not mapped: ${errors} error(s).`,
    undefined,
    'info',
    { pointer: slot.pointer || '/', errors },
  );
  return { mapped: { kind: 'none' }, diagnostics: sink.diagnostics };
}

function duplicateIds(slots: readonly EventSlot[], source?: string): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const s of slots) {
    const id = isRecord(s.value) ? s.value['eventID'] : undefined;
    if (typeof id !== 'string') continue;
    if (seen.has(id)) {
      const at = {
        ...(source === undefined ? {} : { source }),
        pointer: childPointer(s.pointer, 'eventID'),
      };
      out.push(
        diagnostic(
          'dcsa.duplicate-event-id',
          `eventID "${id}" occurs more than once in the payload.`,
          at,
          'warning',
          { id },
        ),
      );
    }
    seen.add(id);
  }
  return out;
}

export function parseDcsaEvents(
  text: string,
  source?: string,
  options: DcsaReadOptions = {},
): DcsaParseResult {
  const parsed = parseJsonText(text, source);
  if (!parsed.ok)
    return { records: emptyCargoRecords(), diagnostics: [parsed.diagnostic], version: '3.0' };
  const detected = detectTntVersion(parsed.value);
  // Undetectable payloads: a bare array is the 2.2 response shape, anything else 3.0's.
  const version = detected ?? (Array.isArray(parsed.value) ? '2.2' : '3.0');
  const diagnostics: Diagnostic[] = [];
  const slots = eventSlots(parsed.value);
  if (slots.length === 0) {
    const at = source === undefined ? { pointer: '' } : { source, pointer: '' };
    diagnostics.push(diagnostic('dcsa.no-events', 'The payload holds no events.', at, 'warning'));
  }
  const ctx: EventContext = { version, sets: tntCodeSets(version), options };
  const containerEvents: ContainerEvent[] = [];
  const transportEvents: TransportEvent[] = [];
  const eventRetractions: string[] = [];
  const vessels = new Map<string, Vessel>();
  for (const slot of slots) {
    const { mapped, diagnostics: found } = mapSlot(slot, ctx, source);
    diagnostics.push(...found);
    if (mapped.kind === 'container') containerEvents.push(mapped.event);
    if (mapped.kind === 'transport') transportEvents.push(mapped.event);
    if (mapped.kind === 'retraction') eventRetractions.push(mapped.eventId);
    if (
      (mapped.kind === 'container' || mapped.kind === 'transport') &&
      mapped.vessel &&
      !vessels.has(mapped.vessel.imo)
    )
      vessels.set(mapped.vessel.imo, mapped.vessel);
  }
  diagnostics.push(...duplicateIds(slots, source));
  return {
    records: {
      ...emptyCargoRecords(),
      vessels: [...vessels.values()],
      containerEvents,
      transportEvents,
      eventRetractions,
    },
    diagnostics,
    version,
  };
}
