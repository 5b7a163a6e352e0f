// `portcullis partner add … --audit-key` and `portcullis audit partner-heads` in-process on an
// embedded node: a partner's audit key is registered (a key that is no Ed25519 point is refused,
// naming the option's field), listed with no head held yet, then with the head held and, once a
// refused head is recorded, the alarm (exit code 1).
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAuditCommand } from '../../src/cli/commands/audit.command.ts';
import { registerExchangeCommands } from '../../src/cli/commands/exchange.commands.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { insertPartnerHeadCheck } from '../../src/storage/index.ts';
import { seededDataDir } from '../intake/seeded-data-dir.ts';
import { runCli } from '../support/run-cli.ts';

let dataDir = '';
beforeAll(async () => {
  dataDir = await seededDataDir('portcullis-partner-heads-');
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  runCli([registerAuditCommand, registerExchangeCommands], [...args, '--data-dir', dataDir]);
const auditKey = bytesToHex(ed25519.getPublicKey(ed25519.utils.randomSecretKey()));
const head = {
  logId: 'portcullis-audit:00112233aabbccdd',
  treeSize: 42,
  rootHash: 'ab'.repeat(32),
  timestamp: '2026-11-23T10:00:00.000Z',
  keyId: '00112233aabbccdd',
  signature: 'c2ln',
};

describe('portcullis audit partner-heads', () => {
  it('registers an audit key and lists the head held, then the alarm', async () => {
    const add = ['partner', 'add', 'cbp', '--agency', 'us-cbp', '--name', 'US CBP'];
    await expect(run(...add, '--audit-key', 'ff'.repeat(32))).rejects.toThrow(
      'The audit key must be an Ed25519 public key',
    );
    const added = JSON.parse(await run(...add, '--audit-key', auditKey)) as Record<string, unknown>;
    expect(added['auditPublicKey']).toBe(auditKey);

    const none = JSON.parse(await run('audit', 'partner-heads', '--json')) as unknown[];
    expect(none).toEqual([
      {
        partnerId: 'cbp',
        agencyId: 'us-cbp',
        state: 'no-head',
        auditPublicKey: auditKey,
        alarms: 0,
      },
    ]);

    const database = await openDatabase({ dataDir: path.join(dataDir, 'pglite'), migrate: false });
    try {
      const checkedAt = new Date('2026-11-23T10:01:00.000Z');
      await insertPartnerHeadCheck(database.db, {
        partnerId: 'cbp',
        outcome: 'accepted',
        head,
        checkedAt,
      });
      expect((await run('audit', 'partner-heads')).split('\n')).toEqual([
        'cbp\tverified',
        `  42 entries, root ${head.rootHash}, signed ${head.timestamp}, held since ${checkedAt.toISOString()}`,
      ]);
      const message = 'The head covers 40 entries, fewer than the 42 of the head held.';
      const alarm = {
        partnerId: 'cbp',
        outcome: 'smaller-tree',
        message,
        head: { ...head, treeSize: 40 },
      };
      await insertPartnerHeadCheck(database.db, { ...alarm, checkedAt });
    } finally {
      await database.close();
    }
    try {
      const text = await run('audit', 'partner-heads');
      expect(text).toContain(
        `cbp\tALARM smaller-tree at 2026-11-23T10:01:00.000Z: The head covers 40`,
      );
      expect(text).toContain('(1 alarm(s) in all)');
      expect(text).toContain('42 entries');
      expect(process.exitCode).toBe(1);
    } finally {
      process.exitCode = 0;
    }
  });
});
