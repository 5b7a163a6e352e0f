/**
 * `portcullis backup --out <file>` and `portcullis restore --from <file>`: the embedded database
 * to one file and back, for a node that is not running (see src/services/backup/). On PostgreSQL
 * both refuse and name the pg_dump / pg_restore commands to use instead.
 */
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '../../core/app-error.ts';
import { createActor } from '../../services/access/actor.ts';
import { parsePublicKey } from '../../services/audit-log/public-key-input.ts';
import type { BackupResult } from '../../services/backup/backup-node.ts';
import type { RestoreResult } from '../../services/backup/restore-node.ts';
import { systemClock } from '../../services/clock.ts';
import { loadConfig } from '../../services/config.ts';
import { printDiagnostics, printJson } from '../output.ts';

interface Common {
  dataDir?: string;
  json?: boolean;
}

/** The operator at the node's console; the restore's audit event names it. */
const operator = createActor({ kind: 'user', id: 'cli', agencyId: 'local', roles: ['admin'] });

const configOf = (o: Common) => loadConfig(undefined, o.dataDir ? { dataDir: o.dataDir } : {});

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('copy the embedded database to one file (the node must not be running)')
    .requiredOption('--out <file>', 'backup file to write (must not exist)')
    .option('--data-dir <dir>', 'node data directory')
    .option('--json', 'print the result as JSON')
    .action(async (o: Common & { out: string }) => {
      const { backupNode } = await import('../../services/backup/backup-node.ts');
      const result = await backupNode(configOf(o), o.out, systemClock);
      if (o.json) printJson(result);
      else printBackup(result);
    });
  program
    .command('restore')
    .description(
      'restore a backup into a new or empty data directory, migrate it, verify its audit log',
    )
    .requiredOption('--from <file>', 'backup file written by `portcullis backup`')
    .option('--data-dir <dir>', 'node data directory to create (must be absent or empty)')
    .option('--public-key <hex|file>', "the node's audit public key (default: the backup's own)")
    .option('--json', 'print the result as JSON')
    .action(async (o: Common & { from: string; publicKey?: string }) => {
      const { restoreNode } = await import('../../services/backup/restore-node.ts');
      const publicKey = o.publicKey === undefined ? {} : { publicKey: readPublicKey(o.publicKey) };
      const result = await restoreNode(operator, configOf(o), o.from, systemClock, publicKey);
      if (o.json) printJson(result);
      else printRestore(result);
      if (result.audit && !result.auditVerified) process.exitCode = 1;
    });
}

function readPublicKey(value: string): Uint8Array {
  const key = parsePublicKey(existsSync(value) ? readFileSync(value, 'utf8') : value);
  if (!key.ok) throw new AppError('bad_request', `--public-key: ${key.diagnostics[0]?.message}`);
  return key.value;
}

function printBackup(r: BackupResult) {
  const m = r.manifest;
  console.log(
    `Backed up the embedded database to ${r.file}: ${r.bytes} bytes, schema ${m.migration.latest}, ` +
      `${m.audit.events} audit events, data SHA-256 ${m.data.sha256}.`,
  );
  console.log(
    `Not in the backup: the node's key files in ${r.keysDir}` +
      `${m.keysLeftOut.length > 0 ? ` (${m.keysLeftOut.join(', ')})` : ''}. Keep one copy of them ` +
      `apart from the backups (they do not change); a restored node needs them put back.`,
  );
}

function printRestore(r: RestoreResult) {
  const m = r.manifest;
  console.log(`Restored the backup taken ${m.createdAt} into ${r.dataDir}.`);
  console.log(
    r.migratedFrom.when === r.migratedTo.when
      ? `Schema: ${r.migratedTo.latest} (current).`
      : `Schema: migrated from ${r.migratedFrom.latest} to ${r.migratedTo.latest}.`,
  );
  if (r.audit) {
    const { report } = r.audit;
    console.log(
      `Audit log: ${r.auditVerified ? 'VERIFIED' : 'NOT VERIFIED'}: ${report.entries} entries, ` +
        `${report.treeHeadsChecked} tree heads, ${report.verifiedSize} entries proven by a signed ` +
        `head (public key ${r.auditKeySource === 'given' ? 'given' : 'recorded in the backup'}).`,
    );
    if (report.entries > 0 && report.treeHeadsChecked === 0)
      console.log('  no tree head in this log is signed with that key');
    for (const f of report.findings) console.log(`  ${f.severity} ${f.kind}: ${f.message}`);
    printDiagnostics(r.audit.diagnostics);
  } else
    console.log(
      `Audit log: ${r.auditEvents} entries, not verified: the backup recorded no audit signing key (give --public-key).`,
    );
  if (m.keysLeftOut.length > 0)
    console.log(
      `Before starting the node, put its key files back into ${r.keysDir}: ${m.keysLeftOut.join(', ')}. ` +
        `Without them it makes new ones: its audit log goes on under a new signing key, and TOTP ` +
        `secrets sealed under the old key cannot be opened (unless PORTCULLIS_TOTP_KEY holds it).`,
    );
}
