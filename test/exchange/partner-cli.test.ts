// `portcullis partner add|list|token` and `portcullis sync` in-process on an embedded node set up
// for a named agency (`node init --agency`): the console operator acts for the node's own agency,
// whose registry it is (acting as the default agency, every command was refused as not found).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerExchangeCommands } from '../../src/cli/commands/exchange.commands.ts';
import { seededDataDir } from '../intake/seeded-data-dir.ts';
import { runCli } from '../support/run-cli.ts';

let dataDir = '';
beforeAll(async () => {
  dataDir = await seededDataDir('portcullis-partner-cli-');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  runCli([registerExchangeCommands], [...args, '--data-dir', dataDir]);

describe('portcullis partner on a node of a named agency', () => {
  it('registers, lists and issues a token for a partner, and syncs', async () => {
    const node = JSON.parse(await run('node', 'init', '--agency', 'be-customs-antwerp')) as {
      agency: string;
    };
    expect(node.agency).toBe('be-customs-antwerp');
    const added = JSON.parse(
      await run(
        ...['partner', 'add', 'cbp', '--agency', 'us-cbp', '--name', 'US CBP'],
        ...['--endpoint', 'http://127.0.0.1:9/'],
      ),
    ) as Record<string, unknown>;
    expect(added).toMatchObject({ id: 'cbp', agencyId: 'us-cbp', name: 'US CBP' });
    const listed = JSON.parse(await run('partner', 'list', '--json')) as { id: string }[];
    expect(listed.map((p) => p.id)).toEqual(['cbp']);
    expect((await run('partner', 'token', 'cbp')).trim()).toMatch(/^\S{20,}$/);
    const report = JSON.parse(await run('sync', '--json')) as { partners: { partnerId: string }[] };
    expect(report.partners.map((p) => p.partnerId)).toEqual(['cbp']);
  });
});
