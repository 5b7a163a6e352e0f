/**
 * Partner registry, lookouts and intelligence over HTTP: lookouts (create with markings, list,
 * read, release, approve, revoke), any exchange object by id (seizure reports, container alerts,
 * requests for information and answers), the inbox of received objects, hits, partners, and the
 * node's published extension definitions. The TAXII 2.1 server is registered with them.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  HANDLING_CODES,
  PURPOSES,
  publishedExtensionDefinitions,
  SOURCE_RELIABILITIES,
  TLP_LEVELS,
} from '../../services/exchange/exchange-vocabulary.ts';
import type { Actor } from '../../services/access/actor.ts';
import type {
  CreatableKind,
  CreateInput,
  IntelService,
  IntelView,
} from '../../services/exchange/intel.service.ts';
import type { PartnerRegistryService } from '../../services/exchange/partner-registry.service.ts';
import { ErrorRef } from './intake-schemas.ts';
import { taxiiRoutes, type TaxiiServerDeps } from './taxii.routes.ts';

/** What these routes need from the services. */
export interface ExchangeServerDeps extends TaxiiServerDeps {
  readonly intel: IntelService;
  readonly partners: PartnerRegistryService;
  readonly actorOf: (request: FastifyRequest) => Promise<Actor>;
  /** Starts the scheduled sync with the server; returns a stop function. */
  readonly schedule?: () => () => void;
}

const security = [{ apiKey: [] }, { session: [] }];
const errors = { 400: ErrorRef, 401: ErrorRef, 404: ErrorRef, 409: ErrorRef, 422: ErrorRef };
const Json = Type.Object({}, { additionalProperties: true });
const Slugs = Type.Array(Type.String({ maxLength: 64 }), { maxItems: 100 });
const Lit = <T extends readonly (string | number)[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v)));

const MarkingsBody = Type.Object({
  tlp: Lit(TLP_LEVELS),
  handling: Type.Object({
    code: Lit(HANDLING_CODES),
    restriction: Type.Optional(Type.String({ maxLength: 2000 })),
  }),
  evaluation: Type.Object({
    reliability: Lit(SOURCE_RELIABILITIES),
    accuracy: Type.Union([Type.Literal(1), Type.Literal(2), Type.Literal(3), Type.Literal(4)]),
  }),
  releasability: Type.Optional(
    Type.Object({ communities: Type.Optional(Slugs), agencies: Type.Optional(Slugs) }),
  ),
  purpose: Lit(PURPOSES),
  legalBasis: Type.Optional(Type.String({ maxLength: 1000 })),
  expiresAt: Type.Optional(Type.String({ maxLength: 40 })),
  onwardSharing: Type.Optional(Type.Boolean()),
});
const Internal = Type.Optional(
  Type.Object({
    notes: Type.Optional(Type.String({ maxLength: 20000 })),
    sourceDescription: Type.Optional(Type.String({ maxLength: 2000 })),
    caseReference: Type.Optional(Type.String({ maxLength: 200 })),
  }),
);
const LookoutBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 500 }),
  description: Type.Optional(Type.String({ maxLength: 10000 })),
  criteria: Type.Array(Json, { minItems: 1, maxItems: 100 }),
  holdRequired: Type.Boolean(),
  hitsRequested: Type.Boolean(),
  validFrom: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })),
  validUntil: Type.Optional(Type.String({ format: 'date-time', maxLength: 40 })),
  markings: MarkingsBody,
  internal: Internal,
});
const ObjectBody = Type.Object({
  kind: Lit(['seizure-report', 'container-alert', 'rfi', 'rfi-answer', 'lookout'] as const),
  content: Json,
  markings: MarkingsBody,
  internal: Internal,
});
const Audience = Type.Object({ communities: Type.Optional(Slugs), agencies: Type.Optional(Slugs) });
const IdParams = Type.Object({ id: Type.String({ maxLength: 200 }) });
const ListQuery = Type.Object({
  includeRevoked: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});

/** The API shape of an object at this node: the object itself and its local state. */
function present(v: IntelView) {
  return {
    id: v.object.id,
    kind: v.object.kind,
    state: v.state,
    revoked: v.object.revoked,
    created: v.object.created,
    modified: v.object.modified,
    markings: v.object.markings,
    content: v.object.content,
    ...(v.object.internal === undefined ? {} : { internal: v.object.internal }),
    createdBy: v.createdBy,
    ...(v.receivedFrom === undefined ? {} : { receivedFrom: v.receivedFrom }),
    ...(v.approvedBy === undefined ? {} : { approvedBy: v.approvedBy }),
    versions: v.versions,
  };
}

