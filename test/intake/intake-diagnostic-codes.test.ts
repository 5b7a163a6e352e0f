// The list of the intake's diagnostic codes is the real one: every code literal in the sources
// the intake runs (identifier checks, the EDIFACT, DCSA and CSV readers, the intake service) is
// listed, and every listed code is still emitted somewhere. The web app's catalogues are checked
// against this list (test/web/diagnostic-messages.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../src/services/access/permissions.ts';
import { INTAKE_DIAGNOSTIC_CODES } from '../../src/services/intake/intake-diagnostic-codes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['src/core/identifiers', 'src/ingest', 'src/services/intake'];
/** The lists themselves, which would otherwise count as emitting every code. */
const LISTS = new Set([
  'src/services/intake/intake-diagnostic-codes.ts',
  'src/ingest/edifact/syntax/edifact-diagnostic-codes.ts',
]);
/** Dotted literals there that are not diagnostic codes: permissions and audit actions. */
const NOT_CODES = new Set<string>([...PERMISSIONS, 'sender.create', 'sender.key-issue']);
const LITERAL = /'([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    const source = e.name.endsWith('.ts') && !e.name.endsWith('.test.ts');
    return source && !e.name.includes('arbitraries') && !LISTS.has(file) ? [file] : [];
  });
}

function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of SOURCES.flatMap(sourceFiles))
    for (const [, literal] of readFileSync(path.join(ROOT, file), 'utf8').matchAll(LITERAL))
      if (literal && !NOT_CODES.has(literal)) codes.add(literal);
  return codes;
}

describe('intake diagnostic codes', () => {
  const listed = new Set<string>(INTAKE_DIAGNOSTIC_CODES);
  const emitted = emittedCodes();

  it('lists every code the sources emit', () => {
    expect([...emitted].filter((c) => !listed.has(c)).sort()).toEqual([]);
  });

  it('lists no code that nothing emits, and none twice', () => {
    expect([...listed].filter((c) => !emitted.has(c)).sort()).toEqual([]);
    expect(listed.size).toBe(INTAKE_DIAGNOSTIC_CODES.length);
  });
});
