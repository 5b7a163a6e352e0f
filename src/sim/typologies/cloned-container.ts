/**
 * Cloned container numbers: the box carrying the drugs is painted with the number of a genuine
 * container that is somewhere else at the same time, so that the smuggled box passes as the
 * genuine one at the gate. The same number is then reported in two places on one day.
 */
import type { ContainerDraft } from '../generate/drafts.ts';
import { iso } from '../generate/to-cargo.ts';
import { SOURCE_COUNTRIES } from '../world/country-exports.ts';
import {
  isSourceImport,
  type CaseContext,
  type PlantedCase,
  type TypologyPlanter,
} from './case-context.ts';
import { frontParties, networkFor } from './cover-load.ts';
import type { Signal } from './typology.ts';

function genuineTwin(
  c: ContainerDraft,
  ctx: CaseContext,
): { twin: ContainerDraft; callId: string } | undefined {
  const candidates = ctx.calls.filter(
    (call) => call.id !== c.consignment?.callId && call.loaded.length > 0,
  );
  if (candidates.length === 0) return undefined;
  const call = ctx.rng.pick(candidates);
  const twin = ctx.rng.pick(call.loaded);
  if (ctx.taken.has(twin) || twin.sizeType.code !== c.sizeType.code) return undefined;
  return { twin, callId: call.id };
}

export const clonedContainer: TypologyPlanter = {
  eligible: (c, ctx) =>
    isSourceImport(c, SOURCE_COUNTRIES) && c.direction === 'import' && ctx.calls.length > 1,
  plant(c: ContainerDraft, ctx: CaseContext): PlantedCase {
    let found: ReturnType<typeof genuineTwin>;
    for (let i = 0; i < 20 && !found; i++) found = genuineTwin(c, ctx);
    const net = networkFor(c.originCountry, ctx);
    const signals: Signal[] = net && ctx.rng.chance(0.5) ? frontParties(c, net, ctx) : [];
    const stagePort = c.consignment?.route.portOfLoading ?? c.originCountry;
    if (!found) return { stage: 'origin', stagePort, signals, ...(net ? { network: net.id } : {}) };
    ctx.taken.add(found.twin);
    c.number = found.twin.number;
    const seen = found.twin.events[0];
    return {
      stage: 'origin',
      stagePort,
      signals: ['cloned-number', ...signals],
      ...(net ? { network: net.id } : {}),
      genuine: {
        callId: found.callId,
        location: seen?.location ?? ctx.world.home.locode,
        at: iso(seen?.at ?? 0),
      },
    };
  },
};
