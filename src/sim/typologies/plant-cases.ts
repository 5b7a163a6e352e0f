/**
 * Plants the day's smuggling cases. For each typology the number of cases is a Poisson draw
 * around rate × containers moved that day, so the long-run rate meets the configuration; each
 * case goes to a container that the typology can use (from a source country, a reefer…).
 */
import type { CaseTruth } from '../ground-truth.ts';
import { keepTwentyFourHourRule } from '../generate/consignment-builder.ts';
import type { CallDraft, ContainerDraft } from '../generate/drafts.ts';
import type { Rng } from '../random.ts';
import type { World } from '../world/world.ts';
import type { CaseContext, TypologyPlanter } from './case-context.ts';
import { concealmentReefer, concealmentStructure } from './concealment.ts';
import { clonedContainer } from './cloned-container.ts';
import { coverLoad } from './cover-load.ts';
import { ripOnRipOff } from './rip-on-rip-off.ts';
import { concealmentOf, kgRange, TYPOLOGIES, type Typology } from './typology.ts';
import { unusualTransshipment } from './unusual-transshipment.ts';

const PLANTERS: Readonly<Record<Typology, TypologyPlanter>> = {
  'rip-on-rip-off': ripOnRipOff,
  'cover-load': coverLoad,
  'concealment-reefer': concealmentReefer,
  'concealment-structure': concealmentStructure,
  'cloned-container': clonedContainer,
  'unusual-transshipment': unusualTransshipment,
};

function callIdOf(c: ContainerDraft, calls: readonly CallDraft[]): string {
  return c.consignment?.callId ?? calls.find((call) => call.discharged.includes(c))?.id ?? '';
}

function plantOne(
  typology: Typology,
  c: ContainerDraft,
  ctx: CaseContext,
  caseId: string,
  date: string,
): CaseTruth {
  const [min, max] = kgRange(typology);
  const kg = Math.round(ctx.rng.real(min, max));
  const planted = PLANTERS[typology].plant(c, ctx, kg);
  if (c.consignment) keepTwentyFourHourRule(c.consignment, ctx.rng);
  ctx.taken.add(c);
  return {
    kind: 'case',
    caseId,
    typology,
    substance: ctx.rng.chance(0.97) ? 'cocaine' : 'cannabis',
    kg,
    concealment: concealmentOf(typology),
    containerNumber: c.number,
    billNumber: c.consignment?.billNumber ?? '',
    callId: callIdOf(c, ctx.calls),
    date,
    originCountry: c.originCountry,
    portOfLoading: c.consignment?.route.portOfLoading ?? '',
    ...planted,
  };
}

export function plantCases(
  world: World,
  calls: readonly CallDraft[],
  rng: Rng,
  date: string,
): CaseTruth[] {
  const ctx: CaseContext = { world, calls, rng, taken: new Set() };
  const moved = calls.reduce((n, call) => n + call.discharged.length + call.loaded.length, 0);
  const pool = calls.flatMap((call) => call.discharged.filter((c) => !c.empty));
  const cases: CaseTruth[] = [];
  for (const typology of TYPOLOGIES) {
    const count = rng.poisson(world.config.typologyRates[typology] * moved);
    const planter = PLANTERS[typology];
    const eligible = pool.filter((c) => planter.eligible(c, ctx));
    for (let i = 0; i < count; i++) {
      const free = eligible.filter((c) => !ctx.taken.has(c));
      if (free.length === 0) break;
      const id = `CASE-${date.replaceAll('-', '')}-${String(cases.length + 1).padStart(3, '0')}`;
      cases.push(plantOne(typology, rng.pick(free), ctx, id, date));
    }
  }
  return cases;
}
