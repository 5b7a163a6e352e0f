/**
 * Feature extraction: one feature vector per container of a consignment (one for the whole
 * consignment when it declares no equipment). Pure; the clock comes in with the input.
 */
import type { Equipment } from '../../core/cargo/equipment.ts';
import { fillCommodityFeatures } from './commodity-features.ts';
import { containerTimeline } from './container-timeline.ts';
import { fillEventFeatures } from './event-features.ts';
import type { FeatureInput } from './feature-input.ts';
import { blankFeatureValues } from './blank-feature-values.ts';
import type { FeatureValues, FeatureVector } from './feature-vector.ts';
import {
  fillEquipmentFeatures,
  fillGoodsFeatures,
  goodsInContainer,
  cargoByContainer,
  sharesByCargo,
} from './goods-features.ts';
import { fillPartyFeatures } from './party-features.ts';
import { fillRouteFeatures } from './route-features.ts';
import { fillTimingFeatures } from './timing-features.ts';

/** No equipment weights: an item in several containers is split in equal parts. */
const NO_CARGO: ReadonlyMap<string, number | undefined> = new Map();

export function computeFeatures(input: FeatureInput): FeatureVector[] {
  const c = input.consignment;
  const base = blankFeatureValues();
  fillRouteFeatures(base, c, input.history);
  fillPartyFeatures(base, c, input.history, input.now, input.historySince);
  base.carrier = c.carrier;
  base.billKind = c.billKind;
  base.watchlistHits = input.watchlistHits?.length ?? 0;
  const equipment = c.equipment;
  if (equipment.length === 0) return [containerFeatures(input, base, undefined, NO_CARGO)];
  if (equipment.length === 1) return [containerFeatures(input, base, equipment[0], NO_CARGO)];
  const cargo = cargoByContainer(equipment);
  const out: FeatureVector[] = [];
  for (const e of equipment)
    out.push(containerFeatures(input, Object.assign(blankFeatureValues(), base), e, cargo));
  return out;
}

/** The features of one container (or of the whole consignment), filled into `v`. */
function containerFeatures(
  input: FeatureInput,
  v: FeatureValues,
  e: Equipment | undefined,
  cargo: ReadonlyMap<string, number | undefined>,
): FeatureVector {
  const c = input.consignment;
  const container = e?.containerNumber as string | undefined;
  const timeline = containerTimeline(input.events, container);
  fillGoodsFeatures(v, goodsInContainer(c, container), sharesByCargo(cargo, container));
  fillCommodityFeatures(v, input.history);
  fillEquipmentFeatures(v, e);
  fillTimingFeatures(v, c, timeline, input.filedAt, input.arrivalAt);
  fillEventFeatures(v, c, timeline, e?.seals ?? [], input.history.route?.dwellP95Hours);
  v.lookoutHits = countLookoutHits(input, container);
  return { billNumber: c.billNumber, containerNumber: container, values: v };
}

function countLookoutHits(input: FeatureInput, container: string | undefined): number {
  let n = 0;
  const hits = input.lookoutHits;
  if (hits === undefined) return 0;
  for (const hit of hits) {
    if (hit.containerNumber === undefined || hit.containerNumber === container) n++;
  }
  return n;
}
