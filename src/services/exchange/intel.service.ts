/**
 * Intelligence owned or received by this node: create lookouts, seizure reports, container alerts,
 * requests for information and answers (drafts), release them to communities and agencies (pending
 * a supervisor's approval under H2 or H3), approve, revoke; read lookouts, the inbox of received
 * objects and the hits. Every method checks access first and is audited. Nothing leaves through
 * here: partners get objects only through the TAXII server and sync, past the release gate.
 */
import { AppError } from '../../core/app-error.ts';
import { diagnostic } from '../../core/diagnostic.ts';
import type { Markings } from '../../exchange/markings/markings.ts';
import type { ExchangeKind, ExchangeObject } from '../../exchange/objects/exchange-object.ts';
import { revoke } from '../../exchange/objects/revoke.ts';
import {
  intelVersions,
  latestIntelVersion,
  listLatestIntel,
  listLookoutHits,
  publishIntelVersion,
  type Db,
  type IntelVersion,
} from '../../storage/index.ts';
import type { Permission } from '../access/permissions.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction } from '../audit/audited-transaction.ts';
import { epochMicros, type ExchangeContext } from './exchange-context.ts';
import { checkContent, invalid, markingsOf, parseAudience } from './intel-input.ts';
import { nextModified, storeVersion } from './intel-store.ts';
import { readableVersion, readerOf, type IntelReader } from './intel-reader.ts';
import {
  viewOf,
  type CreatableKind,
  type CreateInput,
  type IntelService,
  type IntelView,
} from './intel-view.ts';
import { lookoutsChanged } from './lookout-source.ts';
import { backMatchLookout } from './match-cargo.ts';
import { loadNodeIdentity } from './node-identity.ts';

/** Prefix of the STIX id per kind. */
const STIX_TYPE: Record<ExchangeKind, string> = {
  lookout: 'indicator',
  'seizure-report': 'incident',
  'container-alert': 'report',
  hit: 'sighting',
  rfi: 'note',
  'rfi-answer': 'note',
};

export type {
  CreatableKind,
  CreateInput,
  HitsView,
  IntelService,
  IntelView,
} from './intel-view.ts';

/** Handling codes that need a supervisor's approval before a release goes out. */
export function needsApproval(m: Markings): boolean {
  return m.handling.code === 'H2' || m.handling.code === 'H3';
}

const readPermission = (kind: ExchangeKind): Permission =>
  kind === 'lookout' ? 'lookout.read' : 'intel.read';
const writePermission = (kind: ExchangeKind): Permission =>
  kind === 'lookout' ? 'lookout.write' : 'intel.release';

