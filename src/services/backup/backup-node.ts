/**
 * `portcullis backup`: a consistent copy of the node's embedded database in one file. PGlite lets
 * one process at a time open a database directory (a second one corrupts it), so the backup runs
 * while no server holds the directory and refuses, naming the process, while one does; the
 * directory lock (`src/storage/pglite-lock.ts`) keeps a server from starting during the backup.
 * The key files in `<dataDir>/keys/` are left out on purpose: the TOTP key would open the TOTP
 * secrets sealed in the same file, and the audit signing key would let whoever holds a copy sign
 * tree heads for the node. They are backed up once, apart, and put back by hand.
 */
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/app-error.ts';
import { holderOf, openDatabase, snapshotPglite } from '../../storage/index.ts';
import { countAuditEvents } from '../../storage/repositories/audit-log.repository.ts';
import { loadNodeSigningKey, signingKeyPath } from '../audit-log/node-signing-key.ts';
import type { Clock } from '../clock.ts';
import { encodeBackup, type BackupManifest } from './backup-file.ts';
import { keysDirOf, pgliteDirOf, refuseOnPostgres, type BackupTarget } from './embedded-only.ts';

export interface BackupResult {
  readonly file: string;
  readonly bytes: number;
  readonly manifest: BackupManifest;
  /** Where the key files left out of the backup are. */
  readonly keysDir: string;
}

export async function backupNode(
  target: BackupTarget,
  out: string,
  clock: Clock,
): Promise<BackupResult> {
  refuseOnPostgres(target, 'backup');
  const dir = pgliteDirOf(target.dataDir);
  if (!existsSync(path.join(dir, 'PG_VERSION')))
    throw new AppError(
      'not_found',
      `No embedded database in ${target.dataDir} (nothing to back up; "portcullis init" creates one).`,
    );
  const holder = holderOf(dir);
  if (holder !== undefined)
    throw new AppError(
      'conflict',
      `Backup refused: process ${holder} (a running "portcullis serve"?) has the embedded database ` +
        `in ${target.dataDir} open, and PGlite allows one process at a time. Stop it, run the ` +
        `backup (it takes seconds), then start it again.`,
    );
  if (existsSync(out)) throw new AppError('conflict', `Backup refused: ${out} already exists.`);
  const { snapshot, auditEvents } = await takeSnapshot(dir);
  const { bytes, manifest } = encodeBackup(snapshot.tarball, {
    createdAt: clock.now().toISOString(),
    postgresVersion: snapshot.postgresVersion,
    migration: snapshot.migration,
    audit: { events: auditEvents, ...auditPublicKey(target.dataDir) },
    keysLeftOut: keyFiles(target.dataDir),
  });
  writeAtomically(out, bytes);
  return { file: out, bytes: bytes.byteLength, manifest, keysDir: keysDirOf(target.dataDir) };
}

async function takeSnapshot(dir: string) {
  const database = await openDatabase({ dataDir: dir, migrate: false });
  try {
    const auditEvents = await countAuditEvents(database.db);
    return { snapshot: await snapshotPglite(database), auditEvents };
  } finally {
    await database.close();
  }
}

/** The public half of the audit signing key, when the node has one (never creates one). */
function auditPublicKey(dataDir: string): { publicKey?: string } {
  if (!existsSync(signingKeyPath(dataDir))) return {};
  return { publicKey: loadNodeSigningKey(dataDir).publicKeyHex };
}

function keyFiles(dataDir: string): string[] {
  const dir = keysDirOf(dataDir);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Written beside the target, then renamed: a crash never leaves a half file under its name. */
function writeAtomically(out: string, bytes: Buffer): void {
  const partial = `${out}.partial-${process.pid}`;
  try {
    // Readable by the operator only: the backup holds the node's personal and case data.
    writeFileSync(partial, bytes, { flag: 'wx', mode: 0o600 });
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
