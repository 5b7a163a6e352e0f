/**
 * `portcullis restore`: a backup file back into a node data directory, which must be new or empty
 * (nothing is ever overwritten). The file is checked first (format, manifest, the data's size and
 * SHA-256, a schema level this build knows), then the database is loaded through PGlite, migrated
 * when the backup is older than this build, and its audit log verified with the node's public key
 * (the one the operator gives, or the one the backup recorded). The key files are not in a backup:
 * the result lists those to put back before the node starts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { AppError } from '../../core/app-error.ts';
import {
  migrateDatabase,
  openDatabase,
  readMigrationLevel,
  shippedMigrationLevel,
  type Database,
  type MigrationLevel,
} from '../../storage/index.ts';
import { lockPathOf } from '../../storage/pglite-lock.ts';
import { countAuditEvents } from '../../storage/repositories/audit-log.repository.ts';
import type { Actor } from '../access/actor.ts';
import { auditedTransaction } from '../audit/audited-transaction.ts';
import type { ExportVerification } from '../audit-log/verify-audit-export.ts';
import { verifyStoredAuditLog } from '../audit-log/verify-stored-log.ts';
import type { Clock } from '../clock.ts';
import { decodeBackup, type BackupManifest } from './backup-file.ts';
import { keysDirOf, pgliteDirOf, refuseOnPostgres, type BackupTarget } from './embedded-only.ts';

export interface RestoreResult {
  readonly dataDir: string;
  readonly manifest: BackupManifest;
  readonly migratedFrom: MigrationLevel;
  readonly migratedTo: MigrationLevel;
  /** Audit events in the backup (the restore then records one more: `node.restore`). */
  readonly auditEvents: number;
  /** Undefined when there was no public key to verify with. */
  readonly audit?: ExportVerification;
  /**
   * The log verifies and, when it has entries, a head signed with the key checks out: a key that
   * signed nothing in this log (the wrong key) proves nothing, so it does not pass.
   */
  readonly auditVerified: boolean;
  /** Which public key the audit log was verified with. */
  readonly auditKeySource: 'given' | 'backup' | 'none';
  /** Where the key files the backup left out go. */
  readonly keysDir: string;
}

export interface RestoreOptions {
  /** The node's audit public key as the operator knows it (overrides the backup's own). */
  readonly publicKey?: Uint8Array;
}

export async function restoreNode(
  actor: Actor,
  target: BackupTarget,
  from: string,
  clock: Clock,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  refuseOnPostgres(target, 'restore');
  if (!existsSync(from)) throw new AppError('not_found', `Backup file ${from} not found.`);
  const { manifest, tarball } = decodeBackup(readFileSync(from), from);
  refuseNewerSchema(manifest, from);
  const createdDir = refuseNonEmpty(target.dataDir);
  mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
  const dir = pgliteDirOf(target.dataDir);
  let database: Database | undefined;
  try {
    database = await openDatabase({
      dataDir: dir,
      loadDataDir: new Blob([new Uint8Array(tarball)]),
      migrate: false,
    });
    const migratedFrom = await readMigrationLevel(database.db);
    await migrateDatabase(database);
    const migratedTo = await readMigrationLevel(database.db);
    const auditEvents = await countAuditEvents(database.db);
    const key = options.publicKey ?? publicKeyOf(manifest);
    const audit = key ? await verifyStoredAuditLog(database, clock, key) : undefined;
    const auditKeySource = options.publicKey ? 'given' : key ? 'backup' : 'none';
    const auditVerified = audit !== undefined && isProven(audit);
    await recordRestore(database, clock, actor, manifest, { migratedFrom, auditVerified });
    return {
      dataDir: target.dataDir,
      manifest,
      migratedFrom,
      migratedTo,
      auditEvents,
      ...(audit ? { audit } : {}),
      auditVerified,
      auditKeySource,
      keysDir: keysDirOf(target.dataDir),
    };
  } catch (error) {
    // Nothing half-restored stays behind: the directory is as it was, and a retry can run.
    await database?.close();
    database = undefined;
    rmSync(dir, { recursive: true, force: true });
    rmSync(lockPathOf(dir), { force: true });
    if (createdDir) rmSync(target.dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    await database?.close();
  }
}

function refuseNewerSchema(manifest: BackupManifest, from: string): void {
  const shipped = shippedMigrationLevel();
  if (manifest.migration.when > shipped.when)
    throw new AppError(
      'conflict',
      `Backup ${from} refused: its schema is at ${manifest.migration.latest}, newer than this ` +
        `build's ${shipped.latest}. Restore it with the Portcullis release that made it, or a newer one.`,
    );
}

/** Refuses a directory holding anything; tells whether the restore is creating it. */
function refuseNonEmpty(dataDir: string): boolean {
  if (!existsSync(dataDir)) return true;
  if (!statSync(dataDir).isDirectory())
    throw new AppError('conflict', `Restore refused: ${dataDir} is a file, not a directory.`);
  const entries = readdirSync(dataDir);
  if (entries.length > 0)
    throw new AppError(
      'conflict',
      `Restore refused: the data directory ${dataDir} is not empty (it holds ${entries.slice(0, 5).join(', ')}` +
        `${entries.length > 5 ? ', …' : ''}). A restore never overwrites a node: give a new or empty directory with --data-dir.`,
    );
  return false;
}

function publicKeyOf(manifest: BackupManifest): Uint8Array | undefined {
  const hex = manifest.audit.publicKey;
  return hex && /^[0-9a-f]{64}$/i.test(hex) ? new Uint8Array(Buffer.from(hex, 'hex')) : undefined;
}

function isProven(audit: ExportVerification): boolean {
  return audit.ok && (audit.report.entries === 0 || audit.report.treeHeadsChecked > 0);
}

/** The restore is itself in the audit log: which backup, from which schema, whether it verified. */
async function recordRestore(
  database: Database,
  clock: Clock,
  actor: Actor,
  manifest: BackupManifest,
  facts: { migratedFrom: MigrationLevel; auditVerified: boolean },
): Promise<void> {
  const details = {
    backupCreatedAt: manifest.createdAt,
    dataSha256: manifest.data.sha256,
    schemaInBackup: facts.migratedFrom.latest,
    auditVerified: facts.auditVerified,
  };
  const spec = { action: 'node.restore', resourceType: 'node', details };
  await auditedTransaction({ database, clock }, actor, spec, () => Promise.resolve());
}
