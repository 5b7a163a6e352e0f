/** Party features: countries, age, prior shipments and outcomes, first-shipment flags. */
import { isoToMs } from './iso-time.ts';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Party, PartyRole } from '../../core/cargo/party.ts';
import type { FeatureValues } from './feature-vector.ts';
import type { PartyHistory, PartyRecord } from './history.ts';

const DAY_MS = 86_400_000;

export function fillPartyFeatures(
  v: FeatureValues,
  c: Consignment,
  h: PartyHistory,
  now: number,
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
  v.shipperAgeDays = s && ageDays(s, now);
  v.consigneeAgeDays = k && ageDays(k, now);
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

function ageDays(r: PartyRecord, now: number): number {
  if (r === NEVER_SEEN) return 0;
  const first = isoToMs(r.firstSeenAt);
  return Number.isNaN(first) ? 0 : Math.max(0, (now - first) / DAY_MS);
}
