/**
 * Where each generated DCSA code list comes from: its constant, its CSV in data/dcsa/ and the
 * column holding the code. Read by the generator and by the test that keeps the two equal.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../../data/dcsa');

export const DCSA_CODE_LIST_SOURCES = [
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
] as const;

/** The given column of each data line; these files quote only their description columns. */
export function codesOf(file: string, column: number): string[] {
  return readFileSync(path.join(dir, file), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => (line.split(',')[column] ?? '').trim())
    .filter((code) => code !== '');
}