export function createIntelService(ctx: ExchangeContext): IntelService {
  const db = ctx.database.db;
  const node = () => loadNodeIdentity(db, ctx.clock.now());
  const afterLookoutChange = async <T extends IntelView>(view: T) => {
    if (view.object.kind === 'lookout') await lookoutsChanged(ctx.database);
    return view;
  };
  /** The latest version, or not found (a denial looks the same). */
  const latest = async (tx: Db, id: string, permission: Permission) => {
    const v = await latestIntelVersion(tx, id);
    if (!v) throw notFoundFor(permission);
    return v;
  };

  return {
    create: async (actor, input) => {
      const { agencyId } = await node();
      const view = await auditedTransaction(
        ctx,
        actor,
        {
          action: `${input.kind}.create`,
          resourceType: input.kind,
          describe: (v: IntelView) => ({ resourceId: v.object.id }),
        },
        async (tx) => {
          requireAccess(actor, writePermission(input.kind), { agencyId });
          const now = ctx.clock.now();
          const at = now.toISOString();
          const object = {
            kind: input.kind,
            id: `${STIX_TYPE[input.kind]}--${ctx.randomUuid()}`,
            created: at,
            modified: at,
            revoked: false,
            markings: markingsOf(input.markings, agencyId),
            content: withObjectIds(ctx, input),
            ...(input.internal === undefined ? {} : { internal: input.internal }),
          } as ExchangeObject;
          checkContent(object);
          if (object.kind === 'rfi-answer') await checkAnswerable(tx, object.content.rfiId);
          await storeVersion(tx, object, 'draft', actor.id, now);
          if (object.kind === 'lookout') await backMatchLookout(tx, ctx, object);
          return viewOf(
            await latest(tx, object.id, 'intel.read'),
            await intelVersions(tx, object.id, false),
          );
        },
      );
      return afterLookoutChange(view);
    },

    release: async (actor, id, audience) => {
      // The node's identity is read before the transaction: on the embedded database a query
      // outside an open transaction waits for it to end.
      const { agencyId } = await node();
      return auditedTransaction(
        ctx,
        actor,
        {
          action: 'intel.release',
          resourceType: 'intel',
          resourceId: id,
          details: { ...audience },
        },
        async (tx) => {
          requireAccess(actor, 'intel.release', { agencyId });
          const current = await latest(tx, id, 'intel.release');
          const object = current.document as ExchangeObject;
          if (current.owner !== agencyId) throw onwardRefusal(object);
          if (current.revoked) throw new AppError('conflict', `${id} is revoked.`);
          if (object.markings.tlp === 'red')
            throw invalid('TLP:RED never leaves this node.', [
              diagnostic('release.tlp-red', 'TLP:RED is not releasable.', {
                field: 'markings/tlp',
              }),
            ]);
          const problems: ReturnType<typeof diagnostic>[] = [];
          const added = parseAudience(audience, problems);
          if (problems.length > 0) throw invalid('The audience is not valid.', problems);
          const r = object.markings.releasability;
          const releasability = {
            communities: [...new Set([...r.communities, ...added.communities])],
            agencies: [...new Set([...r.agencies, ...added.agencies])],
          };
          if (releasability.communities.length + releasability.agencies.length === 0)
            throw invalid('Name at least one community or agency to release to.', [
              diagnostic('release.no-audience', 'No audience.', { field: 'communities' }),
            ]);
          const now = ctx.clock.now();
          const next = {
            ...object,
            modified: nextModified(object.modified, now),
            markings: { ...object.markings, releasability },
          } as ExchangeObject;
          const pending = needsApproval(next.markings);
          await storeVersion(tx, next, pending ? 'pending' : 'released', actor.id, now);
          if (!pending)
            await publishIntelVersion(
              tx,
              { objectId: id, modified: next.modified },
              epochMicros(now),
            );
          return viewOf(await latest(tx, id, 'intel.release'), await intelVersions(tx, id, false));
        },
      );
    },

    approve: async (actor, id) => {
      const { agencyId } = await node();
      return auditedTransaction(
        ctx,
        actor,
        { action: 'intel.approve', resourceType: 'intel', resourceId: id },
        async (tx) => {
          requireAccess(actor, 'intel.approve', { agencyId });
          const current = await latest(tx, id, 'intel.approve');
          if (current.state !== 'pending')
            throw new AppError('conflict', `${id} has no release waiting for approval.`);
          if (current.createdBy === actor.id)
            throw new AppError(
              'conflict',
              'A release is approved by someone other than the officer who made it.',
            );
          const now = ctx.clock.now();
          await publishIntelVersion(
            tx,
            { objectId: id, modified: current.modified },
            epochMicros(now),
            {
              state: 'released',
              approvedBy: actor.id,
            },
          );
          return viewOf(await latest(tx, id, 'intel.approve'), await intelVersions(tx, id, false));
        },
      );
    },

    revoke: async (actor, id) => {
      const { agencyId } = await node();
      const view = await auditedTransaction(
        ctx,
        actor,
        { action: 'intel.revoke', resourceType: 'intel', resourceId: id },
        async (tx) => {
          const current = await latestIntelVersion(tx, id);
          requireAccess(actor, writePermission((current?.kind ?? 'lookout') as ExchangeKind), {
            agencyId,
          });
          if (!current) throw notFoundFor('intel.release');
          if (current.revoked) throw new AppError('conflict', `${id} is already revoked.`);
          const now = ctx.clock.now();
          const object = current.document as ExchangeObject;
          const r = revoke(object, agencyId, nextModified(object.modified, now));
          if (!r.ok) throw invalid(`${id} cannot be revoked here.`, r.diagnostics);
          const versions = await intelVersions(tx, id, false);
          const wasShared = versions.some((v) => v.dateAddedUs !== undefined);
          await storeVersion(tx, r.value, wasShared ? 'released' : 'draft', actor.id, now);
          if (wasShared)
            await publishIntelVersion(
              tx,
              { objectId: id, modified: r.value.modified },
              epochMicros(now),
            );
          return viewOf(await latest(tx, id, 'intel.release'), await intelVersions(tx, id, false));
        },
      );
      return afterLookoutChange(view);
    },

    get: async (actor, id) => {
      const identity = await node();
      return auditedTransaction(
        ctx,
        actor,
        { action: 'intel.read', resourceType: 'intel', resourceId: id },
        async (tx) => {
          const reader = await readerOf(tx, actor, identity, ctx.clock.now());
          const all = await intelVersions(tx, id, !reader.own);
          // Decided on the newest version only: an older one never shows through a withheld one.
          const newest = all.at(-1);
          const current = newest && readableVersion(reader, newest);
          const readable = all.flatMap((v) => readableVersion(reader, v) ?? []);
          requireAccess(actor, readPermission((current?.kind ?? 'lookout') as ExchangeKind));
          if (!current) throw notFoundFor('intel.read');
          return viewOf(current, readable);
        },
      );
    },

    list: async (actor, kind, options = {}) => {
      const identity = await node();
      return auditedTransaction(
        ctx,
        actor,
        { action: `${kind}.list`, resourceType: kind },
        async (tx) => {
          requireAccess(actor, readPermission(kind));
          const reader = await readerOf(tx, actor, identity, ctx.clock.now());
          const rows = await listLatest(tx, reader, { kinds: [kind], limit: options.limit ?? 200 });
          return rows
            .filter((v) => options.includeRevoked === true || !v.revoked)
            .map((v) => viewOf(v, []));
        },
      );
    },

    inbox: async (actor, options = {}) => {
      const identity = await node();
      return auditedTransaction(
        ctx,
        actor,
        { action: 'intel.inbox', resourceType: 'intel' },
        async (tx) => {
          requireAccess(actor, 'intel.read');
          const reader = await readerOf(tx, actor, identity, ctx.clock.now());
          const kinds = [
            'lookout',
            'seizure-report',
            'container-alert',
            'hit',
            'rfi',
            'rfi-answer',
          ];
          const rows = await listLatest(tx, reader, {
            kinds,
            limit: options.limit ?? 200,
            received: true,
          });
          return rows.filter((v) => !v.revoked).map((v) => viewOf(v, []));
        },
      );
    },

    hits: async (actor, options = {}) => {
      const identity = await node();
      return auditedTransaction(
        ctx,
        actor,
        { action: 'intel.hits', resourceType: 'lookout-hit' },
        async (tx) => {
          if (!actor.permissions.has('lookout.read')) requireAccess(actor, 'intel.read');
          const reader = await readerOf(tx, actor, identity, ctx.clock.now());
          const limit = options.limit ?? 200;
          // Local hits are matches against this node's own cargo: for its own agency only.
          const local = reader.own ? await listLookoutHits(tx, { limit }) : [];
          const reported = await listLatest(tx, reader, { kinds: ['hit'], limit, received: true });
          return {
            local,
            reported: reported.filter((v) => !v.revoked).map((v) => v.document as ExchangeObject),
          };
        },
      );
    },
  };
}

