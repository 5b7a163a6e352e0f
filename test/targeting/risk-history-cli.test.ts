// `portcullis risk history import <files…>` on the embedded database: each file's bills counted
// into the history (a line per file, its diagnostics under it; `--json` the reports), a second
// import of the same file counts nothing, and a rejected bill makes the exit code 1.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerRiskCommand } from '../../src/cli/commands/risk.command.ts';
import { seededDataDir } from '../intake/seeded-data-dir.ts';
import { containerNo } from '../support/cargo-fixtures.ts';
import { runCli } from '../support/run-cli.ts';

const header =
  'bill_number,port_of_loading,port_of_discharge,shipper_name,consignee_name,description,packages,container_number,filed_at,outcome';
const line = (bill: string, n: number, filed: string, outcome = '') =>
  `${bill},ECGYE,BEANR,Exportadora Uno SA,Importer BV,Bananas,10,${containerNo(n)},${filed},${outcome}`;

describe('portcullis risk history import', () => {
  let dataDir = '';
  beforeAll(async () => {
    dataDir = await seededDataDir('portcullis-history-cli-');
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports past bills once, and exits 1 when a bill is rejected', async () => {
    const good = path.join(dataDir, 'past-2025.csv');
    writeFileSync(
      good,
      [
        header,
        line('P1', 800_001, '2025-10-01', 'seizure'),
        line('P2', 800_002, '2025-10-20'),
      ].join('\n'),
    );
    const bad = path.join(dataDir, 'past-bad.csv');
    writeFileSync(bad, [header, line('P3', 800_003, '2025-13-01')].join('\n'));
    const run = (...args: string[]) =>
      runCli([registerRiskCommand], ['risk', 'history', 'import', ...args, '--data-dir', dataDir]);
    try {
      const json = JSON.parse(await run(good, '--json')) as Record<string, unknown>[];
      expect(json).toEqual([
        expect.objectContaining({ file: good, imported: 2, rejected: 0, seizures: 1 }),
      ]);
      expect(process.exitCode).toBe(0);
      const text = await run(good, bad);
      expect(text).toContain(
        `${good}: 0 bills imported, 2 already counted, 0 rejected; 0 seizures, 0 other hits`,
      );
      expect(text).toContain(`${bad}: 0 bills imported, 0 already counted, 1 rejected`);
      expect(text).toMatch(
        /error history\.filed-at: Bill P3: "2025-13-01" is not a filing date.*\[.*past-bad\.csv, record 2, line 2, field filed_at\]/,
      );
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = undefined;
    }
  });
});
