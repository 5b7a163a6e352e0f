/** One simulated day as the API yields it: the vessel calls with their filings, events and planted cases. */
import type { Consignment } from '../core/cargo/consignment.ts';
import type { Equipment } from '../core/cargo/equipment.ts';
import type { ContainerEvent, TransportEvent } from '../core/cargo/events.ts';
import type { PortCall, Vessel } from '../core/cargo/vessel.ts';
import type { CaseTruth } from './ground-truth.ts';

export interface SimFiling {
  /** Port of loading the consignments were filed for (one entry summary per port of loading). */
  readonly portOfLoading: string;
  /** When the carrier filed: at least 24 hours before loading at that port. */
  readonly filedAt: string;
  readonly consignments: readonly Consignment[];
}

export interface SimCall {
  readonly id: string;
  readonly service: { readonly code: string; readonly name: string; readonly lane: string };
  readonly carrier: string;
  readonly vessel: Vessel;
  /** The call at the port, with its actual times (which only messages sent after them may tell). */
  readonly portCall: PortCall;
  /** The terminal the vessel calls at (its code). */
  readonly terminal: string;
  /** Departure from the last port before this one: the carrier sends the stowage plan then. */
  readonly previousPortDeparture: string;
  readonly filings: readonly SimFiling[];
  /** Containers discharged at the port (BAPLIE on arrival). */
  readonly discharged: readonly Equipment[];
  /** Containers loaded at the port. */
  readonly loaded: readonly Equipment[];
  /** The timelines of the call's containers (the day's `containerEvents` are these, call by call). */
  readonly containerEvents: readonly ContainerEvent[];
  /** The vessel's arrival and departure at the port. */
  readonly transportEvents: readonly TransportEvent[];
}

export interface SimDay {
  readonly index: number;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly calls: readonly SimCall[];
  /** Full timelines of every container the day's calls moved, origin to gate-out. */
  readonly containerEvents: readonly ContainerEvent[];
  readonly transportEvents: readonly TransportEvent[];
  readonly cases: readonly CaseTruth[];
}
