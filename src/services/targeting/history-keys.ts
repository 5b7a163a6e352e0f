/**
 * How a consignment is keyed in the incrementally kept history: each party by role and by its
 * EORI (or its normalised name), the route by its pattern, the goods by their HS chapters. And
 * the history of one consignment assembled from the batch-loaded counts.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { PartyRole } from '../../core/cargo/party.ts';
import type { PartyHistory, PartyRecord, RouteStats } from '../../risk/features/history.ts';
import { routePatternOf } from '../../risk/features/route-features.ts';
import {
  normalisePartyName,
  type PartyCounts,
  type PartyKey,
  type RouteCounts,
  type ShipmentRecord,
} from '../../storage/index.ts';

export function partyKeysOf(c: Consignment): PartyKey[] {
  return c.parties.map((p) => ({
    role: p.role,
    key: p.identifiers?.eori ?? normalisePartyName(p.name),
  }));
}

export function shipmentOf(c: Consignment): ShipmentRecord {
  return {
    billNumber: c.billNumber,
    parties: partyKeysOf(c),
    route: routePatternOf(c),
    chapters: chaptersOf(c),
  };
}

/** The HS chapters of the consignment's goods, each once. */
function chaptersOf(c: Consignment): string[] {
  const chapters: string[] = [];
  for (const g of c.goods) {
    const chapter = g.hsCode?.slice(0, 2);
    if (chapter !== undefined && !chapters.includes(chapter)) chapters.push(chapter);
  }
  return chapters;
}

/** The history of a consignment, by the keys of its shipment (made once per consignment). */
export function historyOf(
  shipment: ShipmentRecord,
  parties: ReadonlyMap<string, PartyCounts>,
  routes: ReadonlyMap<string, RouteCounts>,
): PartyHistory & RouteStats {
  const byRole: Partial<Record<PartyRole, PartyRecord>> = {};
  // Nothing to find when no party was seen before (a new agency, a first call).
  if (parties.size > 0) {
    for (const k of shipment.parties) {
      // Joined, not concatenated: a flat key is hashed and compared without being copied first.
      const counts = parties.get([k.role, k.key].join('|'));
      if (counts && !byRole[k.role as PartyRole]) byRole[k.role as PartyRole] = counts;
    }
  }
  const route = routes.get(shipment.route);
  return route ? { parties: byRole, route } : { parties: byRole };
}

/**
 * The history of a consignment assessed again (an event about one of its containers): its bill
 * was counted into its parties' and route's history when it was first assessed, so its own
 * shipment is taken out again, as the counts exclude the consignment being scored. A party
 * first seen with this bill is new again; hits and seizures recorded since stay in. The bill's
 * first counted version is not kept: an amendment that changed a party takes one shipment from
 * the new party instead (never below none).
 */
export function historyWithoutOwn(
  shipment: ShipmentRecord,
  parties: ReadonlyMap<string, PartyCounts>,
  routes: ReadonlyMap<string, RouteCounts>,
): PartyHistory & RouteStats {
  const counted = historyOf(shipment, parties, routes);
  const byRole: Partial<Record<PartyRole, PartyRecord>> = {};
  for (const [role, record] of Object.entries(counted.parties) as [PartyRole, PartyCounts][]) {
    const before = withoutShipment(record, shipment.chapters);
    if (before) byRole[role] = before;
  }
  const route = counted.route && {
    ...counted.route,
    shipments: Math.max(0, counted.route.shipments - 1),
  };
  return route ? { parties: byRole, route } : { parties: byRole };
}

/** The party's counts less one shipment in these chapters; undefined when that was all. */
function withoutShipment(r: PartyCounts, chapters: readonly string[]): PartyRecord | undefined {
  if (r.shipments <= 1 && r.seizures === 0 && r.hits === 0) return undefined;
  const byChapter = { ...r.chapters };
  for (const c of chapters) if ((byChapter[c] ?? 0) > 0) byChapter[c]! -= 1;
  return {
    ...r,
    shipments: Math.max(0, r.shipments - 1),
    commodityShipments: Math.max(0, r.commodityShipments - 1),
    chapters: byChapter,
  };
}
