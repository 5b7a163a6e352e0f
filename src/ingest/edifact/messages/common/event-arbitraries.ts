/**
 * fast-check arbitraries for container events shaped as each equipment message carries them:
 * quay moves tied to a vessel call (COARRI, COPRAR), gate moves with inland transport (CODECO),
 * status reports (IFTSTA).
 */
import fc from 'fast-check';
import type {
  ContainerEvent,
  EquipmentEventType,
  EventClassifier,
  Seal,
  TransportMode,
} from '../../../../core/cargo/index.ts';
import type { TypedEvent } from './event-writer.ts';
import {
  codeArb,
  containerNumber,
  imoArb,
  locodeArb,
  minuteArb,
  opt,
  ownerArb,
} from './identifier-arbitraries.ts';

const sealsArb = opt(
  'seals',
  fc
    .array(
      fc.record({ number: codeArb, source: fc.constantFrom('CAR' as const, 'SHI' as const) }),
      { minLength: 1, maxLength: 2 },
    )
    .map((s): Seal[] => s),
);
const billsArb = opt('billNumbers', fc.array(codeArb, { minLength: 1, maxLength: 2 }));
const feArb = opt('fullEmpty', fc.constantFrom('full' as const, 'empty' as const));

/** The shared context of one message: place, facility and (for quay moves) the vessel call. */
const callArb = fc.record({
  location: locodeArb,
  facility: codeArb,
  imo: imoArb,
  voyage: fc.stringMatching(/^[0-9]{3}[EW]$/),
});

function withNumbers<T extends ContainerEvent>(
  events: Omit<T, 'containerNumber'>[],
  owner: string,
  base: number,
): T[] {
  return events.map((e, i) => ({ ...e, containerNumber: containerNumber(owner, base + i) }) as T);
}

/** Quay moves in one or more vessel calls; `types` are the event types of the message. */
export function quayEventsArb<T extends EquipmentEventType>(
  types: readonly T[],
  classifier: EventClassifier,
) {
  return fc
    .tuple(
      fc.array(
        fc.tuple(
          callArb,
          fc.constantFrom(...types),
          fc.array(fc.tuple(minuteArb, feArb, sealsArb, billsArb), { minLength: 1, maxLength: 5 }),
        ),
        { minLength: 1, maxLength: 3 },
      ),
      ownerArb,
      fc.integer({ min: 0, max: 900000 }),
    )
    .map(([calls, owner, base]) => {
      const events = calls.flatMap(([c, eventType, list]) =>
        list.map(([eventAt, fe, seals, bills]) => ({
          eventType,
          classifier,
          eventAt,
          location: c.location,
          facility: c.facility,
          ...fe,
          transportCall: {
            mode: 'VESSEL' as const,
            vesselImo: c.imo,
            voyageNumber: c.voyage,
            location: c.location,
            facility: c.facility,
          },
          ...seals,
          ...bills,
        })),
      );
      return withNumbers<TypedEvent<T>>(events, owner, base);
    });
}

const inlandModeArb = fc.constantFrom<TransportMode>('TRUCK', 'RAIL', 'BARGE');

/** Gate moves at one or more terminals, each with its truck, train or barge. */
export function gateEventsArb<T extends EquipmentEventType>(types: readonly T[]) {
  return fc
    .tuple(
      fc.array(
        fc.tuple(
          locodeArb,
          codeArb,
          fc.constantFrom(...types),
          fc.array(
            fc.tuple(
              minuteArb,
              feArb,
              sealsArb,
              billsArb,
              inlandModeArb,
              opt('voyageNumber', codeArb),
            ),
            { minLength: 1, maxLength: 4 },
          ),
        ),
        { minLength: 1, maxLength: 3 },
      ),
      ownerArb,
      fc.integer({ min: 0, max: 900000 }),
    )
    .map(([places, owner, base]) => {
      const events = places.flatMap(([location, facility, eventType, list]) =>
        list.map(([eventAt, fe, seals, bills, mode, voyage]) => ({
          eventType,
          classifier: 'ACT' as const,
          eventAt,
          location,
          facility,
          ...fe,
          transportCall: { mode, ...voyage, location, facility },
          ...seals,
          ...bills,
        })),
      );
      return withNumbers<TypedEvent<T>>(events, owner, base);
    });
}

/** Status events as IFTSTA reports them: place and facility, transport with its place. */
export function statusEventsArb<T extends EquipmentEventType>(types: readonly T[]) {
  return fc
    .tuple(
      fc.array(
        fc.tuple(
          fc.constantFrom(...types),
          minuteArb,
          locodeArb,
          opt('facility', codeArb),
          feArb,
          sealsArb,
          billsArb,
          fc.option(
            fc.tuple(
              fc.constantFrom<TransportMode>('VESSEL', 'TRUCK', 'RAIL', 'BARGE'),
              opt('voyageNumber', codeArb),
            ),
            { nil: undefined },
          ),
        ),
        { minLength: 1, maxLength: 6 },
      ),
      ownerArb,
      fc.integer({ min: 0, max: 900000 }),
    )
    .map(([list, owner, base]) => {
      const events = list.map(
        ([eventType, eventAt, location, facility, fe, seals, bills, call]) => ({
          eventType,
          classifier: 'ACT' as const,
          eventAt,
          location,
          ...facility,
          ...fe,
          ...seals,
          ...bills,
          ...(call ? { transportCall: { mode: call[0], ...call[1], location } } : {}),
        }),
      );
      return withNumbers<TypedEvent<T>>(events, owner, base);
    });
}

/** The order the writers put events in: grouped by message, first appearance first. */
export function inMessageOrder<E extends ContainerEvent>(
  events: readonly E[],
  key: (e: E) => string,
): E[] {
  const groups = new Map<string, E[]>();
  for (const e of events) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  return [...groups.values()].flat();
}
