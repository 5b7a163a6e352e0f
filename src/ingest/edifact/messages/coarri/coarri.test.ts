import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edifactFixture } from '../../../../../test/fixtures/edifact/edifact-fixtures.ts';
import { inMessageOrder, quayEventsArb } from '../common/event-arbitraries.ts';
import { eventGroupKey } from '../common/event-writer.ts';
import { readAndMap, TEST_ENVELOPE } from '../common/round-trip.ts';
import { writeCoarri } from './coarri-writer.ts';

describe('COARRI sample (COSCO AFRICA at Genoa, two reports)', () => {
  const [discharge, loading] = readAndMap(
    edifactFixture('coarri_d95b_itg13_cosco-africa_itgoa.edi'),
    { source: 'coarri.edi' },
  );

  it('reads the vessel call from the header', () => {
    expect(discharge?.transport).toMatchObject({
      vesselName: 'COSCO AFRICA',
      callSign: '3ERX3',
      voyageNumber: '031W',
      carrier: 'COS',
      mode: 'VESSEL',
    });
    expect(loading?.transport?.voyageNumber).toBe('032E');
    expect(discharge?.documentNumber).toBe('35961879700001');
  });

  it('maps the discharge report (BGM 44) to DISC events with times, seals and weights of each unit', () => {
    expect(
      discharge?.records.containerEvents.map((e) => [e.eventType, e.containerNumber, e.eventAt]),
    ).toEqual([
      ['DISC', 'FCIU9908030', '2016-02-03T09:13:00.000Z'],
      ['DISC', 'MAGU5591240', '2016-02-03T09:11:00.000Z'],
    ]);
    expect(discharge?.records.containerEvents[0]).toEqual({
      eventType: 'DISC',
      classifier: 'ACT',
      containerNumber: 'FCIU9908030',
      eventAt: '2016-02-03T09:13:00.000Z',
      location: 'ITGOA',
      facility: 'VTE',
      fullEmpty: 'full',
      seals: [{ number: 'SI', source: 'CAR' }],
      transportCall: { mode: 'VESSEL', voyageNumber: '031W', location: 'ITGOA', facility: 'VTE' },
    });
    expect(discharge?.diagnostics).toEqual([]);
  });

  it('maps the loading report (BGM 46) to 19 LOAD events matching CNT+16', () => {
    const events = loading?.records.containerEvents ?? [];
    expect(events).toHaveLength(19);
    expect(events.every((e) => e.eventType === 'LOAD' && e.location === 'ITGOA')).toBe(true);
    expect(events.at(-1)).toMatchObject({
      containerNumber: 'CAXU3190016',
      eventAt: '2016-02-04T12:35:00.000Z',
      seals: [{ number: '618700', source: 'SHI' }],
      fullEmpty: 'full',
    });
    expect(loading?.rejected).toEqual([]);
    expect(loading?.diagnostics).toEqual([]);
  });

  it('uses the IMO lookup when the message names the vessel by call sign only', () => {
    const [m] = readAndMap(edifactFixture('coarri_d95b_itg13_cosco-africa_itgoa.edi'), {
      lookups: { imoByCallSign: (cs) => (cs === '3ERX3' ? '9335173' : undefined) },
    });
    expect(m?.records.vessels).toEqual([
      { imo: '9335173', name: 'COSCO AFRICA', callSign: '3ERX3' },
    ]);
    expect(m?.records.portCalls[0]).toMatchObject({
      vesselImo: '9335173',
      voyageNumber: '031W',
      port: 'ITGOA',
      terminal: 'VTE',
      eta: '2016-02-02T00:00:00.000Z',
    });
  });
});

describe('COARRI edge cases', () => {
  const text = new TextDecoder().decode(edifactFixture('coarri_d95b_itg13_cosco-africa_itgoa.edi'));

  it('rejects only the unit with a bad check digit and reports a wrong control total', () => {
    const bad = text
      .replace('EQD+CN+MAGU5591240', 'EQD+CN+MAGU5591241')
      .replace('CNT+16:2', 'CNT+16:3');
    const [m] = readAndMap(bad);
    expect(m?.records.containerEvents.map((e) => e.containerNumber)).toEqual(['FCIU9908030']);
    expect(m?.rejected.map((r) => [r.kind, r.key, r.segmentRange])).toEqual([
      ['container-event', 'MAGU5591241', { from: 20, to: 31 }],
    ]);
    const d = m?.rejected[0]?.diagnostics;
    expect(
      d?.map((x) => [x.code, x.at?.segment, x.at?.tag, x.at?.element, x.at?.component]),
    ).toEqual([['container-number.check-digit', 20, 'EQD', 2, 1]]);
    expect(m?.diagnostics.find((d) => d.code === 'cnt.equipment-count')?.at).toMatchObject({
      segment: 32,
      tag: 'CNT',
      element: 1,
      component: 2,
    });
  });

  it('falls back to the equipment status when the document code is unknown', () => {
    const [m] = readAndMap(text.replace('BGM+44+', 'BGM+999+'));
    expect(m?.records.containerEvents.map((e) => e.eventType)).toEqual(['DISC', 'DISC']);
    expect(m?.diagnostics.map((d) => d.code)).toEqual(['coarri.document-code']);
  });
});

describe('COARRI round trip', () => {
  it('reads back generated loads and discharges', () => {
    fc.assert(
      fc.property(quayEventsArb(['LOAD', 'DISC'] as const, 'ACT'), (events) => {
        const mapped = readAndMap(
          writeCoarri({ envelope: TEST_ENVELOPE, documentNumber: 'R1', events }),
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
