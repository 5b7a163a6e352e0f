/** CSV manifests: reader and writer (docs/csv-manifest.md). */
export { parseCsvManifest, type CsvParseResult } from './parse-csv-manifest.ts';
export { writeCsvManifest } from './write-csv-manifest.ts';
export { CSV_COLUMNS, COLUMN_ALIASES, type CsvColumn } from './csv-columns.ts';
export type { CsvLookups } from './csv-parties.ts';
