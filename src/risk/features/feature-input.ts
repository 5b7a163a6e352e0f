/** What feature extraction takes: one consignment, its containers' events, history and hits. */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { ContainerEvent, TransportCallRef } from '../../core/cargo/events.ts';
import type { IsoDateTime } from '../../core/cargo/vessel.ts';
import type { LookoutHit, PartyHistory, RouteStats, WatchlistHit } from './history.ts';

/** What event features read of a container event. */
export type FeatureEvent = Pick<
  ContainerEvent,
  'eventType' | 'classifier' | 'containerNumber' | 'eventAt' | 'location' | 'seals'
> & {
  /** The vessel a load or discharge was onto or from, when the sender named it. */
  readonly transportCall?: Pick<TransportCallRef, 'vesselImo'>;
};

export interface FeatureInput {
  readonly consignment: Consignment;
  /** Events of the consignment's containers, from any source, in any order. */
  readonly events: readonly FeatureEvent[];
  readonly history: PartyHistory & RouteStats;
  readonly lookoutHits?: readonly LookoutHit[];
  readonly watchlistHits?: readonly WatchlistHit[];
  /** When the (latest version of the) filing was received. */
  readonly filedAt?: IsoDateTime;
  /** Expected or actual arrival at the port of discharge (port call ETA/ATA). */
  readonly arrivalAt?: IsoDateTime;
  /**
   * When this node's party history begins: the first shipment it counted for the agency (absent
   * when it has counted none). Until it covers `PARTY_HISTORY_WARM_UP_DAYS`, a party's age is
   * missing, as it is for a party first seen within that span of its start: the party may be older
   * than the history. The first-shipment flags do not wait (party-features.ts).
   */
  readonly historySince?: IsoDateTime;
  /** The clock, in milliseconds since the epoch. */
  readonly now: number;
}
