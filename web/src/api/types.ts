/** What the pages read from the API: the fields they use, nothing more. */
import type {
  ConcealmentCode,
  SeizedSubstance,
} from '../../../src/risk/outcomes/concealment-codes.ts';
import type { HitVerdict as ServerHitVerdict } from '../../../src/services/entities/screening.service.ts';

import { SELECTION_STATES } from '../../../src/risk/outcomes/selection-state-list.ts';

export interface SessionUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: string;
  readonly roles: readonly string[];
  readonly permissions: readonly string[];
}

export interface Session {
  readonly user: SessionUser;
  readonly csrfToken: string;
}

export interface VesselCall {
  readonly id: string;
  readonly vesselImo: string;
  readonly voyageNumber: string;
  readonly port: string;
  readonly eta?: string;
  /** False for a call known only from an arrival or departure event: no cargo report yet. */
  readonly filed: boolean;
  readonly containers: number;
  readonly high: number;
  readonly holds: number;
  readonly vesselName?: string;
  readonly ata?: string;
  /** With an ETA: on the arrivals board's upcoming or past part. */
  readonly arrival?: 'upcoming' | 'past';
  /** The newest scan plan, given only to users who read scan plans. */
  readonly plan?: CallPlan;
  /** Watchlist entries that name the vessel by its IMO number. */
  readonly listed?: readonly VesselListing[];
}

export interface VesselListing {
  readonly listId: string;
  readonly entryId: string;
  readonly name: string;
  readonly programmes: readonly string[];
  readonly narcotics: boolean;
}

export interface CallPlan {
  readonly id: string;
  readonly createdAt: string;
  readonly selected: number;
  readonly scanned: number;
}

export interface Reason {
  readonly kind: string;
  readonly ref: string;
  readonly text: string;
}

export interface QueueEntry {
  readonly assessmentId: string;
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly score: number;
  readonly band: string;
  readonly mandatoryHold: boolean;
  readonly topReasons: readonly Reason[];
}

export interface PlanSelection {
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly score: number;
  readonly reason: string;
  readonly propensity: number;
  readonly selected: boolean;
  readonly note?: string;
}

export interface ScanPlan {
  readonly id: string;
  readonly vesselCall: string;
  readonly terminal: string;
  readonly shift: string;
  readonly capacity: number;
  readonly controlShare: number;
  readonly controlPool: number;
  readonly controlPropensity: number;
  readonly createdAt: string;
  readonly selections: readonly PlanSelection[];
}

export interface Assessment {
  readonly id: string;
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly vesselCall?: string;
  readonly score: number;
  readonly band: string;
  readonly mandatoryHold: boolean;
  readonly explanation: { readonly text: string; readonly reasons: readonly Reason[] };
  readonly ruleSetVersion: string;
  readonly modelVersion?: string;
  readonly assessedAt: string;
}

export interface Party {
  readonly role: string;
  readonly name: string;
  readonly address?: {
    readonly country?: string;
    readonly city?: string;
    readonly street?: string;
  };
  readonly identifiers?: readonly { readonly scheme: string; readonly value: string }[];
}

export interface GoodsItem {
  readonly sequence: number;
  readonly hsCode?: string;
  readonly description: string;
  readonly packages: { readonly count: number; readonly kind?: string };
  readonly grossWeightKg?: number;
  readonly containerNumbers: readonly string[];
}

export interface RoutePlace {
  readonly role: string;
  readonly locode: string;
  readonly name?: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
}

export interface ConsignmentDetail {
  readonly id: string;
  readonly billNumber: string;
  readonly agencyId: string;
  readonly version: number;
  readonly filedAt: string;
  readonly cancelled: boolean;
  readonly consignment: {
    readonly billKind: string;
    readonly carrier?: string;
    readonly vesselImo?: string;
    readonly voyageNumber?: string;
    readonly parties: readonly Party[];
    readonly goods: readonly GoodsItem[];
    readonly equipment: readonly {
      readonly containerNumber: string;
      readonly isoSizeType?: string;
    }[];
  };
  readonly route: readonly RoutePlace[];
  readonly history: readonly {
    readonly version: number;
    readonly filedAt: string;
    readonly cancelled: boolean;
  }[];
}

export interface ScreeningHit {
  readonly listId: string;
  readonly matchedName: string;
  readonly partyName?: string;
  readonly score: number;
  readonly narcotics?: boolean;
  readonly programmes?: readonly string[];
  readonly status?: string;
}

export const HIT_VERDICTS = [
  'true-positive',
  'false-positive',
] as const satisfies readonly ServerHitVerdict[];
export type HitVerdict = (typeof HIT_VERDICTS)[number];

/** A stored hit as the entities API gives it: reviewable, with who reviewed it. */
export interface StoredScreeningHit extends ScreeningHit {
  readonly id: string;
  readonly billNumber: string;
  readonly partyRole: string;
  readonly partyName: string;
  readonly status: 'open' | HitVerdict;
  readonly reviewedBy: string | null;
  readonly reviewNote?: string | null;
}

