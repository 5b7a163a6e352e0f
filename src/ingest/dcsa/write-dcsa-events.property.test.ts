// Property: any cargo-model events the DCSA formats can carry survive core → JSON → core, in 2.2
// and 3.0, and the written payloads read back without a single diagnostic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EQUIPMENT_EVENT_TYPES,
  TRANSPORT_MODES,
  type ContainerEvent,
  type TransportEvent,
} from '../../core/cargo/events.ts';
import { SEAL_SOURCES, SEAL_TYPES } from '../../core/cargo/equipment.ts';
import {
  containerCheckDigit,
  type ContainerNumber,
} from '../../core/identifiers/container-number.ts';
import { imoCheckDigit, type ImoNumber } from '../../core/identifiers/imo-number.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import { parseDcsaEvents } from './parse-dcsa-events.ts';
import { writeDcsaEvents } from './write-dcsa-events.ts';

const alnum = (max: number) => fc.stringMatching(new RegExp(`^[A-Z0-9]{1,${max}}$`));
const container = fc
  .tuple(fc.stringMatching(/^[A-Z]{3}$/), fc.integer({ min: 0, max: 999_999 }))
  .map(([owner, n]) => {
    const first10 = `${owner}U${String(n).padStart(6, '0')}`;
    return `${first10}${containerCheckDigit(first10)}` as ContainerNumber;
  });
const imo = fc
  .integer({ min: 100_000, max: 999_999 })
  .map((n) => `${n}${imoCheckDigit(String(n))}` as ImoNumber);
const locode = fc.constantFrom(
  'BEANR',
  'NLRTM',
  'ECGYE',
  'COCTG',
  'PAMIT',
  'US2NY',
) as fc.Arbitrary<UnLocode>;
const instant = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().replace('.000Z', 'Z'));
const seal = fc.record({
  number: alnum(15),
  source: fc.constantFrom(...SEAL_SOURCES),
  type: fc.constantFrom(...SEAL_TYPES),
});

const containerEvent = fc.record(
  {
    eventType: fc.constantFrom(...EQUIPMENT_EVENT_TYPES),
    classifier: fc.constantFrom('ACT', 'PLN', 'EST'),
    containerNumber: container,
    eventAt: instant,
    location: locode,
    facility: alnum(6),
    fullEmpty: fc.constantFrom('full', 'empty'),
    transportCall: fc.record(
      {
        mode: fc.constantFrom(...TRANSPORT_MODES),
        vesselImo: imo,
        voyageNumber: alnum(10),
        location: locode,
        facility: alnum(6),
      },
      { requiredKeys: ['mode'] },
    ),
    seals: fc.array(seal, { minLength: 1, maxLength: 3 }),
    billNumbers: fc.uniqueArray(alnum(20), { minLength: 1, maxLength: 3 }),
    sourceEventId: fc.uuid(),
  },
  // The reader gives an event without its own location or facility its transport call's.
  {
    requiredKeys: [
      'eventType',
      'classifier',
      'containerNumber',
      'eventAt',
      'fullEmpty',
      'location',
      'facility',
    ],
  },
) as fc.Arbitrary<ContainerEvent>;

const transportEvent = fc.record(
  {
    eventType: fc.constantFrom('ARRI', 'DEPA'),
    classifier: fc.constantFrom('ACT', 'PLN', 'EST'),
    vesselImo: imo,
    voyageNumber: alnum(10),
    location: locode,
    facility: alnum(6),
    eventAt: instant,
    sourceEventId: fc.uuid(),
  },
  { requiredKeys: ['eventType', 'classifier', 'vesselImo', 'location', 'eventAt'] },
) as fc.Arbitrary<TransportEvent>;

/** 3.0 has no place for a transport call's own location and facility. */
function as30(e: ContainerEvent): ContainerEvent {
  if (!e.transportCall) return e;
  const { location: _l, facility: _f, ...call } = e.transportCall;
  return { ...e, transportCall: call };
}

/** Random ids may repeat and the payload may be empty; anything else would be a writer bug. */
const unexpected = (d: { code: string }) =>
  d.code !== 'dcsa.duplicate-event-id' && d.code !== 'dcsa.no-events';

describe('DCSA writers round-trip any representable events', () => {
  it('2.2 and 3.0', () => {
    fc.assert(
      fc.property(
        fc.array(containerEvent, { maxLength: 5 }),
        fc.array(transportEvent, { maxLength: 3 }),
        (container, transport) => {
          const back22 = parseDcsaEvents(writeDcsaEvents({ container, transport }, '2.2'));
          expect(back22.diagnostics.filter(unexpected)).toEqual([]);
          expect(back22.records.containerEvents).toEqual(container);
          expect(back22.records.transportEvents).toEqual(transport);
          const back30 = parseDcsaEvents(writeDcsaEvents({ container, transport }, '3.0'));
          expect(back30.diagnostics.filter(unexpected)).toEqual([]);
          expect(back30.records.containerEvents).toEqual(container.map(as30));
          expect(back30.records.transportEvents).toEqual(transport);
        },
      ),
      { numRuns: 200 },
    );
  });
});
