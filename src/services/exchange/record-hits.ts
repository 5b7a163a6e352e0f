/**
 * Lookout hits at this node: a lookout matched against consignments records one hit per bill; when
 * the lookout belongs to a partner that asked for hits, the hit goes back to it as a sighting —
 * released to the owner agency alone (TLP AMBER+STRICT, no onward sharing, the lookout's handling
 * and purpose), without a release step: the owner asked for it when it sent the lookout.
 */
import type { Hit } from '../../exchange/objects/hit.ts';
import type { Lookout } from '../../exchange/objects/lookout.ts';
import type { AgencyId } from '../../exchange/markings/agency-id.ts';
import type { Markings } from '../../exchange/markings/markings.ts';
import {
  insertLookoutHit,
  setHitSighting,
  type CargoForMatching,
  type Db,
} from '../../storage/index.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { storeAndPublish } from './intel-store.ts';
import { indexLookouts } from './lookout-index.ts';

export interface HitRun {
  readonly hits: number;
  readonly sightings: number;
  /** Filings whose consignments matched (to re-score). */
  readonly filingIds: readonly string[];
}

export async function recordHits(
  tx: Db,
  ctx: ExchangeContext,
  node: AgencyId,
  lookouts: readonly Lookout[],
  cargo: readonly CargoForMatching[],
): Promise<HitRun> {
  const now = ctx.clock.now();
  let hits = 0;
  let sightings = 0;
  const filingIds = new Set<string>();
  const index = indexLookouts(lookouts);
  for (const c of cargo)
    for (const { lookout, match: m } of index.match(c.consignment)) {
      filingIds.add(c.filingId);
      const containerNumbers =
        m.containerNumbers.length > 0
          ? m.containerNumbers
          : c.consignment.equipment.map((e) => e.containerNumber);
      const hitId = await insertLookoutHit(tx, {
        lookoutId: lookout.id,
        lookoutOwner: lookout.markings.owner,
        consignmentId: c.id,
        billNumber: c.consignment.billNumber,
        containerNumbers,
        matchedOn: m.matchedOn,
        mandatoryHold: lookout.content.holdRequired,
        at: now,
      });
      if (hitId === undefined) continue;
      hits++;
      if (!lookout.content.hitsRequested || lookout.markings.owner === node) continue;
      const sighting = sightingOf(ctx, node, lookout, {
        containerNumbers,
        billNumber: c.consignment.billNumber,
        matchedOn: m.matchedOn,
        seenAt: c.filedAt,
        now,
      });
      await storeAndPublish(tx, sighting, 'released', 'lookout-matching', now);
      await setHitSighting(tx, hitId, sighting.id);
      sightings++;
    }
  return { hits, sightings, filingIds: [...filingIds] };
}

function sightingOf(
  ctx: ExchangeContext,
  node: AgencyId,
  lookout: Lookout,
  seen: {
    containerNumbers: readonly string[];
    billNumber: string;
    matchedOn: Hit['content']['matchedOn'];
    seenAt: string;
    now: Date;
  },
): Hit {
  const lm = lookout.markings;
  const markings: Markings = {
    tlp: 'amber+strict',
    handling: lm.handling,
    evaluation: { reliability: 'A', accuracy: 1 },
    releasability: { communities: [], agencies: [lm.owner] },
    purpose: lm.purpose,
    ...(lm.legalBasis === undefined ? {} : { legalBasis: lm.legalBasis }),
    ...(lm.expiresAt === undefined ? {} : { expiresAt: lm.expiresAt }),
    owner: node,
    onwardSharing: false,
  };
  const at = seen.now.toISOString();
  return {
    kind: 'hit',
    id: `sighting--${ctx.randomUuid()}`,
    created: at,
    modified: at,
    revoked: false,
    markings,
    content: {
      lookoutId: lookout.id,
      sightedBy: node,
      firstSeen: seen.seenAt,
      lastSeen: seen.seenAt,
      count: 1,
      containerNumbers: seen.containerNumbers,
      consignmentReference: seen.billNumber,
      matchedOn: seen.matchedOn,
    },
  };
}
