import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edifactFixture } from '../../../../../test/fixtures/edifact/edifact-fixtures.ts';
import { mapMessage } from '../../map-message.ts';
import { readInterchange } from '../../syntax/read-interchange.ts';
import type { TransportEvent } from '../../../../core/cargo/index.ts';
import { statusEventsArb } from '../common/event-arbitraries.ts';
import { imoArb, locodeArb, minuteArb } from '../common/identifier-arbitraries.ts';
import { readAndMap, TEST_ENVELOPE } from '../common/round-trip.ts';
import { writeIftsta } from './iftsta-writer.ts';

const sample = () => new TextDecoder().decode(edifactFixture('iftsta_d00b_rail_csx.edi'));

describe('IFTSTA sample (rail leg Cartagena to Woodridge)', () => {
  const m = mapMessage(readInterchange(sample()).messages[0]!);

  it('keeps the unmapped status and the bad container number as a rejected record with both faults', () => {
    expect(m.records.containerEvents).toEqual([]);
    expect(m.rejected).toHaveLength(1);
    const r = m.rejected[0];
    expect(r?.key).toBe('TRHU4561222/P');
    expect(r?.segmentRange).toEqual({ from: 13, to: 30 });
    expect(
      r?.diagnostics.map((d) => [d.code, d.at?.segment, d.at?.tag, d.at?.element, d.at?.component]),
    ).toEqual([
      ['container-number.check-digit', 30, 'EQD', 2, 1],
      ['iftsta.status-unknown', 13, 'STS', 2, 1],
    ]);
    expect(r?.diagnostics[1]?.message).toContain('Rail Departed from In-Transit Locat');
  });

  it('maps a known status with the container corrected: rail load at Syracuse with time and transport', () => {
    const fixed = sample()
      .replace('EQD+CN+TRHU4561222', 'EQD+CN+TRHU4561225')
      .replace('STS+1+P::HS', 'STS+1+AL::HS');
    const [x] = readAndMap(fixed.replace("UNZ+1+2805570'", "UNZ+1+2803570'"));
    expect(x?.records.containerEvents).toEqual([
      {
        eventType: 'LOAD',
        classifier: 'ACT',
        containerNumber: 'TRHU4561225',
        eventAt: '2022-11-19T07:10:00.000Z',
        location: 'USSYR',
        fullEmpty: 'full',
        billNumbers: ['ABCD224O4023815X'],
        transportCall: { mode: 'RAIL', location: 'USSYR' },
      },
    ]);
    expect(x?.function).toBe('original');
    expect(x?.documentNumber).toBe('2BOG129382');
  });
});

describe('IFTSTA vessel statuses', () => {
  it('rejects a vessel departure whose transport names no vessel by IMO number', () => {
    const text = sample()
      .replace('STS+1+P::HS', 'STS+1+VD::HS')
      .replace("UNZ+1+2805570'", "UNZ+1+2803570'");
    const [m] = readAndMap(text);
    expect(m?.records.transportEvents).toEqual([]);
    expect(m?.rejected.map((r) => [r.kind, r.key, r.diagnostics.map((d) => d.code)])).toEqual([
      ['transport-event', 'VD', ['iftsta.vessel-unidentified']],
    ]);
  });
});

describe('IFTSTA round trip', () => {
  it('reads back generated vessel arrivals and departures', () => {
    const arb = fc.array(
      fc.record({
        type: fc.constantFrom('ARRI' as const, 'DEPA' as const),
        imo: imoArb,
        at: minuteArb,
        place: locodeArb,
        voyage: fc.option(fc.stringMatching(/^[0-9]{3}[EW]$/), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(arb, (list) => {
        const transportEvents = list.map((x): TransportEvent => ({
          eventType: x.type,
          classifier: 'ACT',
          vesselImo: x.imo,
          location: x.place,
          facility: 'T1',
          eventAt: x.at,
          ...(x.voyage === undefined ? {} : { voyageNumber: x.voyage }),
        }));
        const [m] = readAndMap(
          writeIftsta({ envelope: TEST_ENVELOPE, events: [], transportEvents }),
        );
        expect(m?.diagnostics).toEqual([]);
        expect(m?.records.transportEvents).toEqual(transportEvents);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });

  it('reads back generated status events', () => {
    fc.assert(
      fc.property(
        statusEventsArb(['LOAD', 'DISC', 'GTIN', 'GTOT', 'PICK', 'DROP'] as const),
        (events) => {
          const [m] = readAndMap(
            writeIftsta({ envelope: TEST_ENVELOPE, documentNumber: 'S1', events }),
          );
          expect(m?.diagnostics).toEqual([]);
          expect(m?.records.containerEvents).toEqual(events);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });
});
