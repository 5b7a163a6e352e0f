/** Reads a CSV file with a header row into a table, with the SHA-256 of its bytes. */
import { readFile } from 'node:fs/promises';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { parse } from 'csv-parse/sync';
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import type { CsvTable } from '../../risk/table/csv-table.ts';

export interface CsvFile extends CsvTable {
  readonly path: string;
  readonly sha256: string;
}

export async function readCsvTable(path: string): Promise<Result<CsvFile>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail(
      diagnostic('file.read', `cannot read ${path}: ${(error as Error).message}`, { source: path }),
    );
  }
  let records: string[][];
  try {
    records = parse(Buffer.from(bytes), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    return fail(diagnostic('csv.syntax', (error as Error).message, { source: path }));
  }
  const [header, ...rows] = records;
  if (header === undefined)
    return fail(diagnostic('csv.empty', `${path} has no header row`, { source: path }));
  return ok({ path, header: header.map((h) => h.trim()), rows, sha256: bytesToHex(sha256(bytes)) });
}
