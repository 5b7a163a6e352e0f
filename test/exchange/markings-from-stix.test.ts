// Markings survive the trip to STIX and back; a received object without readable markings is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Markings } from '../../src/exchange/markings/markings.ts';
import { markingsFromStix } from '../../src/exchange/stix/markings-from-stix.ts';
import { markingsToStix } from '../../src/exchange/stix/markings-to-stix.ts';
import { toStix } from '../../src/exchange/stix/to-stix.ts';
import {
  ANTWERP,
  BE_US,
  CBP,
  COALITION,
  markings,
  ROTTERDAM,
  seizure,
} from './support/exchange-fixtures.ts';

function roundTrip(m: Markings) {
  const [incident] = toStix({ ...seizure, markings: m });
  const { definition } = markingsToStix(m);
  return markingsFromStix(incident ?? { type: '', id: '' }, new Map([[definition.id, definition]]));
}

const arb: fc.Arbitrary<Markings> = fc.record({
  tlp: fc.constantFrom('clear', 'green', 'amber', 'amber+strict', 'red'),
  handling: fc.oneof(
    fc.constantFrom({ code: 'H0' as const }, { code: 'H1' as const }, { code: 'H2' as const }),
    fc.string({ minLength: 1 }).map((restriction) => ({ code: 'H3' as const, restriction })),
  ),
  evaluation: fc.record({
    reliability: fc.constantFrom('A', 'B', 'C', 'X'),
    accuracy: fc.constantFrom(1, 2, 3, 4),
  }),
  releasability: fc.record({
    communities: fc.subarray([BE_US, COALITION]),
    agencies: fc.subarray([ANTWERP, CBP, ROTTERDAM]),
  }),
  purpose: fc.constantFrom(
    'customs-control',
    'crime-prevention',
    'criminal-investigation',
    'judicial-proceedings',
  ),
  expiresAt: fc
    .date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') })
    .map((d) => d.toISOString()),
  owner: fc.constantFrom(ANTWERP, CBP, ROTTERDAM),
  onwardSharing: fc.boolean(),
});

describe('markings from STIX', () => {
  it('round-trips every marking except local provenance', () => {
    fc.assert(
      fc.property(arb, (m) => {
        const sorted = {
          ...m,
          releasability: {
            agencies: [...m.releasability.agencies].sort(),
            communities: [...m.releasability.communities].sort(),
          },
        };
        expect(roundTrip(m)).toMatchObject({ ok: true, value: sorted });
      }),
      { numRuns: 300 },
    );
    const back = roundTrip(markings({ receivedFrom: CBP }));
    expect(back.ok).toBe(true);
    expect(back.ok ? back.value.receivedFrom : 'unread').toBeUndefined();
  });

  it('refuses an object whose Portcullis marking definition is missing or damaged', () => {
    const [incident] = toStix(seizure);
    const object = incident ?? { type: '', id: '' };
    expect(markingsFromStix(object, new Map()).diagnostics.map((d) => d.code)).toEqual([
      'markings.stix-portcullis',
    ]);
    const { definition } = markingsToStix(seizure.markings);
    const ext = definition['extensions'] as Record<string, Record<string, unknown>>;
    const damaged = {
      ...definition,
      extensions: Object.fromEntries(
        Object.entries(ext).map(([k, v]) => [
          k,
          { ...v, owner: 'Not An Agency', source_reliability: 'Z' },
        ]),
      ),
    };
    const codes = markingsFromStix(object, new Map([[definition.id, damaged]])).diagnostics.map(
      (d) => d.at?.field,
    );
    expect(codes).toEqual(['evaluation', 'owner']);
    expect(
      markingsFromStix(
        { ...object, object_marking_refs: [definition.id] },
        new Map([[definition.id, definition]]),
      ).diagnostics[0]?.code,
    ).toBe('markings.stix-tlp');
  });
});