export function exchangeRoutes(deps: ExchangeServerDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(taxiiRoutes(deps));
    if (deps.schedule) {
      let stop: (() => void) | undefined;
      app.addHook('onReady', (done) => {
        stop = deps.schedule?.();
        done();
      });
      app.addHook('onClose', (_instance, done) => {
        stop?.();
        done();
      });
    }
    const tags = ['exchange'];
    const actor = (r: FastifyRequest) => deps.actorOf(r);

    app.get(
      '/api/v1/lookouts',
      {
        config: { permission: 'lookout.read' },
        schema: {
          tags,
          summary: 'Lookouts in force at this node (own and received)',
          security,
          querystring: ListQuery,
          response: { 200: Type.Object({ items: Type.Array(Json) }), ...errors },
        },
      },
      async (r) => {
        const q = r.query as { includeRevoked?: boolean; limit?: number };
        return { items: (await deps.intel.list(await actor(r), 'lookout', q)).map(present) };
      },
    );
    app.post(
      '/api/v1/lookouts',
      {
        config: { permission: 'lookout.write' },
        schema: {
          tags,
          summary: 'Create a lookout (a draft until released)',
          security,
          body: LookoutBody,
          response: { 201: Json, ...errors },
        },
      },
      async (r, reply) => {
        const { markings, internal, validFrom, ...content } =
          r.body as CreateInput<'lookout'>['content'] & {
            markings: CreateInput<'lookout'>['markings'];
            internal?: CreateInput<'lookout'>['internal'];
            validFrom?: string;
          };
        const input = {
          kind: 'lookout' as const,
          markings,
          content: { ...content, validFrom: validFrom ?? new Date().toISOString() },
          ...(internal ? { internal } : {}),
        };
        reply.status(201);
        return present(await deps.intel.create(await actor(r), input));
      },
    );
    lifecycleRoutes(app, deps, {
      base: '/api/v1/lookouts',
      read: 'lookout.read',
      revoke: 'lookout.write',
      noun: 'A lookout',
    });

    app.post(
      '/api/v1/intel/objects',
      {
        config: { permission: 'intel.release' },
        schema: {
          tags,
          summary: 'Create a seizure report, container alert, request for information or answer',
          security,
          body: ObjectBody,
          response: { 201: Json, ...errors },
        },
      },
      async (r, reply) => {
        reply.status(201);
        return present(
          await deps.intel.create(await actor(r), r.body as CreateInput<CreatableKind>),
        );
      },
    );
    lifecycleRoutes(app, deps, {
      base: '/api/v1/intel/objects',
      read: 'intel.read',
      revoke: 'intel.release',
      noun: 'Any exchange object',
    });
    app.get(
      '/api/v1/intel/inbox',
      {
        config: { permission: 'intel.read' },
        schema: {
          tags,
          summary: 'Objects received from partners',
          security,
          querystring: ListQuery,
          response: { 200: Type.Object({ items: Type.Array(Json) }), ...errors },
        },
      },
      async (r) => ({
        items: (await deps.intel.inbox(await actor(r), r.query as { limit?: number })).map(present),
      }),
    );
    app.get(
      '/api/v1/intel/hits',
      {
        config: { permission: 'intel.read' },
        schema: {
          tags,
          summary: 'Lookout hits here and sightings reported by partners',
          security,
          querystring: ListQuery,
          response: {
            200: Type.Object({ local: Type.Array(Json), reported: Type.Array(Json) }),
            ...errors,
          },
        },
      },
      async (r) => deps.intel.hits(await actor(r), r.query as { limit?: number }),
    );
    app.get(
      '/api/v1/partners',
      {
        config: { permission: 'intel.read' },
        schema: {
          tags,
          summary: 'The partner registry',
          security,
          response: { 200: Type.Object({ items: Type.Array(Json) }), ...errors },
        },
      },
      async (r) => ({ items: await deps.partners.list(await actor(r)) }),
    );
    app.get(
      '/api/v1/exchange/extension-definitions',
      {
        config: { public: true },
        schema: {
          tags,
          summary:
            "The node's STIX extension definitions (consignment, container, vessel and properties)",
          response: { 200: Type.Object({ objects: Type.Array(Json) }) },
        },
      },
      () => Promise.resolve({ objects: publishedExtensionDefinitions() }),
    );
  };
}

interface Lifecycle {
  /** The collection's path; the routes are `<base>/:id` and its actions. */
  readonly base: string;
  readonly read: string;
  readonly revoke: string;
  /** How the read route's summary names the object. */
  readonly noun: string;
}

/** Read, release, approve and revoke one object: the same four routes for every collection. */
function lifecycleRoutes(app: FastifyInstance, deps: ExchangeServerDeps, l: Lifecycle): void {
  const tags = ['exchange'];
  const actor = (r: FastifyRequest) => deps.actorOf(r);
  const id = (r: FastifyRequest) => (r.params as { id: string }).id;
  const one = { 200: Json, ...errors };
  const action = (summary: string, body?: typeof Audience) => ({
    tags,
    summary,
    security,
    params: IdParams,
    ...(body ? { body } : {}),
    response: one,
  });
  app.get(
    `${l.base}/:id`,
    { config: { permission: l.read }, schema: action(`${l.noun} with its versions`) },
    async (r) => present(await deps.intel.get(await actor(r), id(r))),
  );
  app.post(
    `${l.base}/:id/release`,
    {
      config: { permission: 'intel.release' },
      schema: action(
        'Release to communities and agencies (pending approval under H2/H3)',
        Audience,
      ),
    },
    async (r) =>
      present(
        await deps.intel.release(await actor(r), id(r), r.body as { communities?: string[] }),
      ),
  );
  app.post(
    `${l.base}/:id/approve`,
    { config: { permission: 'intel.approve' }, schema: action('Approve a pending release') },
    async (r) => present(await deps.intel.approve(await actor(r), id(r))),
  );
  app.post(
    `${l.base}/:id/revoke`,
    {
      config: { permission: l.revoke },
      schema: action('Revoke: a new version that removes it at every node'),
    },
    async (r) => present(await deps.intel.revoke(await actor(r), id(r))),
  );
}
