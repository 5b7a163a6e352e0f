// `portcullis backup` and `portcullis restore` in-process on an embedded node with real data
// (a CUSCAR ingested, its containers scored, a signed audit tree head), at an earlier schema than
// this build's (0025, before a migration that carries data): the restored node has the same rows and content, is migrated to the current schema, its
// audit log verifies with the node's public key, and the restore is recorded in that log. A
// damaged file, a non-empty directory, a directory another process holds, a wrong public key and
// a PostgreSQL node are refused.
import { sql } from 'drizzle-orm';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAuditCommand } from '../../src/cli/commands/audit.command.ts';
import { registerBackupCommands } from '../../src/cli/commands/backup.command.ts';
import { registerIngestCommand } from '../../src/cli/commands/ingest.command.ts';
import { registerRiskCommand } from '../../src/cli/commands/risk.command.ts';
import { loadNodeSigningKey } from '../../src/services/audit-log/node-signing-key.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { rowsOf } from '../../src/storage/db.ts';
import { consignments, cuscar } from '../intake/intake-fixtures.ts';
import { seededDataDir } from '../intake/seeded-data-dir.ts';
import { undoMigrationsAfter } from '../support/migration-undo.ts';
import { runCli } from '../support/run-cli.ts';

const work = mkdtempSync(path.join(tmpdir(), 'portcullis-backup-'));
const backupFile = path.join(work, 'node.backup');
let source = '';

/** Runs the command in-process; resolves to what it printed on stdout. */
async function run(...args: string[]): Promise<string> {
  return runCli(
    [registerIngestCommand, registerRiskCommand, registerAuditCommand, registerBackupCommands],
    args,
  );
}

const TABLES = [
  'raw_messages',
  'filings',
  'consignments',
  'consignment_containers',
  'parties',
  'assessments',
  'audit_events',
  'audit_tree_heads',
] as const;

/** Row counts of the main tables and a digest of the content of some. */
async function contentOf(dataDir: string) {
  const database = await openDatabase({ dataDir: path.join(dataDir, 'pglite'), migrate: false });
  try {
    const one = async (query: ReturnType<typeof sql>) =>
      rowsOf<{ v: string }>(await database.db.execute(query))[0]?.v;
    const counts: Record<string, number> = {};
    for (const t of TABLES)
      counts[t] = Number(await one(sql`SELECT count(*) AS v FROM ${sql.identifier(t)}`));
    const digests: Record<string, string | undefined> = {};
    for (const t of ['consignments', 'assessments', 'audit_events'])
      digests[t] = await one(
        sql`SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) AS v FROM ${sql.identifier(t)} r
            WHERE ${t !== 'audit_events'} OR r::text NOT LIKE '%node.restore%'`,
      );
    const last = rowsOf<{ action: string; details: Record<string, unknown> }>(
      await database.db.execute(
        sql`SELECT action, details FROM audit_events ORDER BY id DESC LIMIT 1`,
      ),
    )[0];
    return { counts, digests, last };
  } finally {
    await database.close();
  }
}

/** The schema the source node is put back to: 0025, before the chapters moved (0026). */
const BEHIND = '0025_party_commodities';
/** This build's schema: the journal's last migration. */
const CURRENT = (
  JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] }
).entries.at(-1)!.tag;

/** Puts the source node back to BEHIND: each later migration undone and its record gone. */
async function undoMigrationsAfterBehind(dataDir: string) {
  const database = await openDatabase({ dataDir: path.join(dataDir, 'pglite'), migrate: false });
  try {
    await undoMigrationsAfter(database.db, BEHIND);
  } finally {
    await database.close();
  }
}

/** Each party's shipments per HS chapter, as the scoring reads them. */
async function chaptersOf(dataDir: string) {
  const database = await openDatabase({ dataDir: path.join(dataDir, 'pglite'), migrate: false });
  try {
    const result = await database.db.execute(
      sql`SELECT role, party_key, chapters FROM party_history ORDER BY role, party_key`,
    );
    return rowsOf<{ role: string; party_key: string; chapters: Record<string, number> }>(result);
  } finally {
    await database.close();
  }
}

/** The fixture's goods declare no HS code: its parties are given shipments in two chapters. */
async function giveChapters(dataDir: string) {
  const database = await openDatabase({ dataDir: path.join(dataDir, 'pglite'), migrate: false });
  try {
    await database.db.execute(
      sql`UPDATE party_history SET chapters = jsonb_build_object('03', shipments, '16', 1)`,
    );
  } finally {
    await database.close();
  }
}

let before: Awaited<ReturnType<typeof contentOf>>;
let chaptersBefore: Awaited<ReturnType<typeof chaptersOf>>;

beforeAll(async () => {
  vi.stubEnv('DATABASE_URL', '');
  source = await seededDataDir('portcullis-backup-source-');
  const file = path.join(work, 'manifest.edi');
  writeFileSync(file, cuscar('BACKUP-1', consignments(5, 900)));
  await run('ingest', file, '--data-dir', source);
  expect(await run('risk', 'score', '--data-dir', source)).toMatch(/^Scored 5 containers/);
  await run('audit', 'head', '--data-dir', source);
  await giveChapters(source);
  chaptersBefore = await chaptersOf(source);
  await undoMigrationsAfterBehind(source);
  before = await contentOf(source);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
  rmSync(source, { recursive: true, force: true });
});

