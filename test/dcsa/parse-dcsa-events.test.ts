// Every DCSA Track & Trace sample (test/fixtures/dcsa/tnt, copied from DCSA's conformance suite)
// through the reader: good events map to exact values, wrong ones yield the named diagnostics.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { parseDcsaEvents } from '../../src/ingest/dcsa/parse-dcsa-events.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/dcsa');
const sample = (name: string) => readFileSync(path.join(dir, 'tnt', name), 'utf8');
const options = { now: '2026-11-22T12:00:00Z', isKnownLocode: (c: string) => !c.startsWith('XY') };
const parse = (name: string) => parseDcsaEvents(sample(name), name, options);
const summary = (ds: readonly Diagnostic[], severity = 'error') =>
  ds.filter((d) => d.severity === severity).map((d) => `${d.code} ${d.at?.pointer ?? ''}`);

describe('DCSA T&T 2.2 response sample', () => {
  const r = parse('tnt-220-response.json');

  it('is read as 2.2 without errors or warnings', () => {
    expect(r.version).toBe('2.2');
    expect(summary(r.diagnostics, 'error')).toEqual([]);
    expect(summary(r.diagnostics, 'warning')).toEqual([]);
  });

  it('maps both equipment events to container events', () => {
    expect(r.records.containerEvents).toHaveLength(2);
    expect(r.records.containerEvents[0]).toEqual({
      eventType: 'LOAD',
      classifier: 'EST',
      containerNumber: 'APZU4812090',
      eventAt: '2019-11-11T23:11:00Z',
      location: 'FRPAR',
      facility: 'ADT',
      fullEmpty: 'empty',
      transportCall: {
        mode: 'VESSEL',
        vesselImo: '9321483',
        voyageNumber: '2103S',
        location: 'FRPAR',
        facility: 'ADT',
      },
      seals: [{ number: 'string', source: 'CUS', type: 'WIR' }],
      billNumbers: ['reserved-HHL123'],
      sourceEventId: '3cecb101-7a1a-43a4-9d62-e88a131651e4',
    });
    expect(r.records.containerEvents[1]?.sourceEventId).toBe(
      '3cecb101-7a1a-43a4-9d62-e88a131651e7',
    );
  });

  it('maps both transport events, arrival with the import voyage and the export one', () => {
    expect(r.records.transportEvents).toEqual([
      {
        eventType: 'ARRI',
        classifier: 'ACT',
        vesselImo: '9321483',
        voyageNumber: '2103N',
        otherVoyageNumber: '2103S',
        location: 'FRPAR',
        facility: 'ADT',
        eventAt: '2021-01-09T13:12:56Z',
        sourceEventId: '3cecb101-7a1a-43a4-9d62-e88a131651e2',
      },
      expect.objectContaining({
        eventType: 'ARRI',
        sourceEventId: '3cecb101-7a1a-43a4-9d62-e88a131651e5',
      }),
    ]);
  });

  it('collects the vessel of the transport calls once', () => {
    expect(r.records.vessels).toEqual([
      { imo: '9321483', name: 'King of the Seas', callSign: 'NCVV', flag: 'DE' },
    ]);
  });

  it('keeps the three shipment events as information at their pointers', () => {
    expect(summary(r.diagnostics, 'info')).toEqual([
      'dcsa.shipment-event /1',
      'dcsa.shipment-event /4',
      'dcsa.shipment-event /6',
    ]);
  });
});

