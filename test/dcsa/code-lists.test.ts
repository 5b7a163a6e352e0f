// The DCSA code lists the T&T reader validates against are the ones bundled in data/dcsa/: the
// generated constants (tools/data/generate-dcsa-code-lists.ts) list exactly the codes of each
// CSV, in order, so an updated CSV without a regeneration fails here.
import { describe, expect, it } from 'vitest';
import * as lists from '../../src/ingest/dcsa/dcsa-code-lists.generated.ts';
import { codesOf, DCSA_CODE_LIST_SOURCES } from '../../tools/data/dcsa-code-list-sources.ts';

const FILES = DCSA_CODE_LIST_SOURCES;

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
