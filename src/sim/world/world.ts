/**
 * The simulated world, built once per run from the configuration: the home port and its
 * terminals, the services that call there with their fleets, the commodity choosers per origin
 * country (reefer share calibrated to the target), the company registry and the criminal
 * networks. Everything later drawn for a day comes from this and that day's random stream.
 */
import type { SimConfig } from '../sim-config.ts';
import { createRng, type Rng } from '../random.ts';
import { carrier, type SimCarrier } from './carriers.ts';
import { CompanyRegistry } from './company-registry.ts';
import { makeNetworks, type FrontNetwork } from './front-network.ts';
import { loadNameParts, type NameParts } from './name-parts.ts';
import { calibrateReefers, expectedOriginShares, type CountryChooser } from './origin-mix.ts';
import { simPort, type SimPort } from './ports.ts';
import { fleetSizes } from './fleet-sizes.ts';
import { SERVICE_KINDS, SERVICES, weeklySize, type SimService } from './services.ts';
import { terminalsOf } from './terminals.ts';
import { DEEP_SEA_MIN_GT, loadVessels, type SimVessel } from './vessels.ts';

const DAY_MS = 86_400_000;

export interface ServicePlan {
  readonly service: SimService;
  readonly carrier: SimCarrier;
  readonly fleet: readonly SimVessel[];
  /** Days of the week (0 = Monday) the service calls. */
  readonly callDays: readonly number[];
  readonly terminal: string;
}

export interface World {
  readonly config: SimConfig;
  readonly rng: Rng;
  readonly home: SimPort;
  readonly startMs: number;
  readonly endMs: number;
  readonly plans: readonly ServicePlan[];
  /** Containers per relative size unit of a call. */
  readonly scale: number;
  readonly choosers: ReadonlyMap<string, CountryChooser>;
  readonly originShares: ReadonlyMap<string, number>;
  readonly registry: CompanyRegistry;
  readonly networks: readonly FrontNetwork[];
  readonly parts: NameParts;
  readonly feederVessels: readonly SimVessel[];
}

function servicesFor(home: string): SimService[] {
  return SERVICES.map((s) => ({ ...s, rotation: s.rotation.filter((p) => p !== home) })).filter(
    (s) => s.rotation.length > 0,
  );
}

/**
 * Weekdays (0 = Monday) for each service's calls: the largest services first, each call on the
 * day with the least volume so far (a service's calls kept apart), so the port's days are even.
 */
function callDays(services: readonly SimService[], rng: Rng): Map<string, number[]> {
  const load = [0, 0, 0, 0, 0, 0, 0];
  const days = new Map<string, number[]>();
  const order = [...services].sort(
    (a, b) => b.size * b.callsPerWeek - a.size * a.callsPerWeek || a.code.localeCompare(b.code),
  );
  for (const s of order) {
    const chosen: number[] = [];
    for (let i = 0; i < s.callsPerWeek; i++) {
      const free = load
        .map((l, d) => [l + rng.next() * 0.01, d] as const)
        .filter(([, d]) => !chosen.some((c) => Math.abs(c - d) < 2));
      const [, day] = free.sort((a, b) => a[0] - b[0])[0] ?? [0, i % 7];
      chosen.push(day);
      load[day] = (load[day] ?? 0) + s.size;
    }
    days.set(
      s.code,
      chosen.sort((a, b) => a - b),
    );
  }
  return days;
}

const isDeepSea = (v: SimVessel) => v.grossTonnage >= DEEP_SEA_MIN_GT;

/**
 * Each service's fleet: consecutive ships of its pool (deep-sea or feeder), each ship in one fleet
 * only, so no ship is on two services at once; fleets are sized to the ships the pool has.
 */
function fleets(services: readonly SimService[]): Map<string, readonly SimVessel[]> {
  const vessels = loadVessels();
  const byCode = new Map<string, readonly SimVessel[]>();
  for (const kind of SERVICE_KINDS) {
    const pool = vessels.filter((v) => isDeepSea(v) === (kind === 'deep-sea'));
    const served = services.filter((s) => s.kind === kind);
    const sizes = fleetSizes(served, pool.length, `${kind} ships in data/sim/vessels.csv`);
    let next = 0;
    served.forEach((s, i) => {
      const size = sizes[i] ?? 0;
      byCode.set(s.code, pool.slice(next, next + size));
      next += size;
    });
  }
  return byCode;
}

function planServices(services: readonly SimService[], home: string, rng: Rng): ServicePlan[] {
  const terminals = terminalsOf(home).map((t) => t.code);
  const days = callDays(services, rng.fork('weekdays'));
  const fleet = fleets(services);
  return services.map((service) => {
    const r = rng.fork(`service-${service.code}`);
    return {
      service,
      carrier: carrier(service.carrier),
      fleet: fleet.get(service.code) ?? [],
      callDays: days.get(service.code) ?? [0],
      terminal: r.pick(terminals),
    };
  });
}

export function buildWorld(config: SimConfig): World {
  const rng = createRng(config.seed);
  const home = simPort(config.port);
  const startMs = Date.parse(`${config.startDate}T00:00:00Z`);
  const endMs = startMs + config.days * DAY_MS;
  const services = servicesFor(home.locode);
  const originShares = expectedOriginShares(services);
  const parts = loadNameParts();
  const registry = new CompanyRegistry(
    parts,
    rng.fork('companies'),
    [startMs, endMs],
    home.country,
  );
  return {
    config,
    rng,
    home,
    startMs,
    endMs,
    plans: planServices(services, home.locode, rng.fork('plans')),
    scale: (config.containersPerDay * 7) / weeklySize(services),
    choosers: calibrateReefers(originShares, config.reeferShare),
    originShares,
    registry,
    networks: makeNetworks(parts, rng.fork('networks'), config.frontNetworks),
    parts,
    feederVessels: loadVessels().filter((v) => !isDeepSea(v)),
  };
}
