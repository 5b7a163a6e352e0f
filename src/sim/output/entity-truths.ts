/**
 * Ground truth of the entities behind the party names: every company the run created, grouped
 * by the real-world entity it belongs to (a front company's successive names share one), with
 * every name (registered and as filed), address, telephone number, e-mail address and director it used; and the public
 * company register a customs service could consult (names, addresses, incorporation dates).
 */
import type { EntityAddress, EntityTruth } from '../ground-truth.ts';
import type { Company, CompanyAddress } from '../world/company.ts';
import { filedNames } from '../world/name-variants.ts';

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

function entityAddress(a: CompanyAddress, from?: number): EntityAddress {
  return {
    street: a.street,
    city: a.city,
    postcode: a.postcode,
    country: a.country,
    ...(from === undefined ? {} : { from: new Date(from).toISOString().slice(0, 10) }),
  };
}

export function entityTruths(companies: Iterable<Company>): EntityTruth[] {
  const groups = new Map<string, Company[]>();
  for (const c of companies) groups.set(c.entityId, [...(groups.get(c.entityId) ?? []), c]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entityId, list]) => {
      const first = list[0] as Company;
      const addresses = list.flatMap((c) => [
        entityAddress(c.address),
        ...(c.moved ? [entityAddress(c.moved.address, c.moved.at)] : []),
      ]);
      return {
        kind: 'entity',
        entityId,
        role: first.role,
        front: first.front,
        ...(first.network ? { network: first.network } : {}),
        companyIds: list.map((c) => c.id),
        names: unique(list.map((c) => c.name)),
        filedNames: unique(list.flatMap((c) => filedNames(c))),
        addresses: unique(addresses.map((a) => JSON.stringify(a))).map(
          (s) => JSON.parse(s) as EntityAddress,
        ),
        phones: unique(list.map((c) => c.phone)),
        emails: unique(list.map((c) => c.email)),
        directors: unique(list.flatMap((c) => c.directors)),
      };
    });
}

/** One register line per company: what a company register would show, without any truth. */
export function registerEntry(c: Company): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    country: c.country,
    founded: c.founded,
    address: c.address,
    ...(c.moved
      ? { movedOn: new Date(c.moved.at).toISOString().slice(0, 10), newAddress: c.moved.address }
      : {}),
    ...(c.vat ? { vat: c.vat } : {}),
    directors: c.directors,
  };
}
