/**
 * Criminal networks behind cover loads and cloned containers. Each network runs front
 * consignees in the port's hinterland and front exporters in a source country. A front name is
 * used for a few shipments and then replaced by a new registration — the same front company under
 * a new name, often at a new address, sometimes keeping the old telephone or mailbox — while the
 * network's directors, telephone numbers and e-mail domain recur across all its names: the links
 * entity resolution should find.
 */
import type { Rng } from '../random.ts';
import type { Sector } from './commodities.ts';
import { SECTORS } from './commodities.ts';
import type { Company, CompanyRole } from './company.ts';
import { companyName, makeAddress, personName, phoneNumber } from './company-factory.ts';
import type { CompanyRegistry } from './company-registry.ts';
import type { NameParts } from './name-parts.ts';

const DAY_MS = 86_400_000;

export interface FrontNetwork {
  readonly id: string;
  readonly homeCountry: string;
  readonly sourceCountry: string;
  readonly directors: readonly string[];
  readonly phones: readonly string[];
  readonly emailDomain: string;
  readonly rng: Rng;
  /** The name in use per lineage (entity), and how many more shipments it will carry. */
  readonly current: Map<string, { company: Company; usesLeft: number }>;
}

const HOME = ['BE', 'BE', 'NL', 'NL', 'DE', 'FR'];
const SOURCE = ['EC', 'CO', 'CO', 'EC', 'PE', 'BR', 'PA', 'CR', 'DO'];

export function makeNetworks(parts: NameParts, rng: Rng, count: number): FrontNetwork[] {
  return Array.from({ length: count }, (_, i) => {
    const own = rng.fork(`network-${i}`);
    const homeCountry = own.pick(HOME);
    return {
      id: `NET-${String(i + 1).padStart(2, '0')}`,
      homeCountry,
      sourceCountry: own.pick(SOURCE),
      directors: [
        personName(parts, homeCountry, own),
        personName(parts, homeCountry, own),
        personName(parts, homeCountry, own),
      ],
      phones: [phoneNumber(parts, homeCountry, own), phoneNumber(parts, homeCountry, own)],
      emailDomain: `${own.pick(['mail', 'trade', 'import', 'biz'])}${own.digits(3)}.${homeCountry.toLowerCase()}`,
      rng: own,
      current: new Map(),
    };
  });
}

/** The front company a network uses for its next shipment in `role`, registering a new name when the old one is spent. */
export function frontCompany(
  net: FrontNetwork,
  role: Exclude<CompanyRole, 'forwarder'>,
  atMs: number,
  registry: CompanyRegistry,
  parts: NameParts,
): Company {
  const lineage = `${net.id}-${role === 'consignee' ? 'C' : 'S'}${net.rng.int(1, 2)}`;
  const held = net.current.get(lineage);
  if (held && held.usesLeft > 0) {
    held.usesLeft--;
    return held.company;
  }
  const company = registry.register(
    keepContacts(
      net,
      newFrontName(net, lineage, role, atMs, registry, parts, held?.company),
      held?.company,
    ),
  );
  net.current.set(lineage, { company, usesLeft: net.rng.int(0, 2) });
  return company;
}

/**
 * A new name often keeps its predecessor's telephone or mailbox. Drawn from a stream of the new
 * registration's own, so the network's stream (and every case planted from it) is unchanged.
 */
function keepContacts(net: FrontNetwork, company: Company, previous: Company | undefined): Company {
  if (!previous) return company;
  const r = net.rng.fork(`${company.id}/contacts`);
  return {
    ...company,
    ...(r.chance(0.5) ? { phone: previous.phone } : {}),
    ...(r.chance(0.4) ? { email: previous.email } : {}),
  };
}

function newFrontName(
  net: FrontNetwork,
  lineage: string,
  role: Exclude<CompanyRole, 'forwarder'>,
  atMs: number,
  registry: CompanyRegistry,
  parts: NameParts,
  previous: Company | undefined,
): Company {
  const r = net.rng;
  const country = role === 'consignee' ? net.homeCountry : net.sourceCountry;
  const name = companyName(parts, country, r, role);
  const keepAddress = previous !== undefined && r.chance(0.4);
  const sector: Sector = r.pick(SECTORS);
  const vatNumber = country === 'BE' ? `0${r.digits(9)}` : r.digits(9);
  const eu = ['BE', 'NL', 'DE', 'FR'].includes(country);
  return {
    id: registry.nextId(country),
    entityId: lineage,
    name,
    country,
    role,
    sector,
    founded: new Date(atMs - r.int(20, 200) * DAY_MS).toISOString().slice(0, 10),
    address: keepAddress ? previous.address : makeAddress(parts, country, r),
    phone: r.chance(0.6) ? r.pick(net.phones) : phoneNumber(parts, country, r),
    email: `${r.pick(['info', 'admin', 'import', 'contact'])}${r.chance(0.5) ? '' : r.digits(2)}@${r.chance(0.7) ? net.emailDomain : `${name.split(' ')[0]?.toLowerCase() ?? 'trade'}.com`}`,
    directors: [r.pick(net.directors)],
    ...(eu ? { vat: `${country}${vatNumber}`, eori: `${country}${vatNumber}` } : {}),
    front: true,
    network: net.id,
    shipments: 0,
  };
}
