/**
 * The inverse converters: the exchange objects in a received STIX bundle. Supporting objects
 * (marking and extension definitions, identities, a container alert's container and location) are
 * read through the objects that reference them. An object whose markings or content cannot be read
 * is refused with a diagnostic naming its id; the others still come through.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import type { AgencyId } from '../markings/agency-id.ts';
import type { ExchangeObject } from '../objects/exchange-object.ts';
import type { LookoutCriterion } from '../objects/lookout.ts';
import { CONCEALMENTS } from '../objects/seizure-report.ts';
import { agencyIdentityId } from './agency-identity.ts';
import { extensionId, type ExtensionName } from './extension-definitions.ts';
import { markingsFromStix } from './markings-from-stix.ts';
import { RFI_ANSWER_LABEL, RFI_LABEL } from './rfi-to-stix.ts';
import type { StixBundle, StixObject } from './stix-object.ts';

type Props = Record<string, unknown>;

export interface BundleContents {
  readonly objects: readonly ExchangeObject[];
  readonly problems: readonly Diagnostic[];
}

export function exchangeObjectsFromBundle(bundle: StixBundle): BundleContents {
  const byId = new Map(bundle.objects.map((o) => [o.id, o]));
  const objects: ExchangeObject[] = [];
  const problems: Diagnostic[] = [];
  for (const o of bundle.objects) {
    const kind = kindOf(o);
    if (kind === undefined) continue;
    const r = fromStix(o, kind, byId);
    if (r.ok) objects.push(r.value);
    else problems.push(...r.diagnostics);
  }
  return { objects, problems };
}

type Kind = ExchangeObject['kind'];

function kindOf(o: StixObject): Kind | undefined {
  switch (o.type) {
    case 'indicator':
      return 'lookout';
    case 'incident':
      return 'seizure-report';
    case 'sighting':
      return 'hit';
    case 'report':
      return 'container-alert';
    case 'note': {
      const labels = Array.isArray(o['labels']) ? (o['labels'] as unknown[]) : [];
      if (labels.includes(RFI_LABEL)) return 'rfi';
      return labels.includes(RFI_ANSWER_LABEL) ? 'rfi-answer' : undefined;
    }
    default:
      return undefined;
  }
}

function fromStix(
  o: StixObject,
  kind: Kind,
  byId: Map<string, StixObject>,
): Result<ExchangeObject> {
  const markings = markingsFromStix(o, byId);
  if (!markings.ok) return markings;
  const content = contentOf(o, kind, markings.value.owner);
  if (!content.ok) return content;
  const base = {
    id: o.id,
    created: str(o['created']) ?? '',
    modified: str(o['modified']) ?? '',
    revoked: o['revoked'] === true,
    markings: markings.value,
  };
  if (base.created === '' || base.modified === '')
    return bad(o, 'created/modified', 'the object has no created or modified time');
  return ok({ ...base, kind, content: content.value } as ExchangeObject);
}

function contentOf(o: StixObject, kind: Kind, owner: AgencyId): Result<unknown> {
  switch (kind) {
    case 'lookout':
      return lookoutContent(o);
    case 'seizure-report':
      return seizureContent(o);
    case 'hit':
      return hitContent(o, owner);
    case 'container-alert':
      return alertContent(o);
    case 'rfi':
      return need(o, {
        subject: str(o['abstract']),
        question: str(o['content']),
        aboutRefs: strings(o['object_refs'])?.filter((r) => !r.startsWith('identity--')),
      });
    case 'rfi-answer':
      return need(o, { rfiId: strings(o['object_refs'])?.[0], answer: str(o['content']) });
  }
}

function lookoutContent(o: StixObject): Result<unknown> {
  const ext = extensionProps(o, 'lookout');
  const criteria = Array.isArray(ext?.['criteria'])
    ? (ext['criteria'] as unknown[]).map(criterionOf)
    : undefined;
  if (!criteria || criteria.length === 0 || criteria.some((c) => c === undefined))
    return bad(o, 'criteria', 'the lookout criteria are missing or unreadable');
  return need(o, {
    title: str(o['name']),
    ...opt('description', str(o['description'])),
    criteria,
    holdRequired: bool(ext?.['hold_required']),
    hitsRequested: bool(ext?.['hits_requested']),
    validFrom: str(o['valid_from']),
    ...opt('validUntil', str(o['valid_until'])),
  });
}

function criterionOf(v: unknown): LookoutCriterion | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const c = v as Props;
  const value = str(c['value']);
  switch (c['kind']) {
    case 'container-number':
    case 'party-name':
      return value === undefined ? undefined : { kind: c['kind'], value };
    case 'party-identifier': {
      const scheme = str(c['scheme']);
      return value === undefined || !['eori', 'scac', 'tax-id', 'imo'].includes(scheme ?? '')
        ? undefined
        : ({ kind: 'party-identifier', scheme, value } as LookoutCriterion);
    }
    case 'cargo':
      return Array.isArray(c['conditions']) && c['conditions'].length > 0
        ? { kind: 'cargo', conditions: c['conditions'] }
        : undefined;
    default:
      return undefined;
  }
}

function seizureContent(o: StixObject): Result<unknown> {
  const ext = extensionProps(o, 'seizure') ?? {};
  const concealment = CONCEALMENTS.find((c) => c === ext['concealment']);
  return need(o, {
    title: str(o['name']),
    ...opt('description', str(o['description'])),
    seizedAt: str(ext['seized_at']),
    portLocode: str(ext['port_locode']),
    ...opt('containerNumber', str(ext['container_number'])),
    substance: str(ext['substance']),
    kilograms: typeof ext['kilograms'] === 'number' ? ext['kilograms'] : undefined,
    concealment,
  });
}

function hitContent(o: StixObject, owner: AgencyId): Result<unknown> {
  const ext = extensionProps(o, 'hit') ?? {};
  const sighter = strings(o['where_sighted_refs'])?.[0];
  return need(o, {
    lookoutId: str(o['sighting_of_ref']),
    // A node reports only its own sightings: the sighter is the owner.
    sightedBy: sighter === agencyIdentityId(owner) ? owner : undefined,
    firstSeen: str(o['first_seen']),
    lastSeen: str(o['last_seen']),
    count: typeof o['count'] === 'number' ? o['count'] : 1,
    containerNumbers: strings(ext['container_numbers']) ?? [],
    ...opt('consignmentReference', str(ext['consignment_reference'])),
    matchedOn: strings(ext['matched_on']) ?? [],
  });
}

function alertContent(o: StixObject): Result<unknown> {
  const ext = extensionProps(o, 'container-alert') ?? {};
  const refs = strings(o['object_refs']) ?? [];
  return need(o, {
    containerNumber: str(ext['container_number']),
    destinationLocode: str(ext['destination_locode']),
    ...opt('expectedArrival', str(ext['expected_arrival'])),
    reason: str(ext['reason']),
    holdRequested: bool(ext['hold_requested']),
    containerObjectId: refs.find((r) => r.startsWith('portcullis-container--')),
    locationObjectId: refs.find((r) => r.startsWith('location--')),
  });
}

function extensionProps(o: StixObject, name: ExtensionName): Props | undefined {
  const ext = o['extensions'] as Props | undefined;
  const props = ext?.[extensionId(name)];
  return typeof props === 'object' && props !== null ? (props as Props) : undefined;
}

/** The content when every member is present, else a diagnostic naming the missing ones. */
function need(o: StixObject, content: Props): Result<unknown> {
  const missing = Object.entries(content)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  return missing.length === 0
    ? ok(content)
    : bad(o, missing.join(', '), `missing or invalid: ${missing.join(', ')}`);
}

function bad(o: StixObject, field: string, why: string): Result<never> {
  return fail(diagnostic('stix.content', `${o.id}: ${why}.`, { field, pointer: `/${o.id}` }));
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
const opt = <K extends string>(k: K, v: string | undefined) =>
  (v === undefined ? {} : { [k]: v }) as Partial<Record<K, string>>;
