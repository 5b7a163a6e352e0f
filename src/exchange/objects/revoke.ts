/**
 * Revocation: a new version of the object, flagged revoked, that travels through the same gate to
 * the same audience. Only the owner may revoke; the new `modified` must be later than the last.
 */
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import type { AgencyId } from '../markings/agency-id.ts';
import type { Shareable } from '../release/shareable.ts';

export function revoke<T extends Shareable>(object: T, by: AgencyId, at: string): Result<T> {
  if (by !== object.markings.owner)
    return fail(
      diagnostic('revocation.not-owner', `Only ${object.markings.owner} may revoke ${object.id}.`),
    );
  if (!(Date.parse(at) > Date.parse(object.modified)))
    return fail(
      diagnostic(
        'revocation.not-later',
        `Revocation at ${at} is not later than version ${object.modified}.`,
      ),
    );
  return ok({ ...object, revoked: true, modified: at });
}
