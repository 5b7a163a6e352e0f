/**
 * Reads one bundled reference table from the project's data/ folder: tab-separated lines, a '#'
 * header, gzip when the name ends in .gz (see data/README.md). The folder is resolved from this
 * module, so the same code works in a checkout and in an installed package.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export const DEFAULT_DATA_DIR: URL = new URL('../../data/', import.meta.url);

/** The text of a data file. */
export function readReferenceText(name: string, dataDir: URL = DEFAULT_DATA_DIR): string {
  const bytes = readFileSync(new URL(name, dataDir));
  return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** The records of a data file, each split into its tab-separated fields. */
export function readReferenceRows(name: string, dataDir: URL = DEFAULT_DATA_DIR): string[][] {
  return parseTsv(readReferenceText(name, dataDir));
}

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    rows.push(line.split('\t'));
  }
  return rows;
}
