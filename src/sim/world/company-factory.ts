/**
 * Makes a company from the name parts of its country: a name in the local style with a legal
 * form, an address, a telephone number, an e-mail address, directors and, in the EU, VAT and EORI
 * numbers. Every field comes from the random stream it is given.
 */
import type { Rng } from '../random.ts';
import type { Sector } from './commodities.ts';
import type { Company, CompanyAddress, CompanyRole } from './company.ts';
import { countryParts, languageParts, type NameParts } from './name-parts.ts';

const EU = new Set([
  'BE',
  'NL',
  'DE',
  'FR',
  'LU',
  'AT',
  'IT',
  'ES',
  'PT',
  'GR',
  'MT',
  'IE',
  'SE',
  'FI',
  'PL',
  'DK',
]);
const DAY_MS = 86_400_000;

export interface CompanySpec {
  readonly id: string;
  readonly entityId: string;
  readonly country: string;
  readonly role: CompanyRole;
  readonly sector: Sector | 'forwarding';
  readonly foundedMs: number;
  readonly front: boolean;
  readonly network?: string;
}

export function companyName(
  parts: NameParts,
  country: string,
  rng: Rng,
  role: CompanyRole,
): string {
  const cp = countryParts(parts, country);
  const lp = languageParts(parts, cp);
  const suffix = rng.pick(cp.suffixes);
  const word = rng.pick(lp.words);
  const style = rng.int(0, role === 'forwarder' ? 1 : 3);
  if (style === 0) return `${rng.pick(lp.surnames)} ${word} ${suffix}`;
  if (style === 1)
    return `${word} ${role === 'forwarder' ? 'Logistics' : rng.pick(lp.words)} ${suffix}`;
  if (style === 2) return `${rng.pick(lp.surnames)} & ${rng.pick(lp.surnames)} ${suffix}`;
  return `${word} ${rng.pick(lp.surnames)} ${suffix}`;
}

export function makeAddress(parts: NameParts, country: string, rng: Rng): CompanyAddress {
  const cp = countryParts(parts, country);
  const lp = languageParts(parts, cp);
  const [city, prefix, region] = rng.pick(cp.cities);
  const street = rng
    .pick(lp.street)
    .replace('{name}', rng.pick(lp.streetNames))
    .replace('{n}', String(rng.int(1, 400)));
  const postcode =
    prefix === '' ? '' : prefix.length >= 4 ? prefix : prefix + rng.digits(5 - prefix.length);
  return { street, city, postcode, region, country };
}

export function personName(parts: NameParts, country: string, rng: Rng): string {
  const lp = languageParts(parts, countryParts(parts, country));
  return `${rng.pick(lp.firstNames)} ${rng.pick(lp.surnames)}`;
}

export function phoneNumber(parts: NameParts, country: string, rng: Rng): string {
  return `${countryParts(parts, country).phone} ${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`;
}

export function emailFor(parts: NameParts, name: string, country: string, rng: Rng): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .split(' ')
    .filter((w) => w.length > 2)
    .slice(0, 2)
    .join('');
  const box = rng.pick(['info', 'import', 'export', 'sales', 'office', 'logistics']);
  return `${box}@${slug || 'trade'}.${countryParts(parts, country).tld}`;
}

function taxIds(country: string, rng: Rng): { vat?: string; eori?: string } {
  if (country === 'GB') return { eori: `GB${rng.digits(12)}` };
  if (!EU.has(country)) return {};
  const number = country === 'BE' ? `0${rng.digits(9)}` : rng.digits(9);
  return { vat: `${country}${number}`, eori: `${country}${number}` };
}

export function makeCompany(
  parts: NameParts,
  spec: CompanySpec,
  rng: Rng,
  windowMs: readonly [number, number],
): Company {
  const name = companyName(parts, spec.country, rng, spec.role);
  const directors = [personName(parts, spec.country, rng)];
  if (rng.chance(0.4)) directors.push(personName(parts, spec.country, rng));
  const moves = !spec.front && rng.chance(0.05);
  const { foundedMs, ...identity } = spec;
  const company: Company = {
    ...identity,
    ...taxIds(spec.country, rng),
    name,
    founded: new Date(foundedMs).toISOString().slice(0, 10),
    address: makeAddress(parts, spec.country, rng),
    phone: phoneNumber(parts, spec.country, rng),
    email: emailFor(parts, name, spec.country, rng),
    directors,
    shipments: 0,
  };
  if (!moves) return company;
  const at = Math.floor(rng.real(windowMs[0] - 180 * DAY_MS, windowMs[1]) / DAY_MS) * DAY_MS;
  return { ...company, moved: { at, address: makeAddress(parts, spec.country, rng) } };
}
