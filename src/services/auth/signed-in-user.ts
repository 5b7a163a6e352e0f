/** The signed-in person as the API shows it, and the actor it acts as. */
import type { StoredUser } from '../../storage/index.ts';
import { createActor, type Actor } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import { isRole, type Role } from '../access/roles.ts';

export interface SignedInUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: string;
  readonly roles: readonly Role[];
  readonly permissions: readonly Permission[];
}

export function signedInUser(user: StoredUser): SignedInUser {
  const roles = user.roles.filter(isRole);
  const actor = createActor({ kind: 'user', id: user.id, agencyId: user.agencyId, roles });
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    agencyId: user.agencyId,
    roles,
    permissions: [...actor.permissions].sort(),
  };
}

export function actorOfUser(user: SignedInUser, requestId?: string): Actor {
  return createActor({
    kind: 'user',
    id: user.id,
    agencyId: user.agencyId,
    roles: user.roles,
    ...(requestId === undefined ? {} : { requestId }),
  });
}
