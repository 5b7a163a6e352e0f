import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateEventsArb, inMessageOrder } from '../common/event-arbitraries.ts';
import { eventGroupKey } from '../common/event-writer.ts';
import { readAndMap, TEST_ENVELOPE } from '../common/round-trip.ts';
import { writeCodeco } from './codeco-writer.ts';

// A hand-written gate-out report from an Antwerp terminal: one truck leaves with a full box, the
// second unit's number is mistyped (TGHU1234569; its check digit is 7).
const GATE_OUT = [
  "UNB+UNOA:2+PSA869+CARRIER+240301:1000+9'",
  "UNH+1+CODECO:D:95B:UN:ITG14'",
  "BGM+36+GO-0001+9'",
  "LOC+165+BEANR:139:6+K869:TER:ZZZ'",
  "EQD+CN+MSKU1234565+45G1:102:5++3+5'",
  "RFF+BM:MAEU240001'",
  "DTM+7:202403011432:203'",
  "TDT+30+1-ABC-123+3'",
  "SEL+ML-778899+CA'",
  "EQD+CN+TGHU1234569+22G1:102:5++3+4'",
  "DTM+7:202403011445:203'",
  "CNT+16:2'",
  "UNT+12+1'",
  "UNZ+1+9'",
].join('\n');

describe('CODECO mapping', () => {
  const [m] = readAndMap(GATE_OUT);

  it('maps a gate-out report (BGM 36) to GTOT events with the truck and the terminal', () => {
    expect(m?.records.containerEvents).toEqual([
      {
        eventType: 'GTOT',
        classifier: 'ACT',
        containerNumber: 'MSKU1234565',
        eventAt: '2024-03-01T14:32:00.000Z',
        location: 'BEANR',
        facility: 'K869',
        fullEmpty: 'full',
        billNumbers: ['MAEU240001'],
        seals: [{ number: 'ML-778899', source: 'CAR' }],
        transportCall: {
          mode: 'TRUCK',
          voyageNumber: '1-ABC-123',
          location: 'BEANR',
          facility: 'K869',
        },
      },
    ]);
  });

  it('rejects the mistyped unit with its position', () => {
    expect(
      m?.rejected.map((r) => [
        r.key,
        r.segmentRange,
        r.diagnostics.map((d) => [d.code, d.at?.segment, d.at?.element]),
      ]),
    ).toEqual([['TGHU1234569', { from: 9, to: 10 }, [['container-number.check-digit', 9, 2]]]]);
  });

  it('reports a document code that is neither gate-in nor gate-out', () => {
    const [x] = readAndMap(GATE_OUT.replace('BGM+36', 'BGM+35'));
    expect(x?.diagnostics[0]).toMatchObject({
      code: 'codeco.document-code',
      severity: 'error',
      at: { segment: 2, element: 1 },
    });
    expect(x?.records.containerEvents).toEqual([]);
  });
});

describe('CODECO round trip', () => {
  it('reads back generated gate-in and gate-out events', () => {
    fc.assert(
      fc.property(gateEventsArb(['GTIN', 'GTOT'] as const), (events) => {
        const mapped = readAndMap(
          writeCodeco({ envelope: TEST_ENVELOPE, documentNumber: 'G1', events, directory: 'D00B' }),
        );
        expect(mapped.flatMap((m) => m.diagnostics)).toEqual([]);
        expect(mapped.flatMap((m) => m.records.containerEvents)).toEqual(
          inMessageOrder(events, (e) => eventGroupKey(e, false)),
        );
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });
});
