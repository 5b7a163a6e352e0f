// Round trips: cargo-model events → DCSA JSON (2.2 and 3.0) → cargo-model events, equal.
import { describe, expect, it } from 'vitest';
import type { ContainerEvent, TransportEvent } from '../../core/cargo/events.ts';
import { parseContainerNumber } from '../../core/identifiers/container-number.ts';
import { parseImoNumber } from '../../core/identifiers/imo-number.ts';
import { parseUnLocode } from '../../core/identifiers/un-locode.ts';
import { unwrap } from '../../core/result.ts';
import { parseDcsaEvents } from './parse-dcsa-events.ts';
import { writeDcsaEvents } from './write-dcsa-events.ts';

const container = unwrap(parseContainerNumber('MSKU 907032-3'));
const imo = unwrap(parseImoNumber('IMO 9321483'));
const antwerp = unwrap(parseUnLocode('BE ANR'));
const guayaquil = unwrap(parseUnLocode('ECGYE'));

const discharge: ContainerEvent = {
  eventType: 'DISC',
  classifier: 'ACT',
  containerNumber: container,
  eventAt: '2026-03-02T06:15:00Z',
  location: antwerp,
  facility: 'PSA869',
  fullEmpty: 'full',
  transportCall: {
    mode: 'VESSEL',
    vesselImo: imo,
    voyageNumber: '2409N',
    location: antwerp,
    facility: 'PSA869',
  },
  seals: [
    { number: 'CN123456', source: 'CAR', type: 'BLT' },
    { number: 'EC998877', source: 'CUS', type: 'WIR' },
  ],
  billNumbers: ['MAEU245678901', 'HBL-7781'],
  sourceEventId: '5b1e9a53-2f4c-4b8e-9d1a-0c2b3a4d5e6f',
};
const gateOut: ContainerEvent = {
  eventType: 'GTOT',
  classifier: 'PLN',
  containerNumber: container,
  eventAt: '2026-03-04T10:00:00.250Z',
};
const departure: TransportEvent = {
  eventType: 'DEPA',
  classifier: 'EST',
  vesselImo: imo,
  voyageNumber: '2409S',
  location: guayaquil,
  facility: 'CGSA',
  eventAt: '2026-02-10T22:00:00Z',
  sourceEventId: '9c0b7f0e-1111-4a2b-8c3d-4e5f60718293',
};
/** An arrival whose transport call names another export voyage: both are written and read. */
const arrival: TransportEvent = {
  eventType: 'ARRI',
  classifier: 'ACT',
  vesselImo: imo,
  voyageNumber: '2409N',
  otherVoyageNumber: '2409S',
  location: guayaquil,
  eventAt: '2026-02-09T06:00:00Z',
  sourceEventId: '9c0b7f0e-1111-4a2b-8c3d-4e5f60718294',
};

describe('writeDcsaEvents', () => {
  it('2.2: core → JSON → core is the identity, with no diagnostics', () => {
    const emptyGateOut: ContainerEvent = { ...gateOut, fullEmpty: 'empty' };
    const text = writeDcsaEvents(
      { container: [discharge, emptyGateOut], transport: [departure, arrival] },
      '2.2',
    );
    const back = parseDcsaEvents(text);
    expect(back.version).toBe('2.2');
    expect(back.diagnostics).toEqual([]);
    expect(back.records.containerEvents).toEqual([discharge, emptyGateOut]);
    expect(back.records.transportEvents).toEqual([departure, arrival]);
  });

  it('3.0: core → JSON → core is the identity except the transport call location and facility 3.0 cannot carry', () => {
    const text = writeDcsaEvents(
      { container: [discharge, gateOut], transport: [departure, arrival] },
      '3.0',
    );
    const back = parseDcsaEvents(text);
    expect(back.version).toBe('3.0');
    expect(back.diagnostics).toEqual([]);
    const { location: _l, facility: _f, ...call30 } = discharge.transportCall ?? { mode: 'VESSEL' };
    expect(back.records.containerEvents).toEqual([
      { ...discharge, transportCall: call30 },
      gateOut,
    ]);
    expect(back.records.transportEvents).toEqual([departure, arrival]);
  });

  it('2.2 requires emptyIndicatorCode: an event without full/empty status reads back as rejected', () => {
    const back = parseDcsaEvents(writeDcsaEvents({ container: [gateOut] }, '2.2'));
    expect(back.diagnostics.map((d) => `${d.code} ${d.at?.pointer ?? ''}`)).toEqual([
      'dcsa.required /0/emptyIndicatorCode',
      'dcsa.event-rejected /0',
    ]);
  });

  it('writes the 2.2 shape DCSA specifies', () => {
    const [event] = JSON.parse(
      writeDcsaEvents({ container: [discharge] }, '2.2', { createdAt: '2026-03-02T06:20:00Z' }),
    ) as Record<string, unknown>[];
    expect(event).toMatchObject({
      eventType: 'EQUIPMENT',
      eventCreatedDateTime: '2026-03-02T06:20:00Z',
      equipmentEventTypeCode: 'DISC',
      equipmentReference: 'MSKU9070323',
      emptyIndicatorCode: 'LADEN',
      transportCall: {
        modeOfTransport: 'VESSEL',
        importVoyageNumber: '2409N',
        vessel: { vesselIMONumber: '9321483' },
      },
      documentReferences: [
        { documentReferenceType: 'TRD', documentReferenceValue: 'MAEU245678901' },
        { documentReferenceType: 'TRD', documentReferenceValue: 'HBL-7781' },
      ],
    });
  });

  it('writes an empty payload that reads back as no events', () => {
    expect(JSON.parse(writeDcsaEvents({}, '3.0'))).toEqual({ events: [] });
    expect(parseDcsaEvents(writeDcsaEvents({}, '2.2')).diagnostics.map((d) => d.code)).toEqual([
      'dcsa.no-events',
    ]);
  });
});
