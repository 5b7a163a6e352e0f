/**
 * The simulated world's settings: which port, from which day and for how long, the seed, the
 * port's daily volume, the shares it should show (reefers, transshipment, empties), smuggling
 * rates per typology, and the scan and inspection model. `simConfig()` fills defaults;
 * `validateSimConfig()` says what is wrong with a configuration, as diagnostics.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { DEFAULT_OUTCOME_MODEL, type OutcomeModel } from './outcome-model.ts';
import { DEFAULT_TYPOLOGY_RATES, TYPOLOGIES, type Typology } from './typologies/typology.ts';
import { SIM_PORTS } from './world/ports.ts';

export interface SimConfig {
  /** UN/LOCODE of the simulated port (a North European port of the simulator's table). */
  readonly port: string;
  /** First simulated day, YYYY-MM-DD (UTC). */
  readonly startDate: string;
  readonly days: number;
  readonly seed: string;
  /** Containers moved at the port per day, loaded and discharged (Antwerp: about 20,500). */
  readonly containersPerDay: number;
  /** Share of discharged full containers that are active reefers. */
  readonly reeferShare: number;
  /** Share of discharged full containers that continue to another port. */
  readonly transshipmentShare: number;
  /** Share of moved containers that are empty. */
  readonly emptyShare: number;
  /** Cases per container moved at the port, per typology. */
  readonly typologyRates: Readonly<Record<Typology, number>>;
  /** Criminal networks running front companies. */
  readonly frontNetworks: number;
  readonly outcomeModel: OutcomeModel;
}

export const DEFAULT_SIM_CONFIG: SimConfig = {
  port: 'BEANR',
  startDate: '2026-01-05',
  days: 1,
  seed: 'portcullis',
  containersPerDay: 20_500,
  reeferShare: 0.12,
  transshipmentShare: 0.2,
  emptyShare: 0.18,
  typologyRates: DEFAULT_TYPOLOGY_RATES,
  frontNetworks: 12,
  outcomeModel: DEFAULT_OUTCOME_MODEL,
};

export type SimConfigOverrides = Omit<Partial<SimConfig>, 'typologyRates'> & {
  readonly typologyRates?: Partial<Record<Typology, number>>;
};

export function simConfig(overrides: SimConfigOverrides = {}): SimConfig {
  return {
    ...DEFAULT_SIM_CONFIG,
    ...overrides,
    typologyRates: { ...DEFAULT_TYPOLOGY_RATES, ...overrides.typologyRates },
  };
}

function share(name: string, value: number, max = 1): Diagnostic[] {
  return Number.isFinite(value) && value >= 0 && value <= max
    ? []
    : [
        diagnostic('sim.config.share', `${name} must be between 0 and ${max}, found ${value}.`, {
          field: name,
        }),
      ];
}

export function validateSimConfig(c: SimConfig): Result<SimConfig> {
  const d: Diagnostic[] = [];
  const port = SIM_PORTS.get(c.port);
  if (!port || port.region !== 'north-europe')
    d.push(
      diagnostic(
        'sim.config.port',
        `Port "${c.port}" is not one of the simulator's North European ports (e.g. BEANR, NLRTM, DEHAM).`,
        { field: 'port' },
      ),
    );
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(c.startDate) ||
    Number.isNaN(Date.parse(`${c.startDate}T00:00:00Z`))
  )
    d.push(
      diagnostic(
        'sim.config.start-date',
        `Start date "${c.startDate}" must be a date written YYYY-MM-DD.`,
        { field: 'startDate' },
      ),
    );
  if (!Number.isInteger(c.days) || c.days < 1 || c.days > 3660)
    d.push(
      diagnostic(
        'sim.config.days',
        `Days must be a whole number from 1 to 3660, found ${c.days}.`,
        { field: 'days' },
      ),
    );
  if (!Number.isFinite(c.containersPerDay) || c.containersPerDay < 10)
    d.push(
      diagnostic(
        'sim.config.volume',
        `Containers per day must be at least 10, found ${c.containersPerDay}.`,
        { field: 'containersPerDay' },
      ),
    );
  d.push(
    ...share('reeferShare', c.reeferShare, 0.9),
    ...share('transshipmentShare', c.transshipmentShare, 0.9),
    ...share('emptyShare', c.emptyShare, 0.9),
  );
  for (const t of TYPOLOGIES) d.push(...share(`typologyRates.${t}`, c.typologyRates[t], 0.05));
  return d.length === 0 ? ok(c) : fail(...d);
}
