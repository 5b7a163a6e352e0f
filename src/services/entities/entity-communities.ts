/**
 * The communities an analyst looks for: small groups of companies and persons bound by shared
 * identifiers, directors and repeated dealings (`src/intel/graph/party-network.ts`), ranked by
 * seizures, screening hits and lookout hits on their members, each with a summary that reads:
 * counts by kind, members (capped, with the total), the reasons it ranks, what binds it. The
 * hubs left out are returned too, so nothing is hidden. Network and Louvain run once per state of
 * the agency's entities and hub threshold; the risk signals are read at each call.
 */
import type { PartyRole } from '../../core/cargo/party.ts';
import {
  buildPartyNetwork,
  DEALING_ROLES,
  DEFAULT_MAX_COMPANIES,
  describeReason,
  partyCommunities,
  rankCommunities,
  type CommunityReason,
  type CommunitySignals,
  type GraphNode,
  type Hub,
  type NetworkConsignment,
  type PartyCommunity,
  type PartyNetwork,
  type SharedBinding,
} from '../../intel/graph/index.ts';
import { listAgencyLookoutHits, listHitParties, type Db } from '../../storage/index.ts';
import type { AgencyEntities } from './agency-entities.ts';

/** Members and shared identifiers listed per community; the totals are given beside them. */
export const SUMMARY_MEMBERS = 12;
export const SUMMARY_BINDS = 8;
/** Communities and hubs listed at most, highest ranked first; the totals are given beside them. */
export const COMMUNITIES_LISTED = 500;
export const HUBS_LISTED = 200;

export interface CommunityOptions {
  /** Fewest members (companies and persons) a community has; default 2. */
  readonly minSize?: number;
  /** Companies an identifier, person or party may link before it is left out as a hub. */
  readonly maxCompanies?: number;
}

export interface CommunityMember extends GraphNode {
  readonly entityId?: string;
  readonly roles: readonly string[];
}

export interface CommunitySummary {
  readonly size: number;
  readonly counts: { readonly companies: number; readonly persons: number };
  readonly members: { readonly total: number; readonly items: readonly CommunityMember[] };
  readonly reasons: ReadonlyArray<CommunityReason & { readonly text: string }>;
  readonly binds: { readonly total: number; readonly items: readonly SharedBinding[] };
  readonly dealings: { readonly pairs: number; readonly consignments: number };
  readonly density: number;
}

export interface CommunityView {
  readonly id: number;
  readonly members: readonly GraphNode[];
  readonly summary: CommunitySummary;
}

export interface CommunityList {
  readonly items: readonly CommunityView[];
  readonly total: number;
  readonly hubs: {
    readonly threshold: number;
    readonly total: number;
    readonly items: readonly Hub[];
  };
}

interface Found {
  readonly network: PartyNetwork;
  readonly communities: readonly PartyCommunity[];
  readonly roles: ReadonlyMap<string, readonly string[]>;
}

const found = new WeakMap<AgencyEntities, Map<string, Found>>();
const isDealer = (role: PartyRole): boolean => DEALING_ROLES.includes(role);

/** Each party as its entity, named as the entity is everywhere else (its first member's name). */
function networkInput(state: AgencyEntities): NetworkConsignment[] {
  const byConsignment = new Map<string, NetworkConsignment['parties'][number][]>();
  for (const p of state.parties.values()) {
    const list = byConsignment.get(p.consignmentId) ?? [];
    byConsignment.set(p.consignmentId, list);
    const { eori, vat } = p.party.identifiers ?? {};
    const entityId = state.entityOfParty.get(p.id) ?? p.id;
    const first = state.entities.get(entityId)?.memberIds[0];
    list.push({
      entityId,
      name:
        (first === undefined ? undefined : state.parties.get(first)?.party.name) ?? p.party.name,
      role: p.party.role,
      ...(p.party.address ? { address: p.party.address } : {}),
      ...(p.party.phone ? { phone: p.party.phone } : {}),
      ...(p.party.email ? { email: p.party.email } : {}),
      ...(eori ? { eori } : {}),
      ...(vat ? { vat } : {}),
    });
  }
  return [...byConsignment].map(([id, parties]) => ({ id, parties }));
}

function rolesOf(state: AgencyEntities): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  for (const p of state.parties.values()) {
    const node = `company:${state.entityOfParty.get(p.id) ?? p.id}`;
    const list = roles.get(node) ?? [];
    if (!list.includes(p.party.role)) list.push(p.party.role);
    roles.set(node, list);
  }
  return roles;
}

