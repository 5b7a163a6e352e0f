/**
 * Backups are for the embedded database only: a node on PostgreSQL has the server's own tools,
 * which copy a live database consistently, and is told how to use them.
 */
import path from 'node:path';
import { AppError } from '../../core/app-error.ts';

export interface BackupTarget {
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
}

export function refuseOnPostgres(target: BackupTarget, command: 'backup' | 'restore'): void {
  if (target.databaseUrl === undefined) return;
  const how =
    command === 'backup'
      ? 'pg_dump --format=custom --file=portcullis.dump "$DATABASE_URL"'
      : 'pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" portcullis.dump (into an empty database)';
  throw new AppError(
    'bad_request',
    `portcullis ${command} is for the embedded database, and this node runs on PostgreSQL ` +
      `(DATABASE_URL is set). Use PostgreSQL's own tools: ${how}. Keep ${keysDirOf(target.dataDir)} ` +
      `apart from the database backups, as the README says.`,
  );
}

export function pgliteDirOf(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

export function keysDirOf(dataDir: string): string {
  return path.join(dataDir, 'keys');
}
