/**
 * The TAXII 2.1 server's logic for one authenticated partner: discovery, the API root, the
 * collections of its communities plus the direct one, objects and manifest pages in (date added,
 * sequence) keyset order — each version filtered by the collection and the release gate for that
 * partner, so a withheld object reads exactly like an absent one —, an object's versions, and
 * POSTed objects applied like pulled ones with a status resource. Every call is audited.
 */
import { AppError } from '../../core/app-error.ts';
import type { ExchangeObject } from '../../exchange/objects/exchange-object.ts';
import type { Released } from '../../exchange/release/release-for.ts';
import { decodeCursor, encodeCursor, type PagePosition } from '../../exchange/taxii/page-cursor.ts';
import { parseTaxiiTimestamp, taxiiTimestamp } from '../../exchange/taxii/taxii-timestamp.ts';
import {
  STIX_MEDIA_TYPE,
  TAXII_MEDIA_TYPE,
  type TaxiiApiRoot,
  type TaxiiCollection,
  type TaxiiDiscovery,
  type TaxiiManifestRecord,
  type TaxiiStatus,
} from '../../exchange/taxii/taxii-types.ts';
import type { StixBundle } from '../../exchange/stix/stix-object.ts';
import {
  getStatus,
  insertStatus,
  intelVersions,
  visibleIntelAfter,
  type CollectionRecord,
  type Db,
  type IntelVersion,
  type PartnerRecord,
} from '../../storage/index.ts';
import { createActor, type Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction } from '../audit/audited-transaction.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { loadNodeIdentity, type NodeIdentity } from './node-identity.ts';
import { releaseVersion, signedBundleOf, type SignedObjects } from './partner-release.ts';
import { receiveBundle } from './receive-bundle.ts';
import { belongsTo, collectionsOf } from './taxii-collections.ts';

export const TAXII_API_ROOT = '/taxii2/api/';
export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;

export interface PageQuery {
  readonly addedAfter?: string;
  readonly next?: string;
  readonly limit?: number;
  readonly matchIds?: readonly string[];
}

export interface ObjectsPage extends Partial<SignedObjects> {
  readonly more: boolean;
  readonly next?: string;
  readonly objects: readonly Released<ExchangeObject>[];
  readonly versions: readonly IntelVersion[];
  readonly dateAddedFirst?: string;
  readonly dateAddedLast?: string;
}

export interface TaxiiService {
  discovery(): TaxiiDiscovery;
  apiRoot(): TaxiiApiRoot;
  collections(partner: PartnerRecord): Promise<TaxiiCollection[]>;
  collection(partner: PartnerRecord, id: string): Promise<TaxiiCollection>;
  objects(partner: PartnerRecord, collectionId: string, q: PageQuery): Promise<ObjectsPage>;
  manifest(
    partner: PartnerRecord,
    collectionId: string,
    q: PageQuery,
  ): Promise<{ page: ObjectsPage; records: TaxiiManifestRecord[] }>;
  object(partner: PartnerRecord, collectionId: string, objectId: string): Promise<ObjectsPage>;
  versions(partner: PartnerRecord, collectionId: string, objectId: string): Promise<string[]>;
  add(
    partner: PartnerRecord,
    collectionId: string,
    bundle: StixBundle,
    signature?: string,
  ): Promise<TaxiiStatus>;
  status(partner: PartnerRecord, id: string): Promise<TaxiiStatus>;
}

/** A partner whose request carried a verified signature (RFC 9421): noted in the audit event. */
export type SignedPartner = PartnerRecord & { readonly requestSignedWith?: string };

export function partnerActor(partner: PartnerRecord, requestId?: string): Actor {
  return createActor({
    kind: 'machine',
    id: `partner:${partner.id}`,
    agencyId: partner.agencyId,
    roles: ['partner-node'],
    ...(requestId === undefined ? {} : { requestId }),
  });
}

const dateOf = (v: IntelVersion) => taxiiTimestamp(v.dateAddedUs ?? 0);

