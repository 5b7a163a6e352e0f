// Property: no text makes the CSV manifest reader or format detection throw; written manifests
// always read back without errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect-format.ts';
import { CSV_COLUMNS } from './csv-columns.ts';
import { parseCsvManifest } from './parse-csv-manifest.ts';

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('"', '""', ',', ';', '\n', '\r\n', 'MSKU9070323', 'BEANR', '12.5', '-3', ''),
);
const header = fc.array(fc.oneof(fc.constantFrom(...CSV_COLUMNS), fc.string({ maxLength: 8 })), {
  minLength: 1,
  maxLength: 12,
});
const table = fc.tuple(
  header,
  fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 }),
  fc.constantFrom(',', ';', '\t'),
);

describe('parseCsvManifest never throws', () => {
  it('on random tables with manifest columns', () => {
    fc.assert(
      fc.property(table, ([h, rows, d]) => {
        const text = [h, ...rows].map((r) => r.join(d)).join('\n');
        const r = parseCsvManifest(text, 'fuzz');
        expect(r.diagnostics.every((x) => x.code !== '' && x.message !== '')).toBe(true);
        detectFormat(new TextEncoder().encode(text), 'fuzz.csv');
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        parseCsvManifest(text);
        detectFormat(new TextEncoder().encode(text));
      }),
      { numRuns: 400 },
    );
  });
});
