/**
 * The backup file: one line naming the format, one line of JSON manifest, then the data (the
 * embedded database's directory as a gzip-compressed tar). The manifest says what the file is
 * (product, schema migration level, time, PostgreSQL version, audit log size and public key, key
 * files left out) and carries the data's SHA-256, so a restore refuses a damaged or altered file
 * before touching anything.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import type { MigrationLevel } from '../../storage/index.ts';

export const BACKUP_FORMAT = 'portcullis-backup/1';
const MAGIC = 'PORTCULLIS-BACKUP';

export interface BackupManifest {
  readonly format: typeof BACKUP_FORMAT;
  readonly product: 'portcullis';
  readonly createdAt: string;
  readonly engine: 'pglite';
  readonly postgresVersion: string;
  readonly migration: MigrationLevel;
  readonly data: { readonly encoding: 'tar+gzip'; readonly bytes: number; readonly sha256: string };
  readonly audit: {
    readonly events: number;
    /** The node's audit signing public key (hex) when the node had one: restore verifies with it. */
    readonly publicKey?: string;
  };
  /** Files of `<dataDir>/keys/` deliberately not in the backup. */
  readonly keysLeftOut: readonly string[];
}

export type ManifestFields = Omit<BackupManifest, 'format' | 'product' | 'engine' | 'data'>;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file's bytes and its manifest for a database tarball. */
export function encodeBackup(
  tarball: Uint8Array,
  fields: ManifestFields,
): { bytes: Buffer; manifest: BackupManifest } {
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    product: 'portcullis',
    engine: 'pglite',
    ...fields,
    data: { encoding: 'tar+gzip', bytes: tarball.byteLength, sha256: sha256Hex(tarball) },
  };
  const head = Buffer.from(`${MAGIC}\n${JSON.stringify(manifest)}\n`, 'utf8');
  return { bytes: Buffer.concat([head, tarball]), manifest };
}

/** Reads a backup file, checking format, manifest and the data's length and hash. */
export function decodeBackup(
  bytes: Uint8Array,
  source: string,
): { manifest: BackupManifest; tarball: Uint8Array } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const first = buffer.indexOf(0x0a);
  if (first < 0 || buffer.subarray(0, first).toString('utf8') !== MAGIC)
    throw bad(source, `it does not start with "${MAGIC}": not a Portcullis backup`);
  const second = buffer.indexOf(0x0a, first + 1);
  if (second < 0) throw bad(source, 'its manifest line is cut short');
  const manifest = parseManifest(buffer.subarray(first + 1, second).toString('utf8'), source);
  const tarball = buffer.subarray(second + 1);
  if (tarball.byteLength !== manifest.data.bytes)
    throw bad(
      source,
      `its data is ${tarball.byteLength} bytes, the manifest says ${manifest.data.bytes} (a truncated or altered file)`,
    );
  const actual = sha256Hex(tarball);
  if (actual !== manifest.data.sha256)
    throw bad(
      source,
      `the SHA-256 of its data is ${actual}, the manifest says ${manifest.data.sha256} (a damaged or altered file)`,
    );
  return { manifest, tarball };
}

function parseManifest(text: string, source: string): BackupManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad(source, 'its manifest line is not JSON');
  }
  const m = value as Partial<BackupManifest> | null;
  if (m?.format !== BACKUP_FORMAT)
    throw bad(source, `its manifest format is ${JSON.stringify(m?.format)}, not ${BACKUP_FORMAT}`);
  const missing = (['createdAt', 'migration', 'data', 'audit'] as const).filter(
    (k) => m[k] === undefined,
  );
  if (missing.length > 0 || typeof m.data?.sha256 !== 'string' || typeof m.data.bytes !== 'number')
    throw bad(source, `its manifest lacks ${missing.join(', ') || 'the data hash or size'}`);
  return m as BackupManifest;
}

function bad(source: string, why: string): AppError {
  return new AppError('validation_failed', `Backup ${source} refused: ${why}.`);
}
