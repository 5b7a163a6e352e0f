/**
 * The scope of an API key: the permissions it may use, a subset of what its roles grant. The
 * actor of a key holds only those, so a key made for reading cannot write whatever its roles say.
 */
import { AppError } from '../../core/app-error.ts';
import { createActor, type Actor, type ActorInput } from '../access/actor.ts';
import { PERMISSIONS, type Permission } from '../access/permissions.ts';
import { permissionsOf, type Role } from '../access/roles.ts';

/** Checks the requested permissions against the roles; none requested means all the roles grant. */
export function keyPermissions(
  roles: readonly Role[],
  requested?: readonly string[],
): Permission[] {
  const granted = permissionsOf(roles);
  if (requested === undefined || requested.length === 0) return [...granted].sort();
  const unknown = requested.filter((p) => !(PERMISSIONS as readonly string[]).includes(p));
  if (unknown.length > 0)
    throw new AppError(
      'validation_failed',
      `permissions: unknown permission(s) ${unknown.join(', ')}`,
    );
  const beyond = requested.filter((p) => !granted.has(p as Permission));
  if (beyond.length > 0)
    throw new AppError(
      'validation_failed',
      `permissions: ${beyond.join(', ')} not granted by the role(s) ${roles.join(', ')}`,
    );
  return [...new Set(requested as Permission[])].sort();
}

/** The actor of a key: its roles, narrowed to the key's permissions. */
export function scopedActor(input: ActorInput, permissions: readonly string[]): Actor {
  const actor = createActor(input);
  const allowed = new Set(permissions);
  return { ...actor, permissions: new Set([...actor.permissions].filter((p) => allowed.has(p))) };
}

/** Whether a key whose expiry is `expiresAt` (and revocation `revokedAt`) still works at `now`. */
export function keyIsLive(now: Date, expiresAt?: Date, revokedAt?: Date): boolean {
  return revokedAt === undefined && (expiresAt === undefined || expiresAt > now);
}
