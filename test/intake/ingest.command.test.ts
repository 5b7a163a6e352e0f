// `portcullis ingest` and `portcullis sender` in-process on an embedded database: format
// detection per file, the JSON summary (accepted, quarantined, diagnostics), a resubmitted file
// answered with its first acknowledgement, and a sender with a key printed once.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerIngestCommand, type FileSummary } from '../../src/cli/commands/ingest.command.ts';
import { registerSenderCommand } from '../../src/cli/commands/sender.command.ts';
import { seededDataDir } from './seeded-data-dir.ts';
import { runCli } from '../support/run-cli.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
let dataDir = '';

beforeAll(async () => {
  dataDir = await seededDataDir('portcullis-ingest-');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the command and returns what it printed on stdout. */
function run(...args: string[]): Promise<string> {
  return runCli([registerIngestCommand, registerSenderCommand], [...args, '--data-dir', dataDir]);
}

describe('portcullis ingest', () => {
  it('summarises each file as JSON: format, accepted, quarantined, diagnostics', async () => {
    const files = [
      'edifact/coarri_d95b_itg13_cosco-africa_itgoa.edi',
      'dcsa/tnt/tnt-300-response.json',
      'dcsa/other/vgm-api-100-post-request.json',
    ].map((f) => path.join(fixtures, f));
    const out = JSON.parse(await run('ingest', '--json', ...files)) as { files: FileSummary[] };
    expect(out.files.map((f) => [f.format, f.status, f.accepted, f.quarantined])).toEqual([
      ['edifact', 'accepted', 21, 0],
      ['dcsa-json', 'partially-accepted', 1, 1],
      ['unknown', 'rejected', 0, 0],
    ]);
    expect(out.files[1]?.quarantinedRecords[0]).toMatchObject({ key: '/events/1' });
    expect(out.files[1]?.diagnostics.map((d) => d.code)).toContain('imo.check-digit');
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    const again = await run('ingest', files[0] ?? '');
    expect(again).toMatch(/accepted \(resubmission: first acknowledgement\), 21 accepted/);
  });

  it('registers a sender and prints its API key once', async () => {
    const added = JSON.parse(
      await run('sender', 'add', 'Line A', '--all-or-nothing', '--json'),
    ) as {
      id: string;
      policy: { acceptance: string };
    };
    expect(added.policy.acceptance).toBe('all-or-nothing');
    const key = await run('sender', 'key', added.id);
    expect(key).toMatch(/^API key for sender .+\npck_[\w-]{16}_[\w-]{43}$/);
    expect(await run('sender', 'list')).toContain('Line A  (all-or-nothing, UNT warning)');
  });
});
