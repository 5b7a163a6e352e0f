/**
 * Commodity novelty, a cover-load indicator (UNODC–WCO Container Control Programme; Europol): a
 * consignee or shipper with a trading history suddenly ships goods it never traded before (a
 * fish importer receiving bananas). Read per container, against the HS chapters of its goods.
 */
import type { FeatureValues } from './feature-vector.ts';
import type { PartyHistory, PartyRecord } from './history.ts';

/** Prior shipments (with their chapters counted) a party needs before a commodity can be new. */
export const NEW_COMMODITY_MIN_SHIPMENTS = 3;

/** Call after the goods features: reads the container's HS chapters. */
export function fillCommodityFeatures(v: FeatureValues, h: PartyHistory): void {
  const chapters = v.hsChapters;
  v.consigneeNewCommodity = newCommodity(h.parties.consignee, chapters);
  v.shipperNewCommodity = newCommodity(h.parties.shipper, chapters);
}

/**
 * True when the party has enough prior shipments and none in any of the chapters; missing when
 * it has fewer, or the goods declare no HS code.
 */
function newCommodity(
  r: PartyRecord | undefined,
  chapters: readonly string[] | undefined,
): boolean | undefined {
  const known = r?.commodityShipments ?? 0;
  if (known < NEW_COMMODITY_MIN_SHIPMENTS || !chapters || chapters.length === 0) return undefined;
  const shipped = r?.chapters ?? {};
  return chapters.every((c) => (shipped[c] ?? 0) === 0);
}
