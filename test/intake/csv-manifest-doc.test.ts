// The CSV column mapping is documented: every column the reader knows, and every alias it
// accepts, is in docs/csv-manifest.md, and the required columns are the ones the reader requires.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COLUMN_ALIASES,
  CSV_COLUMNS,
  PARTY_COLUMN_ROLES,
  REQUIRED_COLUMNS,
} from '../../src/ingest/csv/csv-columns.ts';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/csv-manifest.md'), 'utf8');
const quoted = (name: string) => doc.includes(`\`${name}\``);

describe('docs/csv-manifest.md', () => {
  it('names every column, party columns by role', () => {
    const missing = CSV_COLUMNS.filter((c) => {
      const role = PARTY_COLUMN_ROLES.find((r) => c.startsWith(`${r}_`));
      return !quoted(c) && !(role && quoted(`${role}_*`));
    });
    expect(missing).toEqual([]);
  });

  it('names every accepted alias', () => {
    expect(Object.keys(COLUMN_ALIASES).filter((a) => !quoted(a))).toEqual([]);
  });

  it('lists the required columns the reader requires', () => {
    const line = doc.split('\n\n').find((p) => p.startsWith('Required columns')) ?? '';
    const named = [...line.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]);
    expect(named).toEqual([...REQUIRED_COLUMNS]);
  });
});
