/** What officers send to the outcome workflow, and what they read back. */
import type { ScanVerdict, SelectionState } from '../../risk/outcomes/selection-states.ts';
import type { EvidenceInput, SeizureInput } from '../../risk/outcomes/outcome-inputs.ts';

export type { EvidenceInput, SeizureInput };

export interface Versioned {
  /** The version the officer read: a newer one means someone else changed it first (409). */
  readonly version: number;
}

export interface ScanInput extends Versioned {
  readonly scannerId: string;
  readonly imageRef: string;
  readonly imageSha256: string;
  readonly verdict: ScanVerdict;
  readonly anomalyZones?: readonly string[] | undefined;
}

export interface InspectionInput extends Versioned {
  readonly team: string;
  readonly findings: string;
  readonly found: boolean;
}

export type SeizureRequest = Versioned & SeizureInput;

export interface CustodyInput {
  readonly holder: string;
  readonly location: string;
  /** When the holder took the seized goods (ISO 8601). */
  readonly at: string;
  readonly note?: string | undefined;
  /** The seizure held; the newest one of the selection when absent. */
  readonly seizureId?: string | undefined;
}

export interface WaiverInput extends Versioned {
  readonly reason: string;
}

export interface SelectionQuery {
  readonly callId?: string | undefined;
  readonly state?: string | undefined;
  readonly containerNumber?: string | undefined;
  readonly limit?: number | undefined;
}

export interface SelectionSummary {
  readonly id: string;
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly callId: string;
  readonly state: SelectionState;
  readonly version: number;
  readonly reason: string;
  readonly propensity: number;
  readonly score: number;
  readonly mandatoryHold: boolean;
  readonly holdWaived: boolean;
  readonly updatedAt: string;
}

export interface TransitionView {
  readonly action: string;
  readonly from: string;
  readonly to: string;
  readonly version: number;
  readonly by: string;
  readonly at: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export interface SelectionDetail extends SelectionSummary {
  readonly history: readonly TransitionView[];
  readonly scan: ScanView | undefined;
  readonly inspection: InspectionView | undefined;
  readonly seizures: readonly SeizureView[];
  readonly custody: readonly CustodyView[];
  readonly customsStatuses: readonly string[];
}

export interface ScanView {
  readonly scannerId: string;
  readonly imageRef: string;
  readonly imageSha256: string;
  readonly verdict: string;
  readonly anomalyZones: readonly string[];
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface InspectionView {
  readonly team: string;
  readonly findings: string;
  readonly found: boolean;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface SeizureView extends SeizureInput {
  readonly id: string;
  readonly port: string;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

export interface CustodyView {
  readonly id: string;
  readonly seizureId: string;
  readonly holder: string;
  readonly location: string;
  readonly at: string;
  readonly note?: string | undefined;
  readonly recordedBy: string;
  readonly recordedAt: string;
}
