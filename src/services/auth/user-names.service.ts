/**
 * Who did it, by name: the display names (local account or OpenID Connect `name` claim, kept in
 * `users.display_name`) of the caller's own agency's users, for the ids that records attribute
 * actions to (scans, inspections, seizures, waivers, reviews, releases, rule sets, audit events).
 * A user of another agency, a machine key or a partner node is simply left out: the caller shows
 * the id, learning nothing about who exists elsewhere. Each lookup is audited (`user.read`).
 */
import { displayNamesOf } from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';

/** The most ids one lookup takes (a page shows far fewer people than this). */
export const MAX_USER_IDS = 100;

export interface UserNamesService {
  /** Display names by user id, for those of `ids` that are users of the actor's agency. */
  displayNames(actor: Actor, ids: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

export function createUserNamesService(deps: AuditDeps): UserNamesService {
  return {
    displayNames: (actor, ids) =>
      auditedTransaction(
        deps,
        actor,
        {
          action: 'user.read',
          resourceType: 'user',
          agencyId: actor.agencyId,
          details: { requested: ids.length },
          describe: (names) => ({ details: { requested: ids.length, shown: [...names.keys()] } }),
        },
        async (tx) => {
          requireAccess(actor, 'user.read');
          return displayNamesOf(tx, actor.agencyId, [...new Set(ids)]);
        },
      ),
  };
}
