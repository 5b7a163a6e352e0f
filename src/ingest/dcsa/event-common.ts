/** Checks and conversions shared by the 2.2 and 3.0 event mappers. */
import type { FullEmpty, Seal, SealSource, SealType } from '../../core/cargo/equipment.ts';
import { SEAL_SOURCES, SEAL_TYPES } from '../../core/cargo/equipment.ts';
import {
  EQUIPMENT_EVENT_TYPES,
  EVENT_CLASSIFIERS,
  TRANSPORT_MODES,
  type EquipmentEventType,
  type EventClassifier,
  type TransportEvent,
  type TransportEventType,
  type TransportMode,
} from '../../core/cargo/events.ts';
import { parseUnLocode, type UnLocode } from '../../core/identifiers/un-locode.ts';
import type { EventContext } from './event-context.ts';
import type { ObjectReader } from './object-reader.ts';

function isOneOf<T extends string>(list: readonly T[], v: string | undefined): v is T {
  return v !== undefined && (list as readonly string[]).includes(v);
}

export function readClassifier(r: ObjectReader, ctx: EventContext): EventClassifier | undefined {
  const c = r.code('eventClassifierCode', ctx.sets.classifiers, true);
  return isOneOf(EVENT_CLASSIFIERS, c) ? c : undefined;
}

export function readLocode(
  r: ObjectReader | undefined,
  key: string,
  ctx: EventContext,
): UnLocode | undefined {
  return r?.identifier(key, (raw) => parseUnLocode(raw, ctx.options.isKnownLocode));
}

export interface CallVoyages {
  readonly importVoyage: string | undefined;
  readonly exportVoyage: string | undefined;
}

/**
 * A transport event's voyages: the import voyage of an arrival or the export voyage of a
 * departure, and the other one when the transport call names a different one (a vessel call
 * filed under either voyage is the call the event reports).
 */
export function transportVoyages(
  type: TransportEventType,
  tc: CallVoyages,
): { voyageNumber: string | undefined; otherVoyageNumber: string | undefined } {
  const [own, other] =
    type === 'ARRI' ? [tc.importVoyage, tc.exportVoyage] : [tc.exportVoyage, tc.importVoyage];
  return { voyageNumber: own, otherVoyageNumber: other === own ? undefined : other };
}

/** The transport call's import and export voyages of a transport event (for the writers). */
export function callVoyages(e: TransportEvent): CallVoyages {
  const other = e.otherVoyageNumber ?? e.voyageNumber;
  return e.eventType === 'ARRI'
    ? { importVoyage: e.voyageNumber, exportVoyage: other }
    : { importVoyage: other, exportVoyage: e.voyageNumber };
}

/** A DCSA equipment event code the core model tracks; others are reported and skipped. */
export function coreEquipmentType(
  r: ObjectReader,
  code: string | undefined,
): EquipmentEventType | undefined {
  if (code === undefined || isOneOf(EQUIPMENT_EVENT_TYPES, code)) return code;
  r.report(
    'dcsa.event-not-mapped',
    `Equipment event ${code} is valid DCSA but not tracked as a container event; it is kept as information only.`,
    undefined,
    'info',
    { variant: 'equipment', type: code },
  );
  return undefined;
}

export function coreMode(r: ObjectReader, code: string | undefined): TransportMode | undefined {
  if (code === undefined || isOneOf(TRANSPORT_MODES, code)) return code;
  r.report(
    'dcsa.mode-not-mapped',
    `Mode of transport ${code} has no counterpart in the cargo model; the transport call is left out.`,
    'modeOfTransport',
    'info',
    { mode: code },
  );
  return undefined;
}

/** A seal with the DCSA field names of the given version. */
export function readSeal(
  r: ObjectReader,
  ctx: EventContext,
  names: { number: string; source: string; type: string },
): Seal | undefined {
  const number = r.string(names.number, { required: true, maxLength: 15 });
  const source = r.code(names.source, ctx.sets.sealSources);
  const type = r.code(names.type, ctx.sets.sealTypes, ctx.version === '2.2');
  if (number === undefined) return undefined;
  if (source !== undefined && !isOneOf(SEAL_SOURCES, source)) {
    r.report(
      'dcsa.seal-source-not-mapped',
      `Seal source ${source} has no counterpart in the cargo model; the seal is kept without its source.`,
      names.source,
      'info',
      { source },
    );
  }
  return {
    number,
    ...(isOneOf<SealSource>(SEAL_SOURCES, source) ? { source } : {}),
    ...(isOneOf<SealType>(SEAL_TYPES, type) ? { type } : {}),
  };
}

/**
 * Time sanity: in 2.2 an actual event cannot have happened after its record was created
 * (eventCreatedDateTime); in 3.0 eventUpdatedDateTime is only a technical stamp (DCSA's own
 * samples carry update times older than the event), so that check is not made. Given the
 * intake's clock, nothing may be created, nor actually happen, in the future.
 */
export function checkEventTimes(
  r: ObjectReader,
  ctx: EventContext,
  t: {
    eventAt: string | undefined;
    classifier: string | undefined;
    stampKey: string;
    stamp: string | undefined;
  },
): void {
  const { eventAt, stamp, stampKey } = t;
  if (
    ctx.version === '2.2' &&
    t.classifier === 'ACT' &&
    eventAt !== undefined &&
    stamp !== undefined &&
    Date.parse(eventAt) > Date.parse(stamp)
  ) {
    r.report(
      'dcsa.actual-after-created',
      `Actual event at ${eventAt} is later than its ${stampKey} ${stamp}.`,
      'eventDateTime',
      'error',
      { eventAt, field: stampKey, stamp },
    );
  }
  const now = ctx.options.now === undefined ? Number.NaN : Date.parse(ctx.options.now);
  if (stamp !== undefined && Date.parse(stamp) > now) {
    r.report(
      'dcsa.created-in-future',
      `${stampKey} ${stamp} is later than the time of intake ${ctx.options.now ?? ''}.`,
      stampKey,
      'error',
      { field: stampKey, stamp, now: ctx.options.now ?? '' },
    );
  }
  if (t.classifier === 'ACT' && eventAt !== undefined && Date.parse(eventAt) > now) {
    r.report(
      'dcsa.actual-in-future',
      `Actual event at ${eventAt} is later than the time of intake ${ctx.options.now ?? ''}.`,
      'eventDateTime',
      'error',
      { eventAt, now: ctx.options.now ?? '' },
    );
  }
}

/** Bills of lading among document references (type TRD, transport document). */
export function billNumbersOf(
  refs: readonly { type: string | undefined; value: string | undefined }[],
): string[] | undefined {
  const bills = refs
    .filter((d) => d.type === 'TRD' && d.value !== undefined)
    .map((d) => d.value as string);
  return bills.length > 0 ? [...new Set(bills)] : undefined;
}

export function fullEmptyOf(code: string | undefined): FullEmpty | undefined {
  return code === 'EMPTY' ? 'empty' : code === 'LADEN' ? 'full' : undefined;
}
