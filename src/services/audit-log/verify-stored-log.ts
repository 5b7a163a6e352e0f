/**
 * Verifies the audit log stored in a database with nothing but a public key: the same export and
 * check as `portcullis audit verify`, for a node that does not hold the private key (a database
 * just restored from a backup, whose key files are kept apart from it).
 */
import type { Database } from '../../storage/index.ts';
import type { Clock } from '../clock.ts';
import { exportFrom, logIdOf } from './audit-log.service.ts';
import { keyIdOf } from './node-signing-key.ts';
import { verifyAuditExport, type ExportVerification } from './verify-audit-export.ts';

export async function verifyStoredAuditLog(
  database: Database,
  clock: Clock,
  publicKey: Uint8Array,
): Promise<ExportVerification> {
  const key = { keyId: keyIdOf(publicKey), publicKeyHex: Buffer.from(publicKey).toString('hex') };
  const lines: string[] = [];
  await database.transaction((tx) =>
    exportFrom(tx, { clock, key }, logIdOf(key), (line) => void lines.push(line)),
  );
  return verifyAuditExport(lines.join('\n'), publicKey, 'restored audit log');
}
