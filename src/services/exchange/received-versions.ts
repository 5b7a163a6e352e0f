/**
 * Deciding on and storing the versions of one received page, a page at a time: the versions
 * already stored for the page's ids are read in one query, every check is made in memory in page
 * order (a version accepted earlier in the page counts as stored for the later ones), and the
 * accepted versions are written with one insert, the newest ones visible at once. The checks are
 * those of a version arriving alone: already stored (a duplicate), this node's own object, a new
 * owner for a known id, a relay the owner did not allow (or under H2); an older version arriving
 * late is stored but not shared on, nor matched.
 */
import type { ExchangeObject } from '../../exchange/objects/exchange-object.ts';
import {
  insertIntelVersions,
  storedVersionsOf,
  type Db,
  type PartnerRecord,
  type StatusDetail,
  type StoredVersionKey,
} from '../../storage/index.ts';
import { epochMicros, type ExchangeContext } from './exchange-context.ts';
import { backMatchLookout } from './match-cargo.ts';

export interface ReceivedPlan {
  /** Accepted versions in page order; `newest` when no stored version of the object is later. */
  readonly accepted: readonly { readonly object: ExchangeObject; readonly newest: boolean }[];
  readonly duplicates: readonly StatusDetail[];
  readonly rejected: readonly StatusDetail[];
}

type Known = Map<string, { modified: string; owner: string }[]>;

function refusalOf(
  object: ExchangeObject,
  known: readonly { modified: string; owner: string }[],
  partner: PartnerRecord,
  local: string,
): string | undefined {
  const m = object.markings;
  if (known.some((v) => v.modified === object.modified)) return 'duplicate';
  if (m.owner === local)
    return `${object.id} belongs to this node; a partner cannot make versions of it.`;
  if (known.some((v) => v.owner !== m.owner))
    return `${object.id} belongs to ${known[0]?.owner ?? '?'}, not ${m.owner}.`;
  if (m.owner !== partner.agencyId && (!m.onwardSharing || m.handling.code === 'H2'))
    return `${partner.agencyId} may not pass on ${object.id}, a version owned by ${m.owner}.`;
  return undefined;
}

/** Decides on each version of a page, in order, against what is stored (pure). */
export function planReceived(
  objects: readonly ExchangeObject[],
  stored: readonly StoredVersionKey[],
  partner: PartnerRecord,
  local: string,
): ReceivedPlan {
  const known: Known = new Map();
  for (const v of stored) {
    const list = known.get(v.objectId) ?? [];
    list.push({ modified: v.modified, owner: v.owner });
    known.set(v.objectId, list);
  }
  const accepted: { object: ExchangeObject; newest: boolean }[] = [];
  const duplicates: StatusDetail[] = [];
  const rejected: StatusDetail[] = [];
  for (const object of objects) {
    const detail = { id: object.id, version: object.modified };
    const versions = known.get(object.id) ?? [];
    const refusal = refusalOf(object, versions, partner, local);
    if (refusal === 'duplicate') duplicates.push(detail);
    else if (refusal !== undefined) rejected.push({ ...detail, message: refusal });
    else {
      const at = Date.parse(object.modified);
      accepted.push({ object, newest: !versions.some((v) => Date.parse(v.modified) > at) });
      versions.push({ modified: object.modified, owner: object.markings.owner });
      known.set(object.id, versions);
    }
  }
  return { accepted, duplicates, rejected };
}

/** Reads what is stored for the page's ids and decides on each version. */
export async function planReceivedPage(
  tx: Db,
  objects: readonly ExchangeObject[],
  partner: PartnerRecord,
  local: string,
): Promise<ReceivedPlan> {
  const stored = await storedVersionsOf(
    tx,
    objects.map((o) => o.id),
  );
  return planReceived(objects, stored, partner, local);
}

/** Stores the accepted versions (one insert, the newest visible), back-matches new lookouts. */
export async function applyReceived(
  tx: Db,
  ctx: ExchangeContext,
  partner: PartnerRecord,
  plan: ReceivedPlan,
): Promise<void> {
  const now = ctx.clock.now();
  const received = plan.accepted.map(({ object, newest }) => ({
    newest,
    object: {
      ...object,
      markings: { ...object.markings, receivedFrom: partner.agencyId },
    } as ExchangeObject,
  }));
  const inserted = await insertIntelVersions(
    tx,
    received.map(({ object, newest }) => ({
      objectId: object.id,
      modified: object.modified,
      kind: object.kind,
      owner: object.markings.owner,
      state: 'received' as const,
      revoked: object.revoked,
      document: object,
      receivedFrom: partner.agencyId,
      createdBy: `partner:${partner.id}`,
      recordedAt: now,
      visible: newest,
    })),
    epochMicros(now),
  );
  if (inserted !== received.length)
    throw new Error(`${received.length - inserted} accepted versions were already stored`);
  const newest = received.filter((r) => r.newest).map((r) => r.object);
  for (const o of newest) if (o.kind === 'lookout') await backMatchLookout(tx, ctx, o);
}
