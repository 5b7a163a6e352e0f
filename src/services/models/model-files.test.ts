import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { createRandomSource } from '../../risk/gbdt/random-source.ts';
import {
  evaluateScoreFiles,
  readModelFile,
  scoreModelFiles,
  trainModelFiles,
} from './model-files.ts';

/** A small declaration table: fraud when the origin is XX or the value per kg is very high. */
function csv(n: number, seed: number): string {
  const random = createRandomSource(seed);
  const lines = ['Declaration ID,Origin,Net Mass,Item Price,Fraud,Critical Fraud'];
  for (let i = 0; i < n; i++) {
    const origin = ['XX', 'BE', 'CN', 'US', '"Q,R"'][Math.floor(random() * 5)]!;
    const mass = 1 + random() * 100;
    const price = mass * (random() < 0.2 ? 900 : 10) * (0.5 + random());
    const fraud = origin === 'XX' || price / mass > 200 ? 1 : 0;
    lines.push(
      [
        1000 + i,
        origin,
        mass.toFixed(2),
        price.toFixed(1),
        fraud,
        fraud && random() < 0.3 ? 2 : 0,
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

describe('model files', () => {
  let dir = '';
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'portcullis-model-'));
    await writeFile(file('train.csv'), csv(800, 1));
    await writeFile(file('valid.csv'), csv(300, 2));
    await writeFile(file('test.csv'), csv(300, 3));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('trains, scores in input order and evaluates from CSV files', async () => {
    const trained = await trainModelFiles({
      tablePath: file('train.csv'),
      validPath: file('valid.csv'),
      outPath: file('model.json'),
      options: { label: 'Fraud', drop: ['Declaration ID', 'Critical Fraud'] },
      params: { trees: 30, learningRate: 0.3 },
    });
    expect(trained.ok).toBe(true);
    const model = await readModelFile(file('model.json'));
    const hash = bytesToHex(sha256(await readFile(file('train.csv'))));
    expect(model.ok && model.value.gbdt.training.dataSha256).toBe(hash);

    const scored = await scoreModelFiles({
      modelPath: file('model.json'),
      tablePath: file('test.csv'),
      outPath: file('scores.csv'),
      idColumn: 'Declaration ID',
    });
    expect(scored.ok && scored.value.rows).toBe(300);
    const lines = (await readFile(file('scores.csv'), 'utf8')).trim().split('\n');
    expect(lines[0]).toBe('row,Declaration ID,score');
    expect(lines[1]).toMatch(/^1,1000,0\.\d+/);
    expect(lines).toHaveLength(301);

    const report = await evaluateScoreFiles({
      scoresPath: file('scores.csv'),
      tablePath: file('test.csv'),
      label: 'Fraud',
    });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.value.auc).toBeGreaterThan(0.9);
    expect(report.value.budgets.map((b) => b.inspected)).toEqual([3, 6, 15, 30]);
  });

  it('returns diagnostics for a missing file or a mismatched scores file', async () => {
    const missing = await trainModelFiles({
      tablePath: file('absent.csv'),
      outPath: file('m.json'),
      options: { label: 'Fraud' },
    });
    expect(missing.diagnostics[0]?.code).toBe('file.read');
    await writeFile(file('short.csv'), 'row,score\n1,0.5\n');
    const r = await evaluateScoreFiles({
      scoresPath: file('short.csv'),
      tablePath: file('test.csv'),
      label: 'Fraud',
    });
    expect(r.diagnostics[0]?.code).toBe('scores.row-count');
  });
});