describe('DCSA T&T 2.2 wrong samples', () => {
  it('wrong-attribute-values: unknown UN/LOCODEs and a bad container check digit quarantine events 0 and 2', () => {
    const r = parse('tnt-220-response-wrong-attribute-values.json');
    expect(summary(r.diagnostics)).toEqual([
      'locode.unknown /0/transportCall/UNLocationCode',
      'locode.unknown /0/transportCall/location/UNLocationCode',
      'container-number.check-digit /2/equipmentReference',
      'locode.unknown /2/transportCall/UNLocationCode',
      'locode.unknown /2/transportCall/location/UNLocationCode',
      'locode.unknown /2/eventLocation/UNLocationCode',
    ]);
    expect(summary(r.diagnostics, 'info')).toEqual([
      'dcsa.event-rejected /0',
      'dcsa.shipment-event /1',
      'dcsa.event-rejected /2',
    ]);
    expect(r.records.containerEvents).toEqual([]);
    expect(r.records.transportEvents).toEqual([]);
  });

  it('wrong-attribute-values without a UN/LOCODE list still sees the check digit and the location mismatch', () => {
    const r = parseDcsaEvents(sample('tnt-220-response-wrong-attribute-values.json'));
    expect(summary(r.diagnostics)).toEqual(['container-number.check-digit /2/equipmentReference']);
    expect(summary(r.diagnostics, 'warning')).toEqual([
      'dcsa.location-mismatch /0/transportCall/location',
      'dcsa.location-mismatch /2/transportCall/location',
    ]);
    expect(r.records.transportEvents).toEqual([
      expect.objectContaining({
        vesselImo: '1234567',
        location: 'XYABC',
        voyageNumber: '1234W',
        eventType: 'DEPA',
      }),
    ]);
  });

  it('wrong-date-times: each test case gets its own diagnostic, the valid first event none', () => {
    const r = parse('tnt-220-response-wrong-date-times.json');
    expect(summary(r.diagnostics)).toEqual([
      'dcsa.required /1/eventCreatedDateTime',
      'dcsa.required /2/eventDateTime',
      'dcsa.date-time /3/eventCreatedDateTime',
      'dcsa.date-time /4/eventDateTime',
      'dcsa.actual-after-created /5/eventDateTime',
      'dcsa.created-in-future /6/eventCreatedDateTime',
    ]);
    const rejected = summary(r.diagnostics, 'info').filter((s) =>
      s.startsWith('dcsa.event-rejected'),
    );
    expect(rejected).toEqual([1, 2, 3, 4, 5, 6].map((i) => `dcsa.event-rejected /${i}`));
  });

  it('wrong-structure: wrapper objects are not events', () => {
    const r = parse('tnt-220-response-wrong-structure.json');
    expect(summary(r.diagnostics)).toEqual(['dcsa.not-an-event /0', 'dcsa.not-an-event /1']);
    expect(r.diagnostics[0]?.message).toContain('someEvents');
  });
});

describe('DCSA T&T 3.0 samples', () => {
  it('request-equipment maps to one laden LOAD at NLRTM', () => {
    const r = parse('tnt-300-request-equipment.json');
    expect(r.version).toBe('3.0');
    expect(r.diagnostics).toEqual([]);
    expect(r.records.containerEvents).toEqual([
      {
        eventType: 'LOAD',
        classifier: 'ACT',
        containerNumber: 'APZU4812090',
        eventAt: '2026-01-20T14:15:00Z',
        location: 'NLRTM',
        fullEmpty: 'full',
        sourceEventId: 'evt-equip-001-2026-01-20T14:15:00Z',
      },
    ]);
  });

  it('request-transport maps to one vessel arrival at DEHAM, with both voyages', () => {
    const r = parse('tnt-300-request-transport.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.records.transportEvents).toEqual([
      {
        eventType: 'ARRI',
        classifier: 'ACT',
        vesselImo: '1234567',
        voyageNumber: 'V001N',
        otherVoyageNumber: 'V001E',
        location: 'DEHAM',
        eventAt: '2026-01-20T12:30:00Z',
        sourceEventId: 'evt-trans-001-2026-01-20T12:30:00Z',
      },
    ]);
  });

  it('request-transport names its vessel', () => {
    expect(parse('tnt-300-request-transport.json').records.vessels).toEqual([
      { imo: '1234567', name: 'Example Vessel Alpha', callSign: 'ABCD', flag: 'DE' },
    ]);
  });

  it('request-shipment and request-reefer are valid but not mapped', () => {
    for (const name of ['tnt-300-request-shipment.json', 'tnt-300-request-reefer.json']) {
      const r = parse(name);
      expect(summary(r.diagnostics, 'info')).toEqual(['dcsa.event-not-mapped /events/0']);
      expect(r.records.containerEvents.length + r.records.transportEvents.length).toBe(0);
    }
  });

  it('response: the gate-in maps; the departure with IMO 7654321 (bad check digit) is quarantined', () => {
    const r = parse('tnt-300-response.json');
    expect(summary(r.diagnostics)).toEqual([
      'imo.check-digit /events/1/transportDetails/transportCall/vesselTransport/vesselIMONumber',
    ]);
    expect(summary(r.diagnostics, 'info')).toEqual([
      'dcsa.event-not-mapped /events/0',
      'dcsa.event-rejected /events/1',
      'dcsa.event-not-mapped /events/3',
      'dcsa.event-not-mapped /events/4',
    ]);
    expect(r.records.transportEvents).toEqual([]);
    expect(r.records.containerEvents).toEqual([
      {
        eventType: 'GTIN',
        classifier: 'ACT',
        containerNumber: 'APZU4812090',
        eventAt: '2026-01-17T13:45:00Z',
        location: 'FRPAR',
        fullEmpty: 'empty',
        sourceEventId: 'evt-resp-equip-001',
      },
    ]);
  });
});