export interface ConsignmentParty {
  readonly role: string;
  readonly name: string;
  readonly entityId?: string;
  readonly screeningHits: readonly ScreeningHit[];
}

export { SELECTION_STATES };

export interface SelectionSummary {
  readonly id: string;
  readonly containerNumber: string;
  readonly billNumber?: string;
  readonly callId: string;
  readonly state: (typeof SELECTION_STATES)[number];
  readonly version: number;
  readonly reason: string;
  readonly mandatoryHold: boolean;
  readonly holdWaived: boolean;
  readonly updatedAt: string;
}

export interface SelectionDetail extends SelectionSummary {
  readonly history: readonly {
    readonly action: string;
    readonly from: string;
    readonly to: string;
    readonly by: string;
    readonly at: string;
  }[];
  readonly scan?: {
    readonly verdict: string;
    readonly scannerId: string;
    readonly imageRef: string;
    readonly recordedBy: string;
    readonly recordedAt: string;
  };
  readonly inspection?: {
    readonly team: string;
    readonly findings: string;
    readonly found: boolean;
    readonly recordedBy: string;
    readonly recordedAt: string;
  };
  readonly seizures: readonly {
    readonly id: string;
    readonly substance: string;
    readonly grossKg: number;
    readonly netKg: number;
    readonly packages: number;
    readonly concealment: string;
    readonly location: string;
    readonly recordedBy: string;
    readonly recordedAt: string;
  }[];
  readonly custody: readonly {
    readonly id: string;
    readonly holder: string;
    readonly location: string;
    readonly at: string;
    readonly recordedBy: string;
  }[];
}

export const CONCEALMENTS = [
  'door-bags',
  'in-cargo',
  'reefer-machinery',
  'container-structure',
  'parasitic',
  'other',
] as const satisfies readonly ConcealmentCode[];

export const SUBSTANCES = [
  'cocaine',
  'cannabis',
  'heroin',
  'synthetic',
  'precursor',
  'other',
] as const satisfies readonly SeizedSubstance[];

export interface Lookout {
  readonly id: string;
  readonly title?: string;
  readonly status?: string;
  readonly state?: string;
  readonly revoked?: boolean;
  readonly markings?: { readonly tlp?: string; readonly handling?: { readonly code?: string } };
  readonly createdAt?: string;
  readonly created?: string;
  readonly content?: { readonly title?: string };
  /** A user id, or `partner:<id>` for a received object. */
  readonly createdBy?: string;
  readonly approvedBy?: string;
}

/** An exchange object as the intel API presents it (inbox items, reported sightings). */
export interface IntelObject {
  readonly id: string;
  readonly kind: string;
  readonly created?: string;
  readonly modified?: string;
  readonly markings?: { readonly owner?: string };
  readonly content?: {
    readonly title?: string;
    readonly lookoutId?: string;
    readonly sightedBy?: string;
    readonly containerNumbers?: readonly string[];
    readonly matchedOn?: readonly string[];
    readonly lastSeen?: string;
  };
}

/** A lookout of this node matched on its own cargo. */
export interface LocalHit {
  readonly id: string;
  readonly lookoutId: string;
  readonly billNumber?: string;
  readonly containerNumbers: readonly string[];
  readonly matchedOn: readonly string[];
  readonly mandatoryHold: boolean;
  readonly at: string;
}

export interface GraphNode {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: string;
}

export interface EntityGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** `GET /api/v1/stats/seizures?groupBy=port,year`. */
export interface SeizureTotals {
  readonly port: string;
  readonly year: number;
  readonly seizures: number;
  readonly containers: number;
  readonly netKg: number;
  readonly grossKg: number;
  readonly packages: number;
}

interface EffectivenessArm {
  readonly scans: number;
  readonly hits: number;
  /** `rate` is null when the arm has no scans. */
  readonly hitRate: {
    readonly hits: number;
    readonly trials: number;
    readonly rate: number | null;
  };
  readonly kg: number;
}

/** `GET /api/v1/stats/effectiveness`: per group, the targeted, control, hold and manual arms. */
export interface EffectivenessReport {
  readonly from: string;
  readonly to: string;
  readonly groups: readonly {
    readonly group: string;
    readonly arms: Readonly<Record<'targeted' | 'control' | 'hold' | 'manual', EffectivenessArm>>;
    readonly lift: number | null;
  }[];
}

/** A rule set version (`GET /api/v1/rules`); the document only from `GET /api/v1/rules/{id}`. */
export interface RuleSetVersion {
  readonly id: string;
  readonly setId: string;
  readonly version: string;
  readonly status: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly activatedAt?: string;
  readonly document?: Record<string, unknown>;
}

/** One rule's backtest on the recorded outcomes (`POST /api/v1/rules/{id}/backtest`). */
export interface RuleBacktest {
  readonly ruleId: string;
  readonly records: number;
  readonly positives: number;
  readonly hits: number;
  readonly truePositives: number;
  readonly baseRate: number;
  readonly precision?: number;
  readonly precisionInterval: { readonly low: number; readonly high: number };
  readonly recall?: number;
  readonly recallInterval: { readonly low: number; readonly high: number };
  readonly lift?: number;
}
