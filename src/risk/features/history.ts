/**
 * What targeting knows from the past, precomputed per consignment by storage: the parties'
 * history and the route's statistics. All counts exclude the consignment being scored.
 */
import type { PartyRole } from '../../core/cargo/party.ts';
import type { IsoDateTime } from '../../core/cargo/vessel.ts';

export interface PartyRecord {
  readonly firstSeenAt: IsoDateTime;
  readonly shipments: number;
  /** Shipments with a seizure. */
  readonly seizures: number;
  /** Shipments whose scan or inspection found something (hits), seizures included. */
  readonly hits: number;
  /**
   * Shipments whose HS chapters are counted in `chapters` (history kept before chapters were
   * counted is not in them); absent when nothing is known of the party's commodities.
   */
  readonly commodityShipments?: number;
  /** Shipments by HS chapter of their goods (two digits); a shipment counts in each chapter. */
  readonly chapters?: Readonly<Record<string, number>>;
}

export interface PartyHistory {
  /** Known history of the consignment's parties by role; a role absent here was never seen. */
  readonly parties: Readonly<Partial<Record<PartyRole, PartyRecord>>>;
}

export interface RouteRecord {
  readonly shipments: number;
  readonly seizures: number;
  /** 95th percentile of the stay at a transshipment port on this route, in hours. */
  readonly dwellP95Hours?: number;
}

export interface RouteStats {
  /** Statistics of the same route pattern (origin > transshipments > discharge). */
  readonly route?: RouteRecord;
}

/** Lookout hits found for the consignment by lookout matching (src/intel). */
export interface LookoutHit {
  readonly lookoutId: string;
  /** The container the hit is on; undefined for a hit on the whole consignment. */
  readonly containerNumber?: string;
  readonly ownerAgency: string;
  /** The lookout asks that a matching container be held for examination. */
  readonly mandatoryHold: boolean;
  readonly reason: string;
}

/** Watchlist screening hits on the consignment's parties. */
export interface WatchlistHit {
  readonly listName: string;
  readonly entryName: string;
  readonly partyRole: PartyRole;
  readonly score: number;
}
