/**
 * The audit log over HTTP: status, events, signed tree heads, inclusion and consistency proofs,
 * the heads held of partners' logs (with alarms), and verification of the live log by the same verifier as `portcullis audit verify`. The
 * plugin also runs the periodic signed tree head job while the server is up.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Actor } from '../../services/access/actor.ts';
import type { AuditLogService } from '../../services/audit-log/audit-log.service.ts';
import { startTreeHeadJob, type TreeHeadJob } from '../../services/audit-log/tree-head-job.ts';
import type { PartnerHeadsService } from '../../services/exchange/partner-heads.service.ts';
import {
  AuditEventSchema,
  AuditStatusSchema,
  ConsistencyProofSchema,
  InclusionProofSchema,
  PartnerHeadStatusSchema,
  TreeHeadSchema,
  VerificationSchema,
} from './audit-schemas.ts';
import { ErrorRef } from './intake-schemas.ts';
import { retentionRoutes, type RetentionServerDeps } from './retention.routes.ts';

/** What these routes need from the services. */
export interface AuditServerDeps {
  readonly service: AuditLogService;
  readonly actorOf: (request: FastifyRequest) => Promise<Actor>;
  /** Signed tree head interval while the server runs; 0 turns the job off. */
  readonly treeHeadIntervalMs: number;
  /** Partners' audit tree heads as held here, and the alarms of heads refused at sync. */
  readonly partnerHeads?: PartnerHeadsService;
  /** Retention and legal holds, served beside the audit log when given. */
  readonly retention?: RetentionServerDeps;
}

const errors = { 400: ErrorRef, 401: ErrorRef, 404: ErrorRef };
const security = [{ apiKey: [] }, { session: [] }];
const tags = ['audit'];
const read = { permission: 'audit.read' };

/** Event ids and tree positions are whole numbers a JSON number holds exactly. */
const MAX_POSITION = Number.MAX_SAFE_INTEGER;
const EventsQuery = Type.Object({
  after: Type.Optional(
    Type.Integer({ minimum: 0, maximum: MAX_POSITION, description: 'event id to continue after' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});
const InclusionQuery = Type.Object({
  index: Type.Integer({
    minimum: 0,
    maximum: MAX_POSITION,
    description: '0-based position of the entry',
  }),
  treeSize: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_POSITION,
      description: 'default: the latest signed head',
    }),
  ),
});
const ConsistencyQuery = Type.Object({
  first: Type.Integer({ minimum: 0, maximum: MAX_POSITION }),
  second: Type.Optional(
    Type.Integer({ minimum: 0, maximum: MAX_POSITION, description: 'default: the latest head' }),
  ),
});

export function auditRoutes(deps: AuditServerDeps): FastifyPluginAsync {
  return async (app) => {
    if (deps.retention) await app.register(retentionRoutes(deps.retention));
    let job: TreeHeadJob | undefined;
    if (deps.treeHeadIntervalMs > 0) {
      app.addHook('onReady', () => {
        job = startTreeHeadJob(deps.service, deps.treeHeadIntervalMs, (error) =>
          app.log.error({ err: error }, 'signed tree head round failed'),
        );
        return Promise.resolve();
      });
      app.addHook('onClose', () => job?.stop() ?? Promise.resolve());
    }
    const schema = (summary: string, extra: object) => ({ tags, summary, security, ...extra });

    app.get(
      '/api/v1/audit/status',
      {
        config: read,
        schema: schema('Audit log size, latest signed tree head and the node public key', {
          response: { 200: AuditStatusSchema, ...errors },
        }),
      },
      async (request) => {
        const status = await deps.service.status(await deps.actorOf(request));
        return { ...status, latestHead: status.latestHead ?? null };
      },
    );
    app.get(
      '/api/v1/audit/events',
      {
        config: read,
        schema: schema('Audit events in log order (an audited read)', {
          querystring: EventsQuery,
          response: {
            200: Type.Object({
              items: Type.Array(AuditEventSchema),
              next: Type.Optional(Type.Integer()),
            }),
            ...errors,
          },
        }),
      },
      async (request) => {
        const q = request.query as { after?: number; limit?: number };
        return deps.service.events(await deps.actorOf(request), q.after ?? 0, q.limit ?? 100);
      },
    );
    app.get(
      '/api/v1/audit/tree-heads',
      {
        config: read,
        schema: schema('Every signed tree head, smallest tree first', {
          response: { 200: Type.Object({ items: Type.Array(TreeHeadSchema) }), ...errors },
        }),
      },
      async (request) => ({ items: await deps.service.treeHeads(await deps.actorOf(request)) }),
    );
    app.get(
      '/api/v1/audit/proofs/inclusion',
      {
        config: read,
        schema: schema('Inclusion proof of one entry in a signed tree (RFC 9162 §2.1.3)', {
          querystring: InclusionQuery,
          response: { 200: InclusionProofSchema, ...errors },
        }),
      },
      async (request) => {
        const q = request.query as { index: number; treeSize?: number };
        return deps.service.inclusionProof(await deps.actorOf(request), q.index, q.treeSize);
      },
    );
    app.get(
      '/api/v1/audit/proofs/consistency',
      {
        config: read,
        schema: schema('Consistency proof between two signed tree sizes (RFC 9162 §2.1.4)', {
          querystring: ConsistencyQuery,
          response: { 200: ConsistencyProofSchema, ...errors },
        }),
      },
      async (request) => {
        const q = request.query as { first: number; second?: number };
        return deps.service.consistencyProof(await deps.actorOf(request), q.first, q.second);
      },
    );
    const partnerHeads = deps.partnerHeads;
    if (partnerHeads)
      app.get(
        '/api/v1/audit/partner-heads',
        {
          config: { permission: ['audit.read', 'admin.partners'] },
          schema: schema(
            'Per partner, the last audit tree head held and the alarms of refused heads',
            {
              response: {
                200: Type.Object({ items: Type.Array(PartnerHeadStatusSchema) }),
                ...errors,
              },
            },
          ),
        },
        async (request) => ({ items: await partnerHeads.list(await deps.actorOf(request)) }),
      );
    app.post(
      '/api/v1/audit/verify',
      {
        config: { permission: 'audit.verify' },
        schema: schema("Verify the live log with the node's public key (as `audit verify`)", {
          response: { 200: VerificationSchema, ...errors },
        }),
      },
      async (request) => deps.service.verify(await deps.actorOf(request)),
    );
  };
}
