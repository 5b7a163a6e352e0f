/**
 * The one access check, called at the top of every service method. A denial throws exactly the
 * error a missing resource throws (`notFoundFor`): same code, status and message, so a caller
 * cannot learn that something exists by being refused it.
 */
import { AppError } from '../../core/app-error.ts';
import type { Actor } from './actor.ts';
import { resourceOf, type Permission } from './permissions.ts';

/** Denials, remembered only so the audit log can tell them from genuine misses. */
const denials = new WeakSet<AppError>();

export interface OwnedResource {
  /** The agency that owns the resource. */
  readonly agencyId: string;
}

export function requireAccess(actor: Actor, permission: Permission, resource?: OwnedResource) {
  const allowed =
    actor.permissions.has(permission) &&
    (resource === undefined || resource.agencyId === actor.agencyId);
  if (allowed) return;
  const error = notFoundFor(permission);
  denials.add(error);
  throw error;
}

/** The error for a resource that is not there, shaped exactly like a denial. */
export function notFoundFor(permission: Permission): AppError {
  return AppError.notFound(resourceOf(permission));
}

export function isAccessDenial(error: unknown): boolean {
  return error instanceof AppError && denials.has(error);
}