/** The newest version of each object this reader may see (for a guest: the newest shared one). */
async function listLatest(
  tx: Db,
  reader: IntelReader,
  filter: { kinds: readonly string[]; limit: number; received?: boolean },
): Promise<IntelVersion[]> {
  const rows = await listLatestIntel(tx, { ...filter, visibleOnly: !reader.own });
  return rows.flatMap((v) => readableVersion(reader, v) ?? []);
}

function withObjectIds(ctx: ExchangeContext, input: CreateInput<CreatableKind>): unknown {
  if (input.kind !== 'container-alert') return input.content;
  return {
    ...input.content,
    containerObjectId: `portcullis-container--${ctx.randomUuid()}`,
    locationObjectId: `location--${ctx.randomUuid()}`,
  };
}

async function checkAnswerable(tx: Db, rfiId: string) {
  const rfi = await latestIntelVersion(tx, rfiId);
  if (!rfi || rfi.kind !== 'rfi' || rfi.revoked)
    throw invalid(`${rfiId} is not a request for information at this node.`, [
      diagnostic('rfi.unknown', 'Unknown request.', { field: 'content/rfiId' }),
    ]);
}

function onwardRefusal(object: ExchangeObject): AppError {
  const why =
    object.markings.handling.code === 'H2'
      ? 'it was received under H2: never released further without the owner'
      : object.markings.onwardSharing
        ? 'it is already shared onward, within its releasability, by the gate'
        : 'its owner did not allow onward sharing';
  return new AppError('conflict', `${object.id} belongs to ${object.markings.owner}: ${why}.`);
}
