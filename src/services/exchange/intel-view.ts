/**
 * What the intelligence service takes and gives: the input to create an object, the view of an
 * object with its versions at this node, the hits, and the service's interface.
 */
import type { ExchangeKind, ExchangeObject } from '../../exchange/objects/exchange-object.ts';
import type { InternalNotes } from '../../exchange/release/shareable.ts';
import type { IntelVersion, LookoutHitRecord } from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import type { MarkingsInput } from './intel-input.ts';

export type CreatableKind = Exclude<ExchangeKind, 'hit'>;
type ContentOf<K extends ExchangeKind> = Extract<ExchangeObject, { kind: K }>['content'];

export interface CreateInput<K extends CreatableKind> {
  readonly kind: K;
  readonly content: K extends 'container-alert'
    ? Omit<ContentOf<K>, 'containerObjectId' | 'locationObjectId'>
    : ContentOf<K>;
  readonly markings: MarkingsInput;
  readonly internal?: InternalNotes;
}

export interface IntelView {
  readonly object: ExchangeObject;
  readonly state: IntelVersion['state'];
  readonly receivedFrom?: string;
  readonly approvedBy?: string;
  readonly createdBy: string;
  readonly versions: readonly {
    modified: string;
    state: string;
    revoked: boolean;
    shared: boolean;
  }[];
}

export interface HitsView {
  /** Partner and own lookouts that matched cargo at this node. */
  readonly local: readonly LookoutHitRecord[];
  /** Sightings of this node's lookouts reported by partners. */
  readonly reported: readonly ExchangeObject[];
}

export interface IntelService {
  create<K extends CreatableKind>(actor: Actor, input: CreateInput<K>): Promise<IntelView>;
  release(
    actor: Actor,
    id: string,
    audience: { communities?: string[]; agencies?: string[] },
  ): Promise<IntelView>;
  approve(actor: Actor, id: string): Promise<IntelView>;
  revoke(actor: Actor, id: string): Promise<IntelView>;
  get(actor: Actor, id: string): Promise<IntelView>;
  list(
    actor: Actor,
    kind: ExchangeKind,
    options?: { includeRevoked?: boolean; limit?: number },
  ): Promise<IntelView[]>;
  inbox(actor: Actor, options?: { limit?: number }): Promise<IntelView[]>;
  hits(actor: Actor, options?: { limit?: number }): Promise<HitsView>;
}

/** The view of a stored version, with the history of its object. */
export function viewOf(v: IntelVersion, versions: readonly IntelVersion[]): IntelView {
  return {
    object: v.document as ExchangeObject,
    state: v.state,
    createdBy: v.createdBy,
    ...(v.receivedFrom === undefined ? {} : { receivedFrom: v.receivedFrom }),
    ...(v.approvedBy === undefined ? {} : { approvedBy: v.approvedBy }),
    versions: versions.map((x) => ({
      modified: x.modified,
      state: x.state,
      revoked: x.revoked,
      shared: x.dateAddedUs !== undefined,
    })),
  };
}
