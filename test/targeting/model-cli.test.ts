// `portcullis model train|score|evaluate` in-process with the command lines of the targeting
// issue, word for word, on a small labelled declaration table: the model file carries its format
// version, metadata and the hash of its training data; the scores file has one score per input
// row in input order; evaluate prints precision and recall at 1/2/5/10% and ROC AUC.
import { Command } from 'commander';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerModelCommand } from '../../src/cli/commands/model.command.ts';
import { createRandomSource } from '../../src/risk/gbdt/random-source.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'portcullis-model-cli-'));

/** Declarations: fraud when the origin is XX or the value per kilogram is very high, with noise. */
function table(n: number, seed: number): string {
  const random = createRandomSource(seed);
  const lines = ['Declaration ID,Origin,Net Mass,Item Price,Fraud,Critical Fraud'];
  for (let i = 0; i < n; i++) {
    const origin = ['XX', 'BE', 'CN', 'US', 'NL'][Math.floor(random() * 5)] ?? 'BE';
    const mass = 1 + random() * 100;
    const price = mass * (random() < 0.2 ? 900 : 10) * (0.5 + random());
    // One label in ten is flipped, so the ranking is good but not perfect.
    const fraud = (origin === 'XX' || price / mass > 200) !== random() < 0.1 ? 1 : 0;
    const critical = fraud && random() < 0.3 ? 1 : 0;
    lines.push(
      [seed * 10_000 + i, origin, mass.toFixed(2), price.toFixed(1), fraud, critical].join(),
    );
  }
  return lines.join('\n') + '\n';
}

/** Runs the command in `dir` and returns what it printed on stdout. */
async function portcullis(commandLine: readonly string[]): Promise<string> {
  const program = new Command('portcullis').exitOverride();
  registerModelCommand(program);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    lines.push(a.map(String).join(' '));
  });
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    await program.parseAsync(['node', 'portcullis', ...commandLine]);
  } finally {
    process.chdir(cwd);
    log.mockRestore();
  }
  return lines.join('\n');
}

beforeAll(() => {
  writeFileSync(path.join(dir, 'train.csv'), table(800, 1));
  writeFileSync(path.join(dir, 'valid.csv'), table(300, 2));
  writeFileSync(path.join(dir, 'test.csv'), table(400, 3));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('portcullis model', () => {
  it('trains, scores every row in input order and evaluates, with the issue’s command lines', async () => {
    const trained = await portcullis([
      'model',
      'train',
      '--table',
      'train.csv',
      '--valid',
      'valid.csv',
      '--label',
      'Fraud',
      '--drop',
      'Declaration ID,Critical Fraud',
      '--out',
      'model.json',
    ]);
    expect(trained).toMatch(/^Trained \d+ trees on 800 rows \(\d+ positive\), 3 features/);
    const model = JSON.parse(readFileSync(path.join(dir, 'model.json'), 'utf8')) as {
      format: string;
      formatVersion: number;
      gbdt: {
        format: string;
        formatVersion: number;
        features: { name: string }[];
        training: { params: object; rows: number; validRows: number; dataSha256: string };
      };
    };
    expect([model.format, model.gbdt.format]).toEqual([expect.any(String), expect.any(String)]);
    expect([model.formatVersion, model.gbdt.formatVersion]).toEqual([
      expect.any(Number),
      expect.any(Number),
    ]);
    expect(model.gbdt.features.map((f) => f.name)).toEqual(['Origin', 'Net Mass', 'Item Price']);
    expect(model.gbdt.training).toMatchObject({ rows: 800, validRows: 300 });
    expect(model.gbdt.training.params).toHaveProperty('earlyStoppingRounds');
    const trainHash = createHash('sha256').update(readFileSync(path.join(dir, 'train.csv')));
    expect(model.gbdt.training.dataSha256).toBe(trainHash.digest('hex'));

    expect(
      await portcullis([
        'model',
        'score',
        '--model',
        'model.json',
        '--table',
        'test.csv',
        '--out',
        'scores.csv',
      ]),
    ).toBe('Scored 400 rows → scores.csv');
    const scores = readFileSync(path.join(dir, 'scores.csv'), 'utf8').trim().split('\n');
    expect(scores[0]).toBe('row,score');
    expect(scores.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(
      Array.from({ length: 400 }, (_, i) => i + 1),
    );
    expect(scores.slice(1).every((l) => /^\d+,(0|1|0\.\d+)(e-\d+)?$/.test(l))).toBe(true);

    const report = await portcullis([
      'model',
      'evaluate',
      '--scores',
      'scores.csv',
      '--table',
      'test.csv',
      '--label',
      'Fraud',
    ]);
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/^400 rows, \d+ positive; ROC AUC 0\.[89]\d{3}$/);
    expect(lines.slice(1).map((l) => l.replace(/\d\.\d{3}/g, 'x'))).toEqual([
      '  top   1% (4 rows): precision x, recall x',
      '  top   2% (8 rows): precision x, recall x',
      '  top   5% (20 rows): precision x, recall x',
      '  top  10% (40 rows): precision x, recall x',
    ]);
  });
});
