/**
 * Rip-on/rip-off: bags of cocaine added to a legitimate consignment behind the doors, at origin
 * or at a transshipment hub, by people with access to the terminal; the seal is replaced, the box
 * dwells longer than usual or leaves and re-enters the gate, and at destination it is taken out
 * of the terminal at night before the consignee collects.
 */
import { SOURCE_COUNTRIES } from '../world/country-exports.ts';
import { sealNumber } from '../world/container-factory.ts';
import { DAY_MS, HOUR_MS } from '../generate/event-timeline.ts';
import type { ContainerDraft, EventDraft } from '../generate/drafts.ts';
import {
  isSourceImport,
  shiftBefore,
  type CaseContext,
  type PlantedCase,
  type TypologyPlanter,
} from './case-context.ts';
import type { Signal } from './typology.ts';

function resealFrom(events: EventDraft[], index: number, seal: string): void {
  for (let i = index; i < events.length; i++) {
    const e = events[i];
    if (e && !e.empty) e.seal = seal;
  }
}

function nightGateOut(c: ContainerDraft, ctx: CaseContext): boolean {
  const out = c.events.find((e) => e.type === 'GTOT' && e.location === ctx.world.home.locode);
  const disc = c.events.find((e) => e.type === 'DISC' && e.location === ctx.world.home.locode);
  if (!out || !disc) return false;
  const nextNight = Math.floor((disc.at + 4 * HOUR_MS) / DAY_MS) * DAY_MS + DAY_MS;
  out.at = Math.round(nextNight + ctx.rng.real(0.5, 4.5) * HOUR_MS);
  return true;
}

export const ripOnRipOff: TypologyPlanter = {
  eligible: (c) => isSourceImport(c, SOURCE_COUNTRIES),
  plant(c: ContainerDraft, ctx: CaseContext): PlantedCase {
    const { rng } = ctx;
    const home = ctx.world.home.locode;
    const hubDisc = c.events.findIndex((e) => e.type === 'DISC' && e.location !== home);
    const atHub = hubDisc >= 0 && rng.chance(0.5);
    const signals: Signal[] = ['seal-change', 'long-dwell'];
    const index = atHub ? hubDisc + 1 : c.events.findIndex((e) => e.type === 'LOAD');
    const port = c.events[index]?.location ?? c.originCountry;
    shiftBefore(c.events, index, rng.real(4, 11) * DAY_MS);
    if (!atHub) {
      const gateIn = c.events[0];
      const load = c.events[index];
      if (gateIn && load && rng.chance(0.6)) {
        const back = gateIn.at + (load.at - gateIn.at) * 0.5;
        c.events.splice(
          1,
          0,
          { ...gateIn, type: 'GTOT', at: Math.round(back) },
          { ...gateIn, type: 'GTIN', at: Math.round(back + rng.real(3, 20) * HOUR_MS) },
        );
        signals.push('extra-events');
      }
    }
    const seal = sealNumber(c.carrier, rng);
    resealFrom(
      c.events,
      c.events.findIndex((e, i) => i >= index && e.type === 'LOAD'),
      seal,
    );
    if (nightGateOut(c, ctx)) signals.push('night-gate-out');
    return { stage: atHub ? 'transshipment' : 'origin', stagePort: port, signals };
  },
};
