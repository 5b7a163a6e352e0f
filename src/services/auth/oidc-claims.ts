/**
 * From an OpenID Connect provider's claims to a Portcullis account: the agency and roles named by
 * the configured claims (roles renamed through the role map, unknown ones dropped), and a
 * username from `preferred_username` when it is free and well-formed.
 */
import { AppError } from '../../core/app-error.ts';
import { isRole, type Role } from '../access/roles.ts';
import type { OidcConfig } from '../config.ts';

export interface MappedClaims {
  readonly subject: string;
  readonly agencyId: string;
  readonly roles: readonly Role[];
  readonly displayName: string;
  readonly preferredUsername?: string;
}

const refuse = (why: string) => new AppError('unauthenticated', `Single sign-on refused: ${why}.`);

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : [];
}

export function mapClaims(
  config: OidcConfig,
  claims: Readonly<Record<string, unknown>>,
): MappedClaims {
  const subject = claims['sub'];
  if (typeof subject !== 'string' || subject === '') throw refuse('the provider sent no subject');
  const agency = claims[config.agencyClaim];
  if (typeof agency !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(agency))
    throw refuse(`claim "${config.agencyClaim}" does not name an agency`);
  const roles = [
    ...new Set(list(claims[config.rolesClaim]).map((r) => config.roleMap[r] ?? r)),
  ].filter(isRole);
  if (roles.length === 0) throw refuse(`claim "${config.rolesClaim}" gives no Portcullis role`);
  const name = claims['name'];
  const preferred = claims['preferred_username'];
  return {
    subject,
    agencyId: agency,
    roles,
    displayName: typeof name === 'string' && name !== '' ? name : subject,
    ...(typeof preferred === 'string' ? { preferredUsername: preferred.toLowerCase() } : {}),
  };
}
