/**
 * The party network that communities are found in: companies (resolved entities) and persons
 * (directors), linked by what they share — a telephone number, an e-mail address or domain, an
 * address, an EORI or VAT number, a director — and by their dealings: shipper, consignee and
 * notify party on the same consignment, weighted by how many consignments they share. Vessels,
 * containers and the other roles (forwarder, carrier, agent) link nobody: sharing a ship or a
 * forwarder is not evidence of a network, and neither is one consignment together (ordinary
 * trade): dealings bind two parties when they repeat, or when they already share something. A hub — an identifier or person held by more than
 * `maxCompanies` companies (a port-area address, a big forwarder's switchboard), or a party that
 * dealt with more than `maxCompanies` others (a large importer) — is left out and listed.
 */
import { UndirectedGraph } from 'graphology';
import type { BindingKind, HubKind } from './community-kinds.ts';
import { normalizeAddress, type AddressInput } from '../normalize/normalize-address.ts';
import { identifierKeys } from '../resolution/identifier-keys.ts';
import type { GraphDirector, GraphParty } from './build-link-graph.ts';
import { nodeId } from './link-graph.ts';

export { BINDING_KINDS, type BindingKind } from './community-kinds.ts';

/** The roles whose co-occurrence on a consignment is a dealing between two parties. */
export const DEALING_ROLES: readonly string[] = ['shipper', 'consignee', 'notify'];

/** Link weight of one shared identifier or director; a dealing weighs one per consignment. */
export const BINDING_WEIGHT = 3;

/** Consignments two parties must share for their dealings alone to bind them. */
export const REPEATED_DEALINGS = 2;

/** Companies an identifier, a person or a party may link before it counts as a hub. */
export const DEFAULT_MAX_COMPANIES = 10;

/** A party as the link graph takes it, with the identifiers that bind companies too. */
export interface NetworkParty extends GraphParty {
  readonly eori?: string;
  readonly vat?: string;
}

export interface NetworkConsignment {
  readonly id: string;
  readonly parties: readonly NetworkParty[];
}

export interface PartyNetworkInput {
  readonly consignments: Iterable<NetworkConsignment>;
  readonly directors?: Iterable<GraphDirector>;
}

/** An identifier or director held by several companies: what binds them. */
export interface Binding {
  readonly kind: BindingKind;
  readonly value: string;
  readonly label: string;
  readonly holders: ReadonlySet<string>;
}

/** Something left out of the network for linking too many companies. */
export interface Hub {
  readonly kind: HubKind;
  readonly id: string;
  readonly label: string;
  readonly companies: number;
}

export interface PartyNetwork {
  /** The links that bind (shared identifiers and directors, repeated dealings), weighted. */
  readonly graph: UndirectedGraph<
    { kind: 'company' | 'person'; label: string },
    { weight: number }
  >;
  /** Every company's name, hubs included. */
  readonly labels: ReadonlyMap<string, string>;
  /** Identifiers and directors held by two or more companies of the network (no hubs). */
  readonly bindings: readonly Binding[];
  /** Consignments shared by each dealing pair (`a`, separator, `b`; a < b), hubs left out. */
  readonly dealings: ReadonlyMap<string, number>;
  readonly hubs: readonly Hub[];
  readonly maxCompanies: number;
}

interface Collected {
  readonly labels: Map<string, string>;
  readonly holders: Map<string, Binding>;
  readonly dealings: Map<string, number>;
}

/** Joins the two node ids of a pair; no node id contains it. */
export const PAIR_SEPARATOR = '\u0001';
const pairKey = (a: string, b: string): string =>
  a < b ? `${a}${PAIR_SEPARATOR}${b}` : `${b}${PAIR_SEPARATOR}${a}`;

/** An address's key and label, undefined without a street and a city; the same premises recur. */
type AddressBinding = readonly [string, string] | undefined;

function addressOf(a: AddressInput, seen: Map<string, AddressBinding>): AddressBinding {
  const raw = [a.street, a.city, a.postcode, a.country].join('\n');
  if (seen.has(raw)) return seen.get(raw);
  const key = normalizeAddress(a);
  const label = [a.street, a.city, a.country].filter(Boolean).join(', ');
  const binding: AddressBinding =
    key.street !== '' && key.city !== '' ? [key.key, label] : undefined;
  seen.set(raw, binding);
  return binding;
}

function bindingsOf(
  p: NetworkParty,
  addresses: Map<string, AddressBinding>,
): Array<[BindingKind, string, string]> {
  const out: Array<[BindingKind, string, string]> = [];
  for (const [kind, value] of identifierKeys(p))
    if (kind !== 'imo') out.push([kind, value, kind === 'phone' ? (p.phone ?? value) : value]);
  const address = p.address && addressOf(p.address, addresses);
  if (address) out.push(['address', address[0], address[1]]);
  return out;
}

