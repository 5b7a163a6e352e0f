// Property: no JSON text, valid or not, makes the DCSA reader or format detection throw, and
// every diagnostic it returns is well formed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect-format.ts';
import { parseDcsaEvents } from './parse-dcsa-events.ts';

const codes = [
  'EQUIPMENT',
  'TRANSPORT',
  'SHIPMENT',
  'IOT',
  'LOAD',
  'ARRI',
  'ACT',
  'EMPTY',
  'APZU4812090',
  '9321483',
  'NLRTM',
];
const eventish = fc.dictionary(
  fc.constantFrom(
    'eventType',
    'eventClassification',
    'eventClassifierCode',
    'eventDateTime',
    'eventCreatedDateTime',
    'equipmentEventTypeCode',
    'equipmentReference',
    'emptyIndicatorCode',
    'transportCall',
    'equipmentDetails',
    'seals',
    'eventID',
    'transportEventTypeCode',
    'eventTypeCode',
  ),
  fc.oneof(
    fc.constantFrom(...codes),
    fc.jsonValue({ maxDepth: 2 }),
    fc.dictionary(
      fc.constantFrom(
        'vessel',
        'vesselIMONumber',
        'UNLocationCode',
        'modeOfTransport',
        'equipmentReference',
        'eventTypeCode',
        'eventClassifierCode',
      ),
      fc.oneof(fc.constantFrom(...codes), fc.jsonValue({ maxDepth: 1 })),
    ),
  ),
);
const payload = fc.oneof(
  eventish,
  fc.array(eventish, { maxLength: 4 }),
  fc.record({ events: fc.array(eventish, { maxLength: 4 }) }),
  fc.jsonValue({ maxDepth: 4 }),
);

function wellFormed(ds: readonly { code: string; message: string; severity: string }[]): boolean {
  return ds.every(
    (d) => d.code !== '' && d.message !== '' && ['error', 'warning', 'info'].includes(d.severity),
  );
}

describe('parseDcsaEvents never throws', () => {
  it('on event-shaped JSON', () => {
    fc.assert(
      fc.property(payload, (p) => {
        const text = JSON.stringify(p);
        const r = parseDcsaEvents(text, 'fuzz', {
          now: '2026-01-01T00:00:00Z',
          isKnownLocode: () => true,
        });
        expect(wellFormed(r.diagnostics)).toBe(true);
        detectFormat(new TextEncoder().encode(text));
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary and truncated text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          payload
            .map((p) => JSON.stringify(p))
            .chain((t) => fc.nat(t.length).map((n) => t.slice(0, n))),
        ),
        (text) => {
          const r = parseDcsaEvents(text);
          expect(wellFormed(r.diagnostics)).toBe(true);
          detectFormat(new TextEncoder().encode(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on deeply nested input', () => {
    const deep = '['.repeat(20000) + ']'.repeat(19999);
    expect(parseDcsaEvents(deep).diagnostics[0]?.code).toBe('dcsa.json-syntax');
  });
});
