/**
 * What the entities service answers: members, summaries, profiles and graph views, and the
 * service's own interface (entities.service.ts implements it).
 */
import type { GraphEdge, GraphNode } from '../../intel/graph/index.ts';
import type {
  EntityLink,
  IdentifierConflict,
  SameNameAndAddress,
  SharedIdentifier,
} from '../../intel/resolution/index.ts';
import type { StoredScreeningHit } from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import type { CommunityList, CommunityOptions } from './entity-communities.ts';
import type { EntityMemberGroup } from './member-groups.ts';

export interface EntityMember {
  readonly partyId: string;
  readonly name: string;
  readonly role: string;
  readonly billNumber: string;
  readonly consignmentId: string;
  readonly country?: string;
}

export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly members: number;
  readonly consignments: number;
}

export interface EntityProfile extends EntitySummary {
  /** Every record, one entry each (kept for compatibility; `memberGroups` is what to show). */
  readonly memberList: readonly EntityMember[];
  /** Identical records as one line each (most records first), the page asked for. */
  readonly memberGroups: readonly EntityMemberGroup[];
  readonly memberGroupsTotal: number;
  readonly identifiers: Readonly<Record<string, readonly string[]>>;
  /** EORI, VAT or IMO numbers its records share: "353 records share EORI BE0470140409". */
  readonly sharedIdentifiers: readonly SharedIdentifier[];
  /** Clearly different names filed under one of those identifiers (a possibly misused one). */
  readonly conflicts: readonly IdentifierConflict[];
  /** Records filed with one name at one address, joined for that: "64 records filed as … at …". */
  readonly sameNameAndAddress: readonly SameNameAndAddress[];
  /** The strongest links that joined the other records, at most MAX_PROFILE_LINKS. */
  readonly links: readonly EntityLink[];
  readonly linksTotal: number;
  readonly screeningHits: readonly StoredScreeningHit[];
  readonly consignmentList: readonly { readonly id: string; readonly billNumber: string }[];
}

/** Links listed in a profile: a big entity's explanation stays readable. */
export const MAX_PROFILE_LINKS = 25;

/** Which lines of identical records a profile lists (`MEMBER_PAGE`: 20 by default, 200 at most). */
export interface MemberPageOptions {
  readonly memberOffset?: number;
  readonly memberLimit?: number;
}

export interface GraphView {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export interface EntitiesService {
  search(actor: Actor, q: string, limit?: number): Promise<EntitySummary[]>;
  profile(actor: Actor, id: string, page?: MemberPageOptions): Promise<EntityProfile>;
  /** One page of the profile's lines of identical records, without the rest of the profile. */
  memberLines(
    actor: Actor,
    id: string,
    page?: MemberPageOptions,
  ): Promise<Pick<EntityProfile, 'memberGroups' | 'memberGroupsTotal'>>;
  merge(actor: Actor, id: string, otherId: string, note?: string): Promise<EntitySummary>;
  split(
    actor: Actor,
    id: string,
    partyIds: readonly string[],
    note?: string,
  ): Promise<EntitySummary[]>;
  graph(actor: Actor, id: string, hops: number): Promise<GraphView>;
  paths(actor: Actor, from: string, to: string): Promise<{ paths: string[][] } & GraphView>;
  /** Party communities, highest risk first, with the hubs left out of them. */
  communities(actor: Actor, options?: CommunityOptions): Promise<CommunityList>;
  seizure(actor: Actor, seizureId: string, hops: number): Promise<GraphView>;
  consignmentParties(
    actor: Actor,
    consignmentId: string,
  ): Promise<
    Array<EntityMember & { entityId: string; screeningHits: readonly StoredScreeningHit[] }>
  >;
}