function hold(c: Collected, kind: BindingKind, value: string, label: string, node: string): void {
  const id = `${kind}:${value}`;
  const held = c.holders.get(id);
  // The same label whatever order the parties come in: the smallest of the spellings.
  const b = { kind, value, label, holders: held?.holders ?? new Set<string>() };
  if (held && held.label < label) b.label = held.label;
  c.holders.set(id, b);
  (b.holders as Set<string>).add(node);
}

function collect(input: PartyNetworkInput): Collected {
  const c: Collected = { labels: new Map(), holders: new Map(), dealings: new Map() };
  const addresses = new Map<string, AddressBinding>();
  for (const consignment of input.consignments) {
    const dealers = new Set<string>();
    for (const p of consignment.parties) {
      const node = nodeId('company', p.entityId);
      if (!c.labels.has(node)) c.labels.set(node, p.name);
      for (const [kind, value, label] of bindingsOf(p, addresses))
        hold(c, kind, value, label, node);
      if (DEALING_ROLES.includes(p.role)) dealers.add(node);
    }
    const list = [...dealers];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = pairKey(list[i] ?? '', list[j] ?? '');
        c.dealings.set(key, (c.dealings.get(key) ?? 0) + 1);
      }
  }
  for (const d of input.directors ?? []) {
    const company = nodeId('company', d.entityId);
    if (!c.labels.has(company)) c.labels.set(company, d.entityId);
    hold(c, 'director', d.person, d.person, company);
  }
  return c;
}

/** Parties that dealt with more than `max` others, as hubs. */
function partyHubs(c: Collected, max: number): Hub[] {
  const partners = new Map<string, number>();
  for (const key of c.dealings.keys())
    for (const node of key.split(PAIR_SEPARATOR)) partners.set(node, (partners.get(node) ?? 0) + 1);
  return [...partners]
    .filter(([, n]) => n > max)
    .map(([id, n]) => ({ kind: 'company', id, label: c.labels.get(id) ?? id, companies: n }));
}

const byLinks = (a: Hub, b: Hub): number =>
  b.companies - a.companies || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildPartyNetwork(
  input: PartyNetworkInput,
  maxCompanies = DEFAULT_MAX_COMPANIES,
): PartyNetwork {
  const c = collect(input);
  const hubs: Hub[] = partyHubs(c, maxCompanies);
  const hubParties = new Set(hubs.map((h) => h.id));
  const bindings: Binding[] = [];
  for (const [id, b] of c.holders) {
    const holders = new Set([...b.holders].filter((n) => !hubParties.has(n)));
    if (holders.size > maxCompanies)
      hubs.push({ kind: b.kind, id, label: b.label, companies: holders.size });
    else if (holders.size >= 2) bindings.push({ ...b, holders });
  }
  const dealings = new Map(
    [...c.dealings].filter(([key]) => !key.split(PAIR_SEPARATOR).some((n) => hubParties.has(n))),
  );
  return {
    graph: weightedGraph(c.labels, bindings, dealings),
    labels: c.labels,
    bindings,
    dealings,
    hubs: hubs.sort(byLinks),
    maxCompanies,
  };
}

/**
 * Companies and persons with the summed weight of what each pair shares; one consignment
 * together is ordinary trade and binds nobody. A fixed node order keeps Louvain repeatable.
 */
function weightedGraph(
  labels: ReadonlyMap<string, string>,
  bindings: readonly Binding[],
  dealings: ReadonlyMap<string, number>,
): PartyNetwork['graph'] {
  const weights = new Map<string, number>();
  const add = (key: string, w: number): void => void weights.set(key, (weights.get(key) ?? 0) + w);
  for (const b of bindings) {
    if (b.kind === 'director') {
      for (const company of b.holders)
        add(pairKey(nodeId('person', b.value), company), BINDING_WEIGHT);
      continue;
    }
    const list = [...b.holders];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        add(pairKey(list[i] ?? '', list[j] ?? ''), BINDING_WEIGHT);
  }
  for (const [key, n] of dealings) if (n >= REPEATED_DEALINGS || weights.has(key)) add(key, n);
  const graph: PartyNetwork['graph'] = new UndirectedGraph();
  for (const key of [...weights.keys()].sort()) {
    const [a = '', b = ''] = key.split(PAIR_SEPARATOR);
    for (const node of [a, b])
      if (!graph.hasNode(node))
        graph.addNode(node, {
          kind: node.startsWith('person:') ? 'person' : 'company',
          label: labels.get(node) ?? node.slice(node.indexOf(':') + 1),
        });
    graph.addEdge(a, b, { weight: weights.get(key) ?? 0 });
  }
  return graph;
}
