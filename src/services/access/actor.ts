/**
 * Actor: who is calling a service — a person (user) or a machine client (carrier system, partner
 * node) — acting for one agency, with the permissions its roles grant.
 */
import type { Permission } from './permissions.ts';
import { permissionsOf, type Role } from './roles.ts';

export const ACTOR_KINDS = ['user', 'machine'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  readonly kind: ActorKind;
  /** User id, API key id or partner node id. */
  readonly id: string;
  readonly agencyId: string;
  readonly roles: readonly Role[];
  readonly permissions: ReadonlySet<Permission>;
  /** Request or job correlation id, written to the audit log. */
  readonly requestId?: string;
}

export interface ActorInput {
  readonly kind: ActorKind;
  readonly id: string;
  readonly agencyId: string;
  readonly roles: readonly Role[];
  readonly requestId?: string;
}

export function createActor(input: ActorInput): Actor {
  return { ...input, permissions: permissionsOf(input.roles) };
}

/**
 * The agency of a node's own background worker, which works every hosted agency's jobs: each job
 * is then done by `actingFor(worker, job's agency)`, so what it writes and audits is that
 * agency's. Never given to a person or an API key.
 */
export const EVERY_AGENCY = '*';

export const forEveryAgency = (actor: Actor): boolean =>
  actor.kind === 'machine' && actor.agencyId === EVERY_AGENCY;

/** The same worker acting for one agency (for one job). */
export function actingFor(actor: Actor, agencyId: string): Actor {
  return { ...actor, agencyId };
}
