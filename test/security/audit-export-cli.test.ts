// `portcullis audit export` in-process on an embedded node set up for a named agency
// (`node init --agency`): the log is read by the node's own agency only, and the console's auditor
// acts for it, so the export is written and verifies with the node's public key.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAuditCommand } from '../../src/cli/commands/audit.command.ts';
import { registerExchangeCommands } from '../../src/cli/commands/exchange.commands.ts';
import { loadNodeSigningKey } from '../../src/services/audit-log/node-signing-key.ts';
import { verifyAuditExport } from '../../src/services/audit-log/verify-audit-export.ts';
import { seededDataDir } from '../intake/seeded-data-dir.ts';
import { runCli } from '../support/run-cli.ts';

let dataDir = '';
const outDir = mkdtempSync(path.join(tmpdir(), 'portcullis-audit-export-'));
beforeAll(async () => {
  dataDir = await seededDataDir('portcullis-audit-export-node-');
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

const run = (...args: string[]) =>
  runCli([registerAuditCommand, registerExchangeCommands], [...args, '--data-dir', dataDir]);

describe('portcullis audit export on a node of a named agency', () => {
  it('exports the log with a fresh head, and the export verifies', async () => {
    await run('node', 'init', '--agency', 'be-customs-antwerp');
    const out = path.join(outDir, 'log.jsonl');
    const printed = await run('audit', 'export', '--out', out, '--with-head', '--json');
    const summary = JSON.parse(printed) as { file: string; entries: number; treeHeads: number };
    expect(summary).toMatchObject({ file: out, treeHeads: 1 });
    const result = verifyAuditExport(
      readFileSync(out, 'utf8'),
      loadNodeSigningKey(dataDir).publicKey,
    );
    expect(result.ok).toBe(true);
    expect(result.report.verifiedSize).toBe(summary.entries);
  });
});