describe('payload shapes and bad input', () => {
  const event = JSON.parse(sample('tnt-300-request-equipment.json')) as { events: unknown[] };

  it('accepts a single 3.0 event and a bare array of them', () => {
    const single = parseDcsaEvents(JSON.stringify(event.events[0]));
    const array = parseDcsaEvents(JSON.stringify(event.events));
    expect(single.records.containerEvents).toHaveLength(1);
    expect(array.records.containerEvents).toEqual(single.records.containerEvents);
  });

  it('reports invalid JSON with line and column of the offending character', () => {
    const text = '[\n  {"eventType": "EQUIPMENT",\n   "eventDateTime" 5}\n]';
    const r = parseDcsaEvents(text, 'upload-7');
    // The missing colon is detected at the "5" on line 3, column 20.
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: 'dcsa.json-syntax',
        at: { source: 'upload-7', line: 3, column: 20, offset: text.indexOf('5}') },
      }),
    ]);
    expect(r.records.containerEvents).toEqual([]);
  });

  it('reports a truncated document at its end', () => {
    const r = parseDcsaEvents('{"events": [');
    expect(r.diagnostics[0]?.at).toMatchObject({ line: 1, column: 13 });
  });

  it('flags wrong types and enum values with pointers, and duplicate event ids', () => {
    const bad = {
      ...(event.events[0] as object),
      eventDateTime: 42,
      eventClassification: {
        eventTypeCode: 'EQUIPMENT',
        eventClassifierCode: 'NOW',
        equipmentEventTypeCode: 'LOAD',
      },
    };
    const r = parseDcsaEvents(JSON.stringify([bad, bad]));
    expect(summary(r.diagnostics)).toEqual([
      'dcsa.type /0/eventDateTime',
      'dcsa.enum /0/eventClassification/eventClassifierCode',
      'dcsa.type /1/eventDateTime',
      'dcsa.enum /1/eventClassification/eventClassifierCode',
    ]);
    expect(summary(r.diagnostics, 'warning')).toEqual(['dcsa.duplicate-event-id /1/eventID']);
  });

  it('reports 3.0 customs equipment events as valid but not tracked', () => {
    const customs = JSON.parse(JSON.stringify(event.events[0])) as {
      eventClassification: Record<string, string>;
    };
    customs.eventClassification['equipmentEventTypeCode'] = 'CUSS';
    const r = parseDcsaEvents(JSON.stringify(customs));
    expect(summary(r.diagnostics, 'info')).toEqual(['dcsa.event-not-mapped /eventClassification']);
  });
});
