import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createReferenceData, getReferenceData } from './reference-data.ts';

describe('getReferenceData', () => {
  it('is one object per process, and each table is loaded once', () => {
    const a = getReferenceData();
    expect(getReferenceData()).toBe(a);
    expect(a.countries).toBe(a.countries);
  });

  it('loads a table only when it is first used', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-ref-'));
    writeFileSync(
      path.join(dir, 'countries.tsv'),
      '#alpha2\talpha3\tnumeric\tname\nBE\tBEL\t056\tBelgium\n',
    );
    const ref = createReferenceData(pathToFileURL(`${dir}/`));
    // Only countries.tsv exists: reading it must not touch the other tables' files.
    expect(ref.countries.get('BE')?.name).toBe('Belgium');
    expect(() => ref.locodes).toThrow(/unlocode\.tsv\.gz/);
  });
});