export function createTaxiiService(ctx: ExchangeContext): TaxiiService {
  const db = ctx.database.db;
  const audited = <T>(
    partner: PartnerRecord,
    action: string,
    resourceId: string,
    body: (tx: Db) => Promise<T>,
  ) => {
    const actor = partnerActor(partner);
    return auditedTransaction(
      ctx,
      actor,
      {
        action,
        resourceType: 'taxii',
        resourceId,
        ...signatureDetails(partner as SignedPartner),
      },
      async (tx) => {
        requireAccess(actor, 'exchange.sync');
        return body(tx);
      },
    );
  };
  const collectionFor = async (tx: Db, partner: PartnerRecord, id: string) => {
    const c = (await collectionsOf(tx, partner)).find((x) => x.id === id);
    if (!c) throw notFoundFor('exchange.sync');
    return c;
  };
  const page = async (
    tx: Db,
    partner: PartnerRecord,
    c: CollectionRecord,
    q: PageQuery,
    node: NodeIdentity,
  ) => releasedPage(tx, partner, c, parseQuery(q), node, ctx.clock.now());

  return {
    discovery: () => ({
      title: 'Portcullis TAXII 2.1',
      description: 'Intelligence released to partner agencies, filtered for each by its markings.',
      default: TAXII_API_ROOT,
      api_roots: [TAXII_API_ROOT],
    }),
    apiRoot: () => ({
      title: 'Portcullis exchange',
      versions: [TAXII_MEDIA_TYPE],
      max_content_length: 10 * 1024 * 1024,
    }),
    collections: (partner) =>
      audited(partner, 'taxii.collections', partner.id, async (tx) =>
        (await collectionsOf(tx, partner)).map(collectionView),
      ),
    collection: (partner, id) =>
      audited(partner, 'taxii.collection', id, async (tx) =>
        collectionView(await collectionFor(tx, partner, id)),
      ),
    objects: (partner, collectionId, q) =>
      audited(partner, 'taxii.objects', collectionId, async (tx) => {
        const node = await loadNodeIdentity(db, ctx.clock.now());
        const p = await page(tx, partner, await collectionFor(tx, partner, collectionId), q, node);
        return { ...p, ...(await signedBundleOf(ctx, node, p.objects)) };
      }),
    manifest: (partner, collectionId, q) =>
      audited(partner, 'taxii.manifest', collectionId, async (tx) => {
        const node = await loadNodeIdentity(db, ctx.clock.now());
        const p = await page(tx, partner, await collectionFor(tx, partner, collectionId), q, node);
        const records = p.versions.map((v) => ({
          id: v.objectId,
          date_added: dateOf(v),
          version: new Date(Date.parse(v.modified)).toISOString(),
          media_type: STIX_MEDIA_TYPE,
        }));
        return { page: p, records };
      }),
    object: (partner, collectionId, objectId) =>
      audited(partner, 'taxii.object', objectId, async (tx) => {
        const node = await loadNodeIdentity(db, ctx.clock.now());
        const c = await collectionFor(tx, partner, collectionId);
        const versions = (await intelVersions(tx, objectId, true)).filter((v) =>
          belongsTo(c, (v.document as ExchangeObject).markings, partner.agencyId),
        );
        const newest = versions.at(-1);
        const released = newest && releaseVersion(newest, partner, node, ctx.clock.now());
        if (!newest || !released) throw notFoundFor('exchange.sync');
        const signed = await signedBundleOf(ctx, node, [released]);
        return {
          more: false,
          objects: [released],
          versions: [newest],
          ...signed,
          dateAddedFirst: dateOf(newest),
          dateAddedLast: dateOf(newest),
        };
      }),
    versions: (partner, collectionId, objectId) =>
      audited(partner, 'taxii.versions', objectId, async (tx) => {
        const node = await loadNodeIdentity(db, ctx.clock.now());
        const c = await collectionFor(tx, partner, collectionId);
        const inCollection = (await intelVersions(tx, objectId, true)).filter((v) =>
          belongsTo(c, (v.document as ExchangeObject).markings, partner.agencyId),
        );
        const released = (v: IntelVersion) =>
          releaseVersion(v, partner, node, ctx.clock.now()) !== undefined;
        // Decided on the newest version, as for the object itself: once the owner withholds it
        // (raised to RED, say), not even the dates of the versions released before show.
        const newest = inCollection.at(-1);
        if (!newest || !released(newest)) throw notFoundFor('exchange.sync');
        return inCollection
          .filter(released)
          .map((v) => new Date(Date.parse(v.modified)).toISOString());
      }),
    add: async (partner, collectionId, bundle, signature) => {
      await audited(partner, 'taxii.add', collectionId, (tx) =>
        collectionFor(tx, partner, collectionId),
      );
      const requestedAt = ctx.clock.now();
      const r = await receiveBundle(ctx, partner, bundle, signature);
      const id = ctx.randomUuid();
      const successes = [...r.applied, ...r.duplicates];
      await insertStatus(db, {
        id,
        partnerId: partner.id,
        requestedAt,
        totalCount: successes.length + r.rejected.length,
        successes,
        failures: r.rejected,
      });
      const status = await getStatus(db, id);
      if (!status) throw new Error('status not stored');
      return statusView(status);
    },
    status: (partner, id) =>
      audited(partner, 'taxii.status', id, async (tx) => {
        const s = await getStatus(tx, id);
        if (!s || s.partnerId !== partner.id) throw notFoundFor('exchange.sync');
        return statusView(s);
      }),
  };
}

