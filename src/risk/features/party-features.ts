/**
 * Party features: countries, age, prior shipments and outcomes, first-shipment flags, and how
 * much party history the node holds.
 *
 * "First shipment" means the first this node has counted. A node that has just started holds no
 * history, so every party looks new: on the simulator's world 100% of bills have a first-time
 * shipper on the first day, a third to two thirds in the rest of the first week, 12–25% in the
 * second, 8–19% in the third and 5–11% in the fourth (`npm run bench party-novelty`).
 * `partyHistoryDays` tells how long the history is, so an agency's rule can wait for it and a
 * model can learn what the flags are worth at each length (the default rules do not wait:
 * docs/targeting.md, Party history). A party's age is missing while it was first seen within
 * `PARTY_HISTORY_WARM_UP_DAYS` of the history's start: it may be older than the node's history.
 */
import { isoToMs } from './iso-time.ts';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Party, PartyRole } from '../../core/cargo/party.ts';
import type { FeatureValues } from './feature-vector.ts';
import type { PartyHistory, PartyRecord } from './history.ts';

const DAY_MS = 86_400_000;

/** Days from the history's start within which a first sighting does not give a party's age. */
export const PARTY_HISTORY_WARM_UP_DAYS = 14;

export function fillPartyFeatures(
  v: FeatureValues,
  c: Consignment,
  h: PartyHistory,
  now: number,
  historySince?: string,
): void {
  let shipper: Party | undefined;
  let consignee: Party | undefined;
  // The first of each role, as partyOf finds it, in one pass.
  for (const p of c.parties) {
    if (p.role === 'shipper') shipper ??= p;
    else if (p.role === 'consignee') consignee ??= p;
  }
  v.shipperCountry = shipper?.address?.country;
  v.consigneeCountry = consignee?.address?.country;
  const s = shipper ? (h.parties.shipper ?? NEVER_SEEN) : undefined;
  const k = consignee ? (h.parties.consignee ?? NEVER_SEEN) : undefined;
  const since = historySince === undefined ? NaN : isoToMs(historySince);
  // Whole days: a snapshot keeps a short number, and no rule needs a fraction of one.
  const historyDays = Number.isNaN(since) ? 0 : Math.max(0, Math.floor((now - since) / DAY_MS));
  v.partyHistoryDays = historyDays;
  const known = historyDays >= PARTY_HISTORY_WARM_UP_DAYS;
  v.shipperAgeDays = s && known ? ageDays(s, now, since) : undefined;
  v.consigneeAgeDays = k && known ? ageDays(k, now, since) : undefined;
  v.shipperPriorShipments = s?.shipments;
  v.consigneePriorShipments = k?.shipments;
  v.firstShipmentShipper = s && s.shipments === 0;
  v.firstShipmentConsignee = k && k.shipments === 0;
  let seizures = 0;
  let hits = 0;
  for (const role of Object.keys(h.parties) as PartyRole[]) {
    const r = h.parties[role];
    if (r) {
      seizures += r.seizures;
      hits += r.hits;
    }
  }
  v.partyPriorSeizures = seizures;
  v.partyPriorHits = hits;
}

const NEVER_SEEN: PartyRecord = { firstSeenAt: '', shipments: 0, seizures: 0, hits: 0 };

/**
 * Days since the party was first seen; missing when that was within the warm-up span of the
 * history's start (`since`), where a first sighting says only that the party is at least that old.
 */
function ageDays(r: PartyRecord, now: number, since: number): number | undefined {
  if (r === NEVER_SEEN) return 0;
  const first = isoToMs(r.firstSeenAt);
  if (Number.isNaN(first)) return 0;
  if ((first - since) / DAY_MS < PARTY_HISTORY_WARM_UP_DAYS) return undefined;
  return Math.max(0, (now - first) / DAY_MS);
}
