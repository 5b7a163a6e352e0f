/** A container as `GET /api/v1/containers/{n}` gives it to the pages: its bills and its moves. */
import type { ReportSource } from '../../../src/core/cargo/container-moves.ts';
import type { MoveDiscrepancyField } from '../../../src/core/cargo/move-discrepancies.ts';

/** The filing whose message reported an event (absent for rows stored before it was kept). */
export type { ReportSource } from '../../../src/core/cargo/container-moves.ts';

export interface ContainerEvent {
  readonly eventType: string;
  readonly classifier: string;
  readonly eventAt: string;
  readonly location?: string;
  readonly facility?: string;
  readonly fullEmpty?: string;
  readonly seals?: readonly { readonly number: string }[];
}

/** One real move: what its reports agree on, each report, and what they disagree on. */
export interface ContainerMove extends ContainerEvent {
  readonly reports: readonly {
    readonly id: string;
    readonly eventAt: string;
    readonly source?: ReportSource;
    /** Its sender retracted the event: shown, it counts no more. */
    readonly retracted?: true;
  }[];
  readonly discrepancies: readonly {
    readonly field: MoveDiscrepancyField;
    readonly values: readonly { readonly value: string; readonly reportIds: readonly string[] }[];
  }[];
  /** Every report of the move was retracted by its sender. */
  readonly retracted?: true;
}

export interface ContainerDetail {
  readonly containerNumber: string;
  readonly bills: readonly { readonly billNumber: string; readonly version: number }[];
  readonly moves: readonly ContainerMove[];
}
