/**
 * Concealment in the container itself: in the reefer machinery (evaporator, condenser, control
 * box) of a refrigerated box, or built into the structure (floor, walls, roof, door panels,
 * cross-members). The structure leaves a weight the declaration does not explain.
 */
import type { ContainerDraft } from '../generate/drafts.ts';
import { SOURCE_COUNTRIES } from '../world/country-exports.ts';
import {
  isSourceImport,
  type CaseContext,
  type PlantedCase,
  type TypologyPlanter,
} from './case-context.ts';

export const concealmentReefer: TypologyPlanter = {
  eligible: (c) => isSourceImport(c, SOURCE_COUNTRIES) && c.reeferC !== undefined,
  plant: (c: ContainerDraft): PlantedCase => ({
    stage: 'origin',
    stagePort: c.consignment?.route.portOfLoading ?? c.originCountry,
    signals: ['reefer'],
  }),
};

/** Extra kilograms the structure work adds on top of the drugs: new panels, filler, welds. */
export function structureWork(ctx: CaseContext): number {
  return Math.round(ctx.rng.real(120, 420));
}

export const concealmentStructure: TypologyPlanter = {
  eligible: (c) => isSourceImport(c, SOURCE_COUNTRIES),
  plant(c: ContainerDraft, ctx: CaseContext, kg: number): PlantedCase {
    c.vgmKg = c.grossKg + kg + structureWork(ctx);
    return {
      stage: 'origin',
      stagePort: c.consignment?.route.portOfLoading ?? c.originCountry,
      signals: ['weight-discrepancy'],
    };
  },
};