function communitiesOf(state: AgencyEntities, maxCompanies: number, minSize: number): Found {
  const cache = found.get(state) ?? new Map<string, Found>();
  found.set(state, cache);
  const key = `${maxCompanies}:${minSize}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const network = buildPartyNetwork({ consignments: networkInput(state) }, maxCompanies);
  let seed = 42;
  const rng = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const result = {
    network,
    communities: partyCommunities(network, rng, minSize),
    roles: rolesOf(state),
  };
  cache.set(key, result);
  return result;
}

/** Seizures, watchlist hits and lookout hits, each as the entities it concerns. */
async function signalsOf(
  state: AgencyEntities,
  db: Db,
  agencyId: string,
): Promise<CommunitySignals> {
  const [hits, lookouts] = await Promise.all([
    listHitParties(db, agencyId),
    listAgencyLookoutHits(db, agencyId),
  ]);
  const dealersOfBill = new Map<string, string[]>();
  const partyOf = new Map<string, string>();
  for (const p of state.parties.values()) {
    const entity = state.entityOfParty.get(p.id) ?? p.id;
    partyOf.set(`${p.billNumber}\n${p.party.role}\n${p.party.name}`, entity);
    if (!isDealer(p.party.role)) continue;
    dealersOfBill.set(p.billNumber, [...(dealersOfBill.get(p.billNumber) ?? []), entity]);
  }
  return {
    seizures: state.seizures.map((s) => ({
      id: s.id,
      reference: `S-${s.id.slice(0, 8).toUpperCase()}`,
      label: `${s.netKg} kg ${s.substance}`,
      billNumber: s.billNumber,
      entityIds: dealersOfBill.get(s.billNumber) ?? [],
    })),
    watchlistHits: hits.flatMap((h) => {
      const entityId = partyOf.get(`${h.billNumber}\n${h.partyRole}\n${h.partyName}`);
      return entityId === undefined ? [] : [{ ...h, entityId }];
    }),
    lookoutHits: lookouts.map((h) => ({
      ...h,
      entityIds: dealersOfBill.get(h.billNumber) ?? [],
    })),
  };
}

/** Entities (as node ids) that a seizure, a watchlist hit or a lookout hit names. */
function flaggedOf(signals: CommunitySignals): Set<string> {
  const ids = [
    ...signals.seizures.flatMap((s) => s.entityIds),
    ...signals.watchlistHits.map((h) => h.entityId),
    ...signals.lookoutHits.flatMap((h) => h.entityIds),
  ];
  return new Set(ids.map((e) => `company:${e}`));
}

function memberOf(f: Found, id: string): CommunityMember {
  const person = id.startsWith('person:');
  const rest = id.slice(id.indexOf(':') + 1);
  return {
    id,
    kind: person ? 'person' : 'company',
    label: person ? rest : (f.network.labels.get(id) ?? rest),
    ...(person ? {} : { entityId: rest }),
    roles: f.roles.get(id) ?? [],
  };
}

function viewOf(
  f: Found,
  c: PartyCommunity & { id: number; reasons: readonly CommunityReason[] },
  flagged: ReadonlySet<string>,
): CommunityView {
  const members = c.members.map((id) => memberOf(f, id));
  const persons = members.filter((m) => m.kind === 'person').length;
  const listed = [...members].sort(
    (a, b) =>
      Number(flagged.has(b.id)) - Number(flagged.has(a.id)) || a.label.localeCompare(b.label),
  );
  return {
    id: c.id,
    members: members.map((m) => ({ id: m.id, kind: m.kind, label: m.label })),
    summary: {
      size: members.length,
      counts: { companies: members.length - persons, persons },
      members: { total: members.length, items: listed.slice(0, SUMMARY_MEMBERS) },
      reasons: c.reasons.map((r) => ({ ...r, text: describeReason(r) })),
      binds: { total: c.binds.length, items: c.binds.slice(0, SUMMARY_BINDS) },
      dealings: c.dealings,
      density: Math.round(c.density * 1000) / 1000,
    },
  };
}

/** The agency's communities, highest risk first, with the hubs left out. */
export async function listCommunities(
  state: AgencyEntities,
  db: Db,
  agencyId: string,
  options: CommunityOptions = {},
): Promise<CommunityList> {
  const maxCompanies = options.maxCompanies ?? DEFAULT_MAX_COMPANIES;
  const f = communitiesOf(state, maxCompanies, options.minSize ?? 2);
  const signals = await signalsOf(state, db, agencyId);
  const ranked = rankCommunities(f.communities, signals);
  const flagged = flaggedOf(signals);
  return {
    items: ranked.slice(0, COMMUNITIES_LISTED).map((c) => viewOf(f, c, flagged)),
    total: ranked.length,
    hubs: {
      threshold: maxCompanies,
      total: f.network.hubs.length,
      items: f.network.hubs.slice(0, HUBS_LISTED),
    },
  };
}
