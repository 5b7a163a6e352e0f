/**
 * The communities of `GET /api/v1/graph/communities` (`entity.read`): ranked groups of companies
 * and persons, each with a summary (counts, members, reasons, shared identifiers), and the hubs
 * the server left out. The closed sets are the server's (`src/intel/graph/community-kinds.ts`).
 */
import {
  HUB_KINDS,
  type HubKind,
  type ReasonKind,
} from '../../../src/intel/graph/community-kinds.ts';
import { get } from './client.ts';
import type { GraphNode } from './types.ts';

export { HUB_KINDS, type HubKind, type ReasonKind };

export const COMMUNITIES_PATH = '/api/v1/graph/communities';

export const isHubKind = (kind: string): kind is HubKind =>
  (HUB_KINDS as readonly string[]).includes(kind);

export interface CommunityMember extends GraphNode {
  readonly entityId?: string;
  readonly roles: readonly string[];
}

export interface CommunityReason {
  readonly kind: ReasonKind;
  readonly text: string;
  readonly parties: number;
  readonly reference?: string;
  readonly label?: string;
  readonly billNumber?: string;
  readonly hits?: number;
  readonly narcotics?: number;
}

export interface CommunityBinding {
  readonly kind: string;
  readonly value: string;
  readonly label: string;
  readonly members: number;
}

export interface CommunitySummary {
  readonly size: number;
  readonly counts: { readonly companies: number; readonly persons: number };
  readonly members: { readonly total: number; readonly items: readonly CommunityMember[] };
  readonly reasons: readonly CommunityReason[];
  readonly binds: { readonly total: number; readonly items: readonly CommunityBinding[] };
  readonly dealings: { readonly pairs: number; readonly consignments: number };
  readonly density: number;
}

export interface Community {
  readonly id: number;
  readonly members: readonly GraphNode[];
  readonly summary: CommunitySummary;
}

export interface Hub {
  readonly kind: string;
  readonly id: string;
  readonly label: string;
  readonly companies: number;
}

export interface CommunityList {
  readonly items: readonly Community[];
  readonly total: number;
  readonly hubs: {
    readonly threshold: number;
    readonly total: number;
    readonly items: readonly Hub[];
  };
}

/** The highest ranked communities (500 at most) and the hubs left out. */
export const loadCommunities = (): Promise<CommunityList> => get<CommunityList>(COMMUNITIES_PATH);
