/**
 * API keys of machine clients other than cargo senders (partner systems, analytics, scripts): each
 * acts for one agency with the roles it was given, narrowed to a list of permissions. Only the
 * SHA-256 of a key is stored, found by a short prefix.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { machineApiKeys } from '../schema/security.ts';

export interface MachineApiKeyInput {
  readonly agencyId: string;
  readonly name: string;
  readonly prefix: string;
  readonly keyHash: string;
  readonly roles: readonly string[];
  readonly permissions: readonly string[];
  readonly createdAt: Date;
  readonly expiresAt?: Date;
}

export interface StoredMachineApiKey {
  readonly id: string;
  readonly agencyId: string;
  readonly name: string;
  readonly prefix: string;
  readonly keyHash: string;
  readonly roles: readonly string[];
  readonly permissions: readonly string[];
  readonly createdAt: Date;
  readonly expiresAt?: Date;
  readonly revokedAt?: Date;
  readonly replacedBy?: string;
}

type Row = typeof machineApiKeys.$inferSelect;

function toKey({ expiresAt, revokedAt, replacedBy, roles, permissions, ...r }: Row) {
  const key: StoredMachineApiKey = {
    ...r,
    roles: roles as string[],
    permissions: permissions as string[],
    ...(expiresAt !== null ? { expiresAt } : {}),
    ...(revokedAt !== null ? { revokedAt } : {}),
    ...(replacedBy !== null ? { replacedBy } : {}),
  };
  return key;
}

export async function insertMachineApiKey(db: Db, input: MachineApiKeyInput): Promise<string> {
  const [row] = await db
    .insert(machineApiKeys)
    .values({
      ...input,
      roles: [...input.roles],
      permissions: [...input.permissions],
      expiresAt: input.expiresAt ?? null,
    })
    .returning({ id: machineApiKeys.id });
  if (!row) throw new Error('insert returned no API key');
  return row.id;
}

export async function findMachineApiKeyByPrefix(db: Db, prefix: string) {
  const rows = await db.select().from(machineApiKeys).where(eq(machineApiKeys.prefix, prefix));
  return rows[0] && toKey(rows[0]);
}

export async function getMachineApiKey(db: Db, id: string) {
  const rows = await db.select().from(machineApiKeys).where(eq(machineApiKeys.id, id));
  return rows[0] && toKey(rows[0]);
}

export async function listMachineApiKeys(db: Db, agencyId?: string) {
  const rows = await db
    .select()
    .from(machineApiKeys)
    .where(agencyId === undefined ? undefined : eq(machineApiKeys.agencyId, agencyId))
    .orderBy(asc(machineApiKeys.name), asc(machineApiKeys.createdAt));
  return rows.map(toKey);
}

/** Ends a key: at `until` (rotation grace) and/or marks it replaced. */
export async function retireMachineApiKey(
  db: Db,
  id: string,
  change: { expiresAt?: Date; revokedAt?: Date; replacedBy?: string },
) {
  const rows = await db
    .update(machineApiKeys)
    .set(change)
    .where(and(eq(machineApiKeys.id, id)))
    .returning({ id: machineApiKeys.id });
  return rows.length === 1;
}
