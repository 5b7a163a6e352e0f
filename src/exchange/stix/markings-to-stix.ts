/**
 * Markings as STIX: the standard TLP 2.0 marking definition plus one Portcullis marking definition
 * (handling code, evaluation, releasability, purpose, expiry, owner, onward sharing). The latter's
 * id is derived from its content, so identical markings share one definition. `receivedFrom` is
 * local provenance and never appears.
 */
import { canonicalJson } from '../../core/canonical-json.ts';
import type { Markings } from '../markings/markings.ts';
import { tlpMarkingId } from '../markings/tlp.ts';
import { agencyIdentityId } from './agency-identity.ts';
import { extensionId } from './extension-definitions.ts';
import type { StixObject } from './stix-object.ts';
import { uuidV5 } from './uuid-v5.ts';

const CREATED = '2025-01-01T00:00:00.000Z';

export interface StixMarkings {
  readonly objectMarkingRefs: readonly string[];
  readonly definition: StixObject;
}

/** Per markings record: a bundle converts each object's markings twice (definition, references). */
const converted = new WeakMap<Markings, StixMarkings>();

export function markingsToStix(m: Markings): StixMarkings {
  const known = converted.get(m);
  if (known !== undefined) return known;
  const made = convert(m);
  converted.set(m, made);
  return made;
}

function convert(m: Markings): StixMarkings {
  const properties = markingProperties(m);
  const id = `marking-definition--${uuidV5(`markings:${canonicalJson(properties)}`)}`;
  const definition: StixObject = {
    type: 'marking-definition',
    spec_version: '2.1',
    id,
    created: CREATED,
    created_by_ref: agencyIdentityId(m.owner),
    name: `Portcullis ${m.handling.code} ${m.evaluation.reliability}${m.evaluation.accuracy}`,
    extensions: {
      [extensionId('markings')]: { extension_type: 'property-extension', ...properties },
    },
  };
  return { objectMarkingRefs: [tlpMarkingId(m.tlp), id], definition };
}

function markingProperties(m: Markings): Record<string, unknown> {
  return dropEmpty({
    handling_code: m.handling.code,
    handling_restriction: m.handling.code === 'H3' ? m.handling.restriction : undefined,
    source_reliability: m.evaluation.reliability,
    information_accuracy: m.evaluation.accuracy,
    releasable_to_agencies: [...m.releasability.agencies].sort(),
    releasable_to_communities: [...m.releasability.communities].sort(),
    purpose: m.purpose,
    legal_basis: m.legalBasis,
    expires:
      m.expiresAt === undefined ? undefined : new Date(Date.parse(m.expiresAt)).toISOString(),
    owner: m.owner,
    onward_sharing: m.onwardSharing,
  });
}

/** STIX forbids empty lists and empty strings in custom properties: leave them out. */
export function dropEmpty(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}
