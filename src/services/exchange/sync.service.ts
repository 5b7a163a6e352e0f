/**
 * Sync with partner nodes, once per call (the server runs it on a schedule, `portcullis sync` once):
 * pull every collection a partner offers, resuming from the stored cursor — the last date added
 * applied, re-read from one microsecond earlier so a run of versions sharing that instant is never
 * cut; what was already applied comes back as duplicates and changes nothing —, verifying each
 * page's signature; push to partners that accept it what the gate releases to them; check the
 * partner's audit tree head against the one held for it (`partner-heads.ts`), and the one held
 * against the heads the other partners hold of its log (`partner-head-witnesses.ts`); then match
 * new cargo against the lookouts in force. A partner that cannot be reached is reported and
 * retried at the next run. Every TAXII request is signed with the node's key (RFC 9421, `pcx`).
 */
import { AppError } from '../../core/app-error.ts';
import { signRequest } from '../../exchange/signing/request-signature.ts';
import type { StixBundle } from '../../exchange/stix/stix-object.ts';
import { parseTaxiiTimestamp, taxiiTimestamp } from '../../exchange/taxii/taxii-timestamp.ts';
import {
  TAXII_MEDIA_TYPE,
  type TaxiiCollection,
  type TaxiiEnvelope,
} from '../../exchange/taxii/taxii-types.ts';
import {
  getSyncCursor,
  listPartners,
  setSyncCursor,
  visibleIntelAfterSeq,
  type PartnerRecord,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import type { ExchangeContext } from './exchange-context.ts';
import { matchNewCargo } from './match-cargo.ts';
import { crossCheckPartnerHead, type WitnessReport } from './partner-head-witnesses.ts';
import { checkPartnerAuditHead, type PartnerHeadReport } from './partner-heads.ts';
import { loadNodeIdentity } from './node-identity.ts';
import { releaseVersion, signedBundleOf } from './partner-release.ts';
import { receiveBundle } from './receive-bundle.ts';
import { DIRECT_COLLECTION_ID } from './taxii-collections.ts';

export const SIGNATURE_HEADER = 'x-portcullis-signature';
export const BUNDLE_HEADER = 'x-portcullis-bundle';
const PAGE = 200;

export interface PartnerSyncReport {
  readonly partnerId: string;
  readonly pulled: number;
  readonly applied: number;
  readonly duplicates: number;
  readonly rejected: number;
  readonly pushed: number;
  /** The check of the partner's audit tree head (partners registered with an audit key). */
  readonly auditHead?: PartnerHeadReport;
  /** The head held of its log compared with the one each other partner holds (a split view?). */
  readonly witnesses?: readonly WitnessReport[];
  readonly error?: string;
}

export interface SyncReport {
  readonly partners: readonly PartnerSyncReport[];
  readonly hits: number;
  readonly sightings: number;
}

export interface SyncService {
  syncOnce(actor: Actor): Promise<SyncReport>;
}

export function createSyncService(ctx: ExchangeContext): SyncService {
  return {
    async syncOnce(actor) {
      requireAccess(actor, 'exchange.sync');
      const partners = await listPartners(ctx.database.db);
      const reports: PartnerSyncReport[] = [];
      const reached = partners.filter((x) => x.endpoint !== undefined);
      for (const p of reached) reports.push(await syncPartner(ctx, actor, p, reached));
      const matched = await matchNewCargo(ctx);
      return { partners: reports, hits: matched.hits, sightings: matched.sightings };
    },
  };
}

async function syncPartner(
  ctx: ExchangeContext,
  actor: Actor,
  partner: PartnerRecord,
  synced: readonly PartnerRecord[],
): Promise<PartnerSyncReport> {
  const counts = { pulled: 0, applied: 0, duplicates: 0, rejected: 0, pushed: 0 };
  let auditHead: PartnerHeadReport | undefined;
  let witnesses: WitnessReport[] | undefined;
  const withHead = () => ({
    ...(auditHead ? { auditHead } : {}),
    ...(witnesses ? { witnesses } : {}),
  });
  // The others it syncs with, asked for the heads they hold of this partner's log.
  const others = synced
    .filter((w) => w.id !== partner.id && w.outboundToken !== undefined)
    .map((w) => ({ id: w.id, get: (path: string) => taxiiRequest(ctx, w, path) }));
  try {
    if (partner.outboundToken !== undefined) {
      const collections = await taxiiGet<{ collections?: TaxiiCollection[] }>(
        ctx,
        partner,
        'collections/',
      );
      for (const c of collections.collections ?? [])
        if (c.can_read) await pullCollection(ctx, partner, c.id, counts);
      if (partner.acceptsPush) await push(ctx, partner, counts);
      const get = (path: string) => taxiiRequest(ctx, partner, path);
      auditHead = await checkPartnerAuditHead(ctx, actor, partner, get);
      if (auditHead) witnesses = await crossCheckPartnerHead(ctx, actor, partner, get, others);
    }
    return { partnerId: partner.id, ...counts, ...withHead() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { partnerId: partner.id, ...counts, ...withHead(), error: message };
  }
}

async function pullCollection(
  ctx: ExchangeContext,
  partner: PartnerRecord,
  collectionId: string,
  counts: { pulled: number; applied: number; duplicates: number; rejected: number },
) {
  const cursor = await getSyncCursor(ctx.database.db, partner.id, collectionId);
  const base = `collections/${collectionId}/objects/?limit=${PAGE}`;
  const since =
    cursor === undefined ? '' : `&added_after=${encodeURIComponent(taxiiTimestamp(cursor - 1))}`;
  let next: string | undefined;
  do {
    const query = `${base}${since}${next === undefined ? '' : `&next=${encodeURIComponent(next)}`}`;
    const { body, headers } = await taxiiFetch(ctx, partner, query);
    const envelope = body as TaxiiEnvelope;
    const objects = envelope.objects ?? [];
    if (objects.length > 0) {
      const bundle: StixBundle = {
        type: 'bundle',
        id: headers.get(BUNDLE_HEADER) ?? '',
        objects: objects,
      };
      const r = await receiveBundle(
        ctx,
        partner,
        bundle,
        headers.get(SIGNATURE_HEADER) ?? undefined,
      );
      counts.pulled += r.applied.length + r.duplicates.length + r.rejected.length;
      counts.applied += r.applied.length;
      counts.duplicates += r.duplicates.length;
      counts.rejected += r.rejected.length;
    }
    const last = headers.get('x-taxii-date-added-last');
    if (last !== null) {
      const us = parseTaxiiTimestamp(last, 'X-TAXII-Date-Added-Last');
      if (us.ok && (cursor === undefined || us.value > cursor))
        await setSyncCursor(ctx.database.db, partner.id, collectionId, us.value, ctx.clock.now());
    }
    next = envelope.more ? envelope.next : undefined;
  } while (next !== undefined);
}

/** Pushes to the partner's direct collection what the gate releases to it, from the push cursor. */
async function push(ctx: ExchangeContext, partner: PartnerRecord, counts: { pushed: number }) {
  const db = ctx.database.db;
  const node = await loadNodeIdentity(db, ctx.clock.now());
  let seq = (await getSyncCursor(db, partner.id, 'push')) ?? 0;
  for (;;) {
    const versions = await visibleIntelAfterSeq(db, seq, PAGE);
    const last = versions.at(-1);
    if (!last) return;
    const released = versions
      .filter((v) => v.receivedFrom !== partner.agencyId)
      .map((v) => releaseVersion(v, partner, node, ctx.clock.now()))
      .filter((o) => o !== undefined);
    if (released.length > 0) {
      const signed = await signedBundleOf(ctx, node, released);
      await taxiiFetch(ctx, partner, `collections/${DIRECT_COLLECTION_ID}/objects/`, {
        method: 'POST',
        headers: {
          'content-type': TAXII_MEDIA_TYPE,
          [SIGNATURE_HEADER]: signed.signature,
          [BUNDLE_HEADER]: signed.bundle.id,
        },
        body: JSON.stringify({ objects: signed.bundle.objects }),
      });
      counts.pushed += released.length;
    }
    seq = last.seq ?? seq;
    await setSyncCursor(db, partner.id, 'push', seq, ctx.clock.now());
  }
}

async function taxiiGet<T>(ctx: ExchangeContext, partner: PartnerRecord, path: string): Promise<T> {
  return (await taxiiFetch(ctx, partner, path)).body as T;
}

async function taxiiFetch(
  ctx: ExchangeContext,
  partner: PartnerRecord,
  path: string,
  init: RequestInit = {},
) {
  const { status, text, headers } = await taxiiExchange(ctx, partner, path, init);
  if (status < 200 || status >= 300)
    throw new AppError(
      'unavailable',
      `${partner.id} answered ${status} to ${init.method ?? 'GET'} ${path}: ${partnerError(text)}`,
    );
  return { body: JSON.parse(text) as unknown, headers };
}

/** A signed GET whose answer is returned whatever its status (the body parsed when it is JSON). */
async function taxiiRequest(ctx: ExchangeContext, partner: PartnerRecord, path: string) {
  const { status, text } = await taxiiExchange(ctx, partner, path, {});
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status, body };
}

/** Sends one request to the partner's TAXII API root, signed with the node's current key. */
async function taxiiExchange(
  ctx: ExchangeContext,
  partner: PartnerRecord,
  path: string,
  init: RequestInit,
) {
  const root = `${(partner.endpoint ?? '').replace(/\/+$/, '')}/taxii2/api/`;
  const url = `${root}${path}`;
  const method = init.method ?? 'GET';
  const extra = (init.headers as Record<string, string> | undefined) ?? {};
  const body = typeof init.body === 'string' ? new TextEncoder().encode(init.body) : undefined;
  const node = await loadNodeIdentity(ctx.database.db, ctx.clock.now());
  const signature = await signRequest(
    { method, targetUri: url, header: (name) => extra[name], ...(body ? { body } : {}) },
    node.signing,
    ctx.clock.now(),
  );
  const signal = AbortSignal.timeout(ctx.partnerTimeoutMs);
  try {
    const response = await ctx.fetch(url, {
      ...init,
      method,
      headers: {
        accept: TAXII_MEDIA_TYPE,
        authorization: `Bearer ${partner.outboundToken ?? ''}`,
        ...extra,
        ...signature,
      },
      ...(body ? { body } : {}),
      signal,
    });
    return { status: response.status, text: await response.text(), headers: response.headers };
  } catch (error) {
    if (!signal.aborted) throw error;
    throw new AppError(
      'unavailable',
      `${partner.id} did not answer ${method} ${path} within ${ctx.partnerTimeoutMs / 1000} s`,
    );
  }
}

/**
 * What the partner said went wrong: the title and description of a TAXII error message (with its
 * error id, to find in the partner's logs), else the start of the body.
 */
export function partnerError(text: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text.slice(0, 200);
  }
  const m = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const str = (key: string) => (typeof m[key] === 'string' ? m[key] : undefined);
  const title = str('title');
  if (title === undefined) return text.slice(0, 200);
  const description = str('description');
  const id = str('error_id');
  return `${title}${description === undefined ? '' : ` — ${description.slice(0, 300)}`}${id === undefined ? '' : ` (error ${id.slice(0, 64)})`}`;
}
