// detectFormat on real samples: every DCSA T&T payload is 'dcsa-json'; DCSA booking, eBL and VGM
// payloads are not event feeds and yield undefined; EDIFACT and CSV by their first bytes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCsvManifest } from '../../src/ingest/csv/write-csv-manifest.ts';
import { detectFormat } from '../../src/ingest/detect-format.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/dcsa');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it.each(readdirSync(path.join(dir, 'tnt')).filter((f) => !f.includes('wrong-structure')))(
    'DCSA T&T sample %s → dcsa-json',
    (f) => {
      expect(detectFormat(readFileSync(path.join(dir, 'tnt', f)), f)).toBe('dcsa-json');
    },
  );

  it('the wrong-structure sample (events wrapped in someEvents) is not recognised as T&T', () => {
    expect(
      detectFormat(readFileSync(path.join(dir, 'tnt', 'tnt-220-response-wrong-structure.json'))),
    ).toBeUndefined();
  });

  it.each(readdirSync(path.join(dir, 'other')))(
    'DCSA booking / eBL / VGM sample %s → undefined',
    (f) => {
      expect(detectFormat(readFileSync(path.join(dir, 'other', f)), f)).toBeUndefined();
    },
  );

  it('truncated T&T JSON still goes to the DCSA reader, which reports the syntax error', () => {
    const text = readFileSync(path.join(dir, 'tnt', 'tnt-300-response.json'), 'utf8');
    expect(detectFormat(bytes(text.slice(0, 900)))).toBe('dcsa-json');
    expect(detectFormat(bytes('{"bookingReference": "ABC", '))).toBeUndefined();
  });

  it('judges uploads over 1 MB by their head', () => {
    const sample = readFileSync(path.join(dir, 'tnt', 'tnt-300-request-transport.json'), 'utf8');
    const event = (JSON.parse(sample) as { events: unknown[] }).events[0];
    const big = { events: Array.from({ length: 1500 }, () => event) };
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(detectFormat(bytes(text))).toBe('dcsa-json');
    expect(
      detectFormat(
        bytes(
          JSON.stringify({
            bookings: Array.from({ length: 30000 }, (_, i) => ({
              ref: `BK${i}`,
              eventually: 'x'.repeat(20),
            })),
          }),
        ),
      ),
    ).toBeUndefined();
  });

  it('EDIFACT with UNA or UNB at the start, after a BOM or white space', () => {
    expect(detectFormat(bytes("UNA:+.? 'UNB+UNOC:3+SENDER+RECEIVER+260301:1200+1'"))).toBe(
      'edifact',
    );
    expect(detectFormat(bytes("\uFEFF\r\n  UNB+UNOA:2+X+Y+260301:1200+7'"))).toBe('edifact');
    expect(detectFormat(bytes("UNH+1+CUSCAR:D:95B:UN'"), 'msg.edi')).toBe('edifact');
    expect(detectFormat(bytes("UNH+1+CUSCAR:D:95B:UN'"))).toBeUndefined();
    expect(detectFormat(bytes('UNBELIEVABLE,story'))).toBeUndefined();
  });

  it('CSV manifests by their header row', () => {
    expect(detectFormat(bytes(writeCsvManifest([])))).toBe('csv');
    expect(detectFormat(bytes('Bill Number;POL;POD\nB1;ECGYE;BEANR\n'))).toBe('csv');
    expect(detectFormat(bytes('alpha,beta\n1,2\n'), 'export.csv')).toBe('csv');
    expect(detectFormat(bytes('alpha,beta\n1,2\n'))).toBeUndefined();
    expect(detectFormat(bytes('just some text'))).toBeUndefined();
  });

  it('binary and empty input → undefined', () => {
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeUndefined();
    expect(detectFormat(new Uint8Array())).toBeUndefined();
  });
});
