/**
 * A container alert: "container X is suspect and bound for your port". Exchanged as a STIX report
 * over a container object and the destination port's location.
 */
import type { Shareable } from '../release/shareable.ts';

export interface ContainerAlertContent {
  readonly containerNumber: string;
  readonly destinationLocode: string;
  readonly expectedArrival?: string;
  readonly reason: string;
  readonly holdRequested: boolean;
  /** STIX ids for the container object and the port location (drawn by the caller). */
  readonly containerObjectId: string;
  readonly locationObjectId: string;
}

export type ContainerAlert = Shareable<'container-alert', ContainerAlertContent>;
