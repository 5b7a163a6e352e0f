/**
 * Agency and community identifiers used in markings and the partner registry: lower-case slugs
 * such as `be-customs-antwerp` or `eu-ports-coalition`, made only by their parse functions.
 */
import type { Brand } from '../../core/brand.ts';
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';

export type AgencyId = Brand<string, 'AgencyId'>;
export type CommunityId = Brand<string, 'CommunityId'>;

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function parseAgencyId(raw: string): Result<AgencyId> {
  return SLUG.test(raw)
    ? ok(raw as AgencyId)
    : fail(diagnostic('agency-id.format', `"${raw}" is not an agency id (lower-case slug).`));
}

export function parseCommunityId(raw: string): Result<CommunityId> {
  return SLUG.test(raw)
    ? ok(raw as CommunityId)
    : fail(diagnostic('community-id.format', `"${raw}" is not a community id (lower-case slug).`));
}
