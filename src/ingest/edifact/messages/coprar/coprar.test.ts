import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edifactFixture } from '../../../../../test/fixtures/edifact/edifact-fixtures.ts';
import { mapMessage } from '../../map-message.ts';
import { readInterchange } from '../../syntax/read-interchange.ts';
import { inMessageOrder, quayEventsArb } from '../common/event-arbitraries.ts';
import { eventGroupKey } from '../common/event-writer.ts';
import { readAndMap, TEST_ENVELOPE } from '../common/round-trip.ts';
import { writeCoprar } from './coprar-writer.ts';

describe('COPRAR sample (loading order, HELLO WORLD at Jebel Ali)', () => {
  const read = readInterchange(edifactFixture('coprar_d95b_msk.edi'));
  const m = mapMessage(read.messages[0]!);

  it('reads the loading order header', () => {
    expect(m.type).toBe('COPRAR');
    expect(m.transport).toMatchObject({
      vesselName: 'HELLO WORLD',
      callSign: 'D5EP4',
      voyageNumber: '123W',
      carrier: 'MSK',
    });
  });

  it('rejects both units: MSTI is not a freight container owner code (category I)', () => {
    expect(m.records.containerEvents).toEqual([]);
    expect(
      m.rejected.map((r) => [
        r.key,
        r.segmentRange.from,
        r.diagnostics[0]?.code,
        r.diagnostics[0]?.at?.segment,
      ]),
    ).toEqual([
      ['MSTI6415664', 10, 'container-number.category', 10],
      ['MSTI6415664', 19, 'container-number.category', 19],
    ]);
  });

  it('reports the control total CNT+16:5 against 2 units, and the 8-digit date under format 203', () => {
    expect(m.diagnostics.find((d) => d.code === 'cnt.equipment-count')).toMatchObject({
      severity: 'error',
      at: { segment: 28, tag: 'CNT', element: 1, component: 2 },
    });
    expect(
      m.diagnostics.filter((d) => d.code === 'dtm.format-mismatch').map((d) => d.at?.segment),
    ).toEqual([8]);
  });

  it('plans the load at the estimated departure once the unit numbers are valid', () => {
    const text = new TextDecoder()
      .decode(edifactFixture('coprar_d95b_msk.edi'))
      .replaceAll('MSTI6415664', 'MSKU6415669');
    const [fixed] = readAndMap(text.replace("UNT+56+638'", "UNT+29+638'"));
    expect(fixed?.records.containerEvents[0]).toEqual({
      eventType: 'LOAD',
      classifier: 'PLN',
      containerNumber: 'MSKU6415669',
      eventAt: '2012-11-25T00:00:00.000Z',
      location: 'AEJEA',
      fullEmpty: 'full',
      transportCall: { mode: 'VESSEL', voyageNumber: '123W', location: 'AEJEA' },
    });
  });
});

describe('COPRAR round trip', () => {
  it('reads back generated planned loads and discharges', () => {
    fc.assert(
      fc.property(quayEventsArb(['LOAD', 'DISC'] as const, 'PLN'), (events) => {
        const mapped = readAndMap(
          writeCoprar({ envelope: TEST_ENVELOPE, documentNumber: 'P1', events }),
        );
        expect(mapped.flatMap((m) => m.diagnostics)).toEqual([]);
        expect(mapped.flatMap((m) => m.records.containerEvents)).toEqual(
          inMessageOrder(events, (e) => eventGroupKey(e, true)),
        );
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 40) },
    );
  });
});
