import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/diagnostic.ts';
import { parseCsvManifest } from '../../ingest/csv/index.ts';
import { parseDcsaEvents } from '../../ingest/dcsa/index.ts';
import { mapMessage, readInterchange } from '../../ingest/edifact/index.ts';
import { getReferenceData } from '../../reference/index.ts';
import type { GroundTruthRecord } from '../ground-truth.ts';
import { simConfig } from '../sim-config.ts';
import { writeSimulation } from './write-simulation.ts';

const config = simConfig({
  seed: 'files',
  days: 1,
  containersPerDay: 900,
  typologyRates: { 'rip-on-rip-off': 0.004, 'cover-load': 0.004, 'cloned-container': 0.002 },
});
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-sim-'));
  dirs.push(dir);
  return dir;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) =>
      statSync(path.join(dir, f)).isDirectory()
        ? listFiles(path.join(dir, f), `${prefix}${f}/`)
        : [`${prefix}${f}`],
    );
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('writeSimulation', async () => {
  const dir = tempDir();
  const result = await writeSimulation(config, dir);
  const files = listFiles(dir);

  it('writes the same bytes for the same seed', async () => {
    const again = tempDir();
    await writeSimulation(config, again);
    expect(listFiles(again)).toEqual(files);
    for (const f of files)
      expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(dir, f))), f).toBe(
        true,
      );
  });

  it('writes every format of the layout', () => {
    for (const folder of ['cuscar/', 'baplie/', 'codeco/', 'coarri/', 'dcsa/', 'csv/'])
      expect(
        files.some((f) => f.startsWith(folder)),
        folder,
      ).toBe(true);
    for (const f of [
      'ground-truth.jsonl',
      'register.jsonl',
      'outcome-model.json',
      'stats.json',
      'config.json',
    ])
      expect(files).toContain(f);
    expect(result.stats.containersMoved).toBeGreaterThan(0);
  });

  it('writes files the intake reads with zero diagnostics', () => {
    const ref = getReferenceData();
    const lookups = {
      locode: (c: string) => ref.locodes.has(c),
      hs6: (c: string) => ref.hs.hasHs6(c),
      country: (c: string) => ref.countries.has(c),
    };
    const diagnostics: Diagnostic[] = [];
    let consignments = 0;
    for (const f of files.filter((f) => f.endsWith('.edi'))) {
      const read = readInterchange(readFileSync(path.join(dir, f), 'utf8'));
      diagnostics.push(...read.diagnostics);
      for (const m of read.messages) {
        const mapped = mapMessage(m, { source: f, lookups });
        diagnostics.push(...mapped.diagnostics);
        if (f.startsWith('cuscar/')) consignments += mapped.records.consignments.length;
      }
    }
    for (const f of files.filter((f) => f.startsWith('dcsa/'))) {
      diagnostics.push(
        ...parseDcsaEvents(readFileSync(path.join(dir, f), 'utf8'), f, {
          isKnownLocode: (c) => ref.locodes.has(c),
        }).diagnostics,
      );
    }
    let csvConsignments = 0;
    for (const f of files.filter((f) => f.startsWith('csv/'))) {
      const parsed = parseCsvManifest(readFileSync(path.join(dir, f), 'utf8'), f, {
        isKnownLocode: lookups.locode,
        isKnownCountry: lookups.country,
        isKnownHs6: lookups.hs6,
      });
      diagnostics.push(...parsed.diagnostics);
      csvConsignments += parsed.records.consignments.length;
    }
    expect(diagnostics).toEqual([]);
    expect(consignments).toBe(result.stats.consignments);
    expect(csvConsignments).toBe(result.stats.consignments);
  });

  it('writes ground truth for every planted case and every entity behind a party', () => {
    const truth = readFileSync(path.join(dir, 'ground-truth.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as GroundTruthRecord);
    const cases = truth.filter((t) => t.kind === 'case');
    expect(cases.length).toBe(result.stats.smugglingRate.cases);
    expect(cases.length).toBeGreaterThan(0);
    const entities = truth.filter((t) => t.kind === 'entity');
    expect(entities.some((e) => e.front)).toBe(true);
    expect(entities.length).toBeGreaterThan(50);
  });
});
