/**
 * The companies of the simulated world. Legitimate shippers, consignees and forwarders are drawn
 * from pools per country and sector, created on first use from their own random stream (so the
 * run is the same whatever order they are met in); a few large ones get most of the trade.
 * Front companies belong to criminal networks and are created when a case needs one.
 */
import type { Rng } from '../random.ts';
import { WeightedTable } from '../weighted-table.ts';
import type { Sector } from './commodities.ts';
import type { Company, CompanyRole } from './company.ts';
import { makeCompany } from './company-factory.ts';
import type { NameParts } from './name-parts.ts';

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;

/** Where the port's import consignees are, by weight, with the home country added on top. */
const CONSIGNEE_COUNTRIES: Readonly<Record<string, number>> = {
  BE: 30,
  NL: 14,
  DE: 18,
  FR: 14,
  LU: 2,
  AT: 2,
  CH: 3,
  PL: 3,
  IT: 3,
  GB: 4,
};

export class CompanyRegistry {
  private readonly companies = new Map<string, Company>();
  private readonly consigneeCountries: WeightedTable<string>;
  private serial = 0;

  constructor(
    private readonly parts: NameParts,
    private readonly rng: Rng,
    private readonly window: readonly [number, number],
    homeCountry: string,
  ) {
    const weights = {
      ...CONSIGNEE_COUNTRIES,
      [homeCountry]: (CONSIGNEE_COUNTRIES[homeCountry] ?? 0) + 30,
    };
    this.consigneeCountries = new WeightedTable(Object.entries(weights));
  }

  shipper(country: string, sector: Sector, rng: Rng): Company {
    return this.pooled('shipper', country, sector, 16, rng);
  }

  consignee(sector: Sector, rng: Rng): Company {
    return this.pooled('consignee', this.consigneeCountries.draw(rng), sector, 30, rng);
  }

  forwarder(country: string, rng: Rng): Company {
    return this.pooled('forwarder', country, 'forwarding', 8, rng);
  }

  /** Every company created so far. */
  all(): IterableIterator<Company> {
    return this.companies.values();
  }

  /** Registers a company built elsewhere (front companies). */
  register(company: Company): Company {
    this.companies.set(company.id, company);
    return company;
  }

  nextId(country: string): string {
    this.serial++;
    return `${country}-F${String(this.serial).padStart(6, '0')}`;
  }

  private pooled(
    role: CompanyRole,
    country: string,
    sector: Sector | 'forwarding',
    size: number,
    rng: Rng,
  ): Company {
    // Squaring a uniform draw skews the pick towards the first (largest) companies of the pool.
    const index = Math.floor(size * rng.next() ** 2);
    const id = `${country}-${role.slice(0, 2).toUpperCase()}-${sector}-${index}`;
    const found = this.companies.get(id);
    if (found) return found;
    const own = this.rng.fork(id);
    const foundedMs = this.window[0] - own.real(2, 60) * YEAR_MS;
    const spec = { id, entityId: id, country, role, sector, foundedMs, front: false };
    return this.register(makeCompany(this.parts, spec, own, this.window));
  }
}