function collectionView(c: CollectionRecord): TaxiiCollection {
  return {
    id: c.id,
    title: c.title,
    ...(c.description === undefined ? {} : { description: c.description }),
    can_read: true,
    can_write: true,
    media_types: [STIX_MEDIA_TYPE],
  };
}

function statusView(s: Awaited<ReturnType<typeof getStatus>> & object): TaxiiStatus {
  return {
    id: s.id,
    status: 'complete',
    request_timestamp: taxiiTimestamp(Date.parse(s.requestedAt) * 1000),
    total_count: s.totalCount,
    success_count: s.successes.length,
    failure_count: s.failures.length,
    pending_count: 0,
    successes: s.successes,
    failures: s.failures,
  };
}

interface ParsedQuery {
  readonly after?: PagePosition;
  readonly addedAfterUs?: number;
  readonly limit: number;
  readonly matchIds?: readonly string[];
}

function parseQuery(q: PageQuery): ParsedQuery {
  const limit = Math.min(Math.max(1, q.limit ?? DEFAULT_PAGE), MAX_PAGE);
  const out: {
    after?: PagePosition;
    addedAfterUs?: number;
    limit: number;
    matchIds?: readonly string[];
  } = { limit };
  if (q.next !== undefined) {
    const r = decodeCursor(q.next);
    if (!r.ok)
      throw new AppError('bad_request', `"${q.next}" is not a page token from this server.`, {
        diagnostics: r.diagnostics,
      });
    out.after = r.value;
  }
  if (q.addedAfter !== undefined) {
    const r = parseTaxiiTimestamp(q.addedAfter);
    if (!r.ok)
      throw new AppError('bad_request', `added_after "${q.addedAfter}" is not a TAXII timestamp.`, {
        diagnostics: r.diagnostics,
      });
    out.addedAfterUs = r.value;
  }
  if (q.matchIds !== undefined && q.matchIds.length > 0) out.matchIds = q.matchIds;
  return out;
}

/**
 * Reads candidates in keyset order, in chunks, keeping those in the collection that the gate
 * releases, until one more than the page is found (then there is more) or storage runs out.
 */
async function releasedPage(
  tx: Db,
  partner: PartnerRecord,
  c: CollectionRecord,
  q: ParsedQuery,
  node: NodeIdentity,
  now: Date,
): Promise<ObjectsPage> {
  const chunk = Math.max(q.limit + 1, 200);
  const found: { v: IntelVersion; o: Released<ExchangeObject> }[] = [];
  let position = q.after;
  for (;;) {
    const candidates = await visibleIntelAfter(tx, position, q.addedAfterUs, chunk);
    for (const v of candidates) {
      if (q.matchIds && !q.matchIds.includes(v.objectId)) continue;
      if (!belongsTo(c, (v.document as ExchangeObject).markings, partner.agencyId)) continue;
      const o = releaseVersion(v, partner, node, now);
      if (o) found.push({ v, o });
      if (found.length > q.limit) break;
    }
    const last = candidates.at(-1);
    if (found.length > q.limit || candidates.length < chunk || !last) break;
    position = { addedAt: last.dateAddedUs ?? 0, seq: last.seq ?? 0 };
  }
  const items = found.slice(0, q.limit);
  const more = found.length > q.limit;
  const first = items[0]?.v;
  const lastItem = items.at(-1)?.v;
  return {
    more,
    objects: items.map((i) => i.o),
    versions: items.map((i) => i.v),
    ...(more && lastItem
      ? { next: encodeCursor({ addedAt: lastItem.dateAddedUs ?? 0, seq: lastItem.seq ?? 0 }) }
      : {}),
    ...(first && lastItem
      ? { dateAddedFirst: dateOf(first), dateAddedLast: dateOf(lastItem) }
      : {}),
  };
}

/** The request signature a partner's call carried, for its audit event. */
export function signatureDetails(partner: SignedPartner): {
  details?: { requestSignature: { keyid: string; verified: true } };
} {
  const kid = partner.requestSignedWith;
  return kid === undefined ? {} : { details: { requestSignature: { keyid: kid, verified: true } } };
}