describe('portcullis backup | restore', () => {
  it('backs up, restores into a new directory, migrates it and verifies its audit log', async () => {
    const out = await run('backup', '--out', backupFile, '--data-dir', source);
    expect(out).toMatch(new RegExp(`^Backed up the embedded database to .*schema ${BEHIND}`));
    expect(out).toContain("Not in the backup: the node's key files");
    expect(out).toContain('audit-ed25519.pem');
    const head = readFileSync(backupFile).subarray(0, 4000).toString('utf8').split('\n');
    expect(head[0]).toBe('PORTCULLIS-BACKUP');
    const manifest = JSON.parse(head[1]!) as { keysLeftOut: string[]; audit: { events: number } };
    expect(manifest.audit.events).toBe(before.counts['audit_events']);
    expect(readFileSync(backupFile).includes('PRIVATE KEY')).toBe(false);

    const target = path.join(work, 'restored');
    const restored = await run('restore', '--from', backupFile, '--data-dir', target);
    expect(restored).toContain(`Schema: migrated from ${BEHIND} to ${CURRENT}.`);
    expect(restored).toMatch(/Audit log: VERIFIED: \d+ entries, 1 tree heads/);
    expect(restored).toContain(`put its key files back into ${path.join(target, 'keys')}`);
    expect(existsSync(path.join(target, 'keys'))).toBe(false);
    const after = await contentOf(target);
    const restoreEvent = { audit_events: Number(before.counts['audit_events']) + 1 };
    expect(after.counts).toEqual({ ...before.counts, ...restoreEvent });
    expect(after.digests).toEqual(before.digests);
    // Migration 0026 carried the chapters kept in party_commodities into the parties' rows.
    expect(chaptersBefore.length).toBeGreaterThan(0);
    expect(await chaptersOf(target)).toEqual(chaptersBefore);
    expect(after.last?.action).toBe('node.restore');
    expect(after.last?.details).toMatchObject({
      schemaInBackup: BEHIND,
      auditVerified: true,
    });
    expect(before.counts['assessments']).toBe(5);
    expect(before.counts['audit_events']).toBeGreaterThan(0);
  });

  it("fails verification with a public key that is not the node's", async () => {
    const key = loadNodeSigningKey(source).publicKeyHex;
    const other = loadNodeSigningKey(path.join(work, 'other-node')).publicKeyHex;
    expect(other).not.toBe(key);
    process.exitCode = undefined;
    const wrong = await run(
      'restore',
      '--from',
      backupFile,
      '--data-dir',
      path.join(work, 'k2'),
      '--public-key',
      other,
    );
    expect(wrong).toContain('Audit log: NOT VERIFIED');
    expect(wrong).toContain('no tree head in this log is signed with that key');
    expect(process.exitCode).toBe(1);
    process.exitCode = undefined;
  });

  it('refuses a damaged backup before creating anything', async () => {
    const bytes = readFileSync(backupFile);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    const damaged = path.join(work, 'damaged.backup');
    writeFileSync(damaged, bytes);
    const target = path.join(work, 'never');
    await expect(run('restore', '--from', damaged, '--data-dir', target)).rejects.toThrow(
      /Backup .*damaged\.backup refused: the SHA-256 of its data is [0-9a-f]{64}, the manifest says/,
    );
    writeFileSync(damaged, bytes.subarray(0, 5000));
    await expect(run('restore', '--from', damaged, '--data-dir', target)).rejects.toThrow(
      /its data is \d+ bytes, the manifest says \d+ \(a truncated or altered file\)/,
    );
    expect(existsSync(target)).toBe(false);
  });

  it('refuses to restore onto a non-empty directory, naming it', async () => {
    await expect(run('restore', '--from', backupFile, '--data-dir', source)).rejects.toThrow(
      `Restore refused: the data directory ${source} is not empty`,
    );
  });

  it('refuses to back up a database another live process holds', async () => {
    const lock = path.join(source, 'pglite.lock');
    writeFileSync(lock, `${process.ppid}\n`);
    try {
      await expect(
        run('backup', '--out', path.join(work, 'busy.backup'), '--data-dir', source),
      ).rejects.toThrow(`Backup refused: process ${process.ppid}`);
    } finally {
      rmSync(lock);
    }
  });

  it('refuses on PostgreSQL and names pg_dump and pg_restore', async () => {
    vi.stubEnv('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/test');
    try {
      await expect(run('backup', '--out', path.join(work, 'pg.backup'))).rejects.toThrow(
        /runs on PostgreSQL .*pg_dump --format=custom/,
      );
      await expect(run('restore', '--from', backupFile)).rejects.toThrow(/pg_restore --no-owner/);
    } finally {
      vi.stubEnv('DATABASE_URL', '');
    }
  });
});
