// The DCSA code lists the T&T reader validates against are the ones bundled in data/dcsa/: the
// generated constants (tools/data/generate-dcsa-code-lists.ts) list exactly the codes of each
// CSV, in order, so an updated CSV without a regeneration fails here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lists from '../../src/ingest/dcsa/dcsa-code-lists.generated.ts';

const dir = path.resolve(import.meta.dirname, '../../data/dcsa');
const FILES: readonly (readonly [keyof typeof lists, string, number])[] = [
  ['EQUIPMENT_EVENT_TYPE_CODES', 'equipmenteventtypecodes.csv', 0],
  ['TRANSPORT_EVENT_TYPE_CODES', 'transporteventtypecodes.csv', 0],
  ['SHIPMENT_EVENT_TYPE_CODES', 'shipmenteventtypecodes.csv', 0],
  ['EMPTY_INDICATOR_CODES', 'emptyindicatorcodes.csv', 0],
  ['SEAL_SOURCE_CODES', 'sealsourcecodes.csv', 0],
  ['SEAL_TYPE_CODES', 'sealtypecodes.csv', 0],
  ['FACILITY_TYPE_CODES', 'facilitytypes.csv', 0],
  ['MODE_OF_TRANSPORT_CODES', 'modeoftransportcodes.csv', 3],
  ['EVENT_CLASSIFIER_CODES', 'eventclassifiercodes.csv', 0],
  ['DOCUMENT_TYPE_CODES', 'documenttypecodes.csv', 0],
];

/** The given column of each data line (these files quote only their description columns). */
function codesOf(file: string, column: number): string[] {
  return readFileSync(path.join(dir, file), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => (line.split(',')[column] ?? '').trim())
    .filter((code) => code !== '');
}

describe('DCSA code lists', () => {
  it.each(FILES)('%s lists the codes of data/dcsa/%s', (name, file, column) => {
    const codes = codesOf(file, column);
    expect(codes.length).toBeGreaterThan(1);
    expect([...lists[name]]).toEqual(codes);
  });

  it('covers every generated list', () => {
    const generated = Object.entries(lists).filter(([, v]) => Array.isArray(v));
    expect(generated.map(([k]) => k).sort()).toEqual(FILES.map(([k]) => k).sort());
  });
});
