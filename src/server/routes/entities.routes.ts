/**
 * Entity resolution, link graphs and private set intersection (screening and watchlists are in
 * entities-screening.routes.ts, registered from here): `GET /api/v1/entities`, `GET /api/v1/entities/{id}`,
 * `POST /api/v1/entities/{id}/merge|split`, `GET /api/v1/entities/{id}/graph`,
 * `GET /api/v1/graph/paths|communities`, `GET /api/v1/seizures/{id}/network`,
 * `GET /api/v1/consignments/{id}/parties`, `POST /api/v1/psi/evaluate`.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { PsiService } from '../../services/entities/psi.service.ts';
import type { ScreeningService } from '../../services/entities/screening.service.ts';
import {
  MEMBER_PAGE,
  type EntitiesService,
  type MemberPageOptions,
  type StoredScreeningHit,
} from '../../services/entities/index.ts';
import type { EntityMemberGroup, PsiItemKind } from '../../services/entities/index.ts';
import type { ActorOf } from '../auth/request-actor.ts';
import { CommunitiesQuery, CommunitiesSchema } from './communities-schemas.ts';
import {
  EntityProfileSchema,
  EntitySummarySchema,
  errors,
  GraphSchema,
  ScreeningHitSchema,
  security,
} from './entities-schemas.ts';
import { screeningRoutes } from './entities-screening.routes.ts';

/** What these routes need from the services. */
export interface EntitiesServerDeps {
  readonly screening: ScreeningService;
  readonly entities: EntitiesService;
  readonly psi: PsiService;
  readonly actorOf: ActorOf;
}

const presentHit = (h: StoredScreeningHit) => ({ ...h, createdAt: h.createdAt.toISOString() });
const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
/** How far a graph reaches from where it starts (default 2). */
const HopsQuery = Type.Object({ hops: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })) });
/**
 * Which lines of an entity's identical records its profile lists (20 from the first by default).
 * The offset is bounded so that a number past any profile is refused as such, not looked up.
 */
const MemberLinesQuery = Type.Object({
  memberOffset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  memberLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: MEMBER_PAGE.max })),
});
const MemberPageQuery = Type.Object({
  ...MemberLinesQuery.properties,
  memberList: Type.Optional(
    Type.Union([Type.Literal('all'), Type.Literal('none')], {
      description:
        '`none` sends `memberList` empty: a client that shows `memberGroups` need not receive every record (all by default)',
    }),
  ),
});

/** A line of identical records with its filing times as ISO text. */
const presentGroup = (g: EntityMemberGroup) => ({
  ...g,
  firstFiled: g.firstFiled.toISOString(),
  lastFiled: g.lastFiled.toISOString(),
});

export function entitiesRoutes(deps: EntitiesServerDeps): FastifyPluginAsync {
  return (app) => {
    void app.register(screeningRoutes(deps));
    const etags = ['entities'];
    app.get(
      '/api/v1/entities',
      {
        config: { permission: 'entity.read' },
        schema: {
          tags: etags,
          summary: 'Search resolved entities by name or identifier',
          security,
          querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 200 }) }),
          response: { 200: Type.Object({ items: Type.Array(EntitySummarySchema) }), ...errors },
        },
      },
      async (request) => {
        const { q } = request.query as { q: string };
        return { items: await deps.entities.search(await deps.actorOf(request), q) };
      },
    );
    app.get(
      '/api/v1/entities/:id',
      {
        config: { permission: 'entity.read' },
        schema: {
          tags: etags,
          summary:
            'An entity: members, identifiers, why they matched, screening hits, consignments',
          security,
          params: IdParams,
          querystring: MemberPageQuery,
          response: { 200: EntityProfileSchema, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const { memberList, ...page } = request.query as MemberPageOptions & {
          memberList?: 'all' | 'none';
        };
        const p = await deps.entities.profile(await deps.actorOf(request), id, page);
        return {
          ...p,
          memberList: memberList === 'none' ? [] : p.memberList,
          memberGroups: p.memberGroups.map(presentGroup),
          screeningHits: p.screeningHits.map(presentHit),
        };
      },
    );
    app.get(
      '/api/v1/entities/:id/members',
      {
        config: { permission: 'entity.read' },
        schema: {
          tags: etags,
          summary:
            "A page of an entity's lines of identical records, without the rest of its profile",
          security,
          params: IdParams,
          querystring: MemberLinesQuery,
          response: {
            200: Type.Object({
              memberGroups: EntityProfileSchema.properties.memberGroups,
              memberGroupsTotal: EntityProfileSchema.properties.memberGroupsTotal,
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const page = request.query as MemberPageOptions;
        const lines = await deps.entities.memberLines(await deps.actorOf(request), id, page);
        return { ...lines, memberGroups: lines.memberGroups.map(presentGroup) };
      },
    );
    app.post(
      '/api/v1/entities/:id/merge',
      {
        config: { permission: 'entity.write' },
        schema: {
          tags: etags,
          summary: 'Record that two entities are one (respected by every later resolution)',
          security,
          params: IdParams,
          body: Type.Object({
            with: Type.String({ minLength: 1 }),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          }),
          response: { 200: EntitySummarySchema, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const b = request.body as { with: string; note?: string };
        return deps.entities.merge(await deps.actorOf(request), id, b.with, b.note);
      },
    );
    app.post(
      '/api/v1/entities/:id/split',
      {
        config: { permission: 'entity.write' },
        schema: {
          tags: etags,
          summary: 'Record that some party records are a different entity',
          security,
          params: IdParams,
          body: Type.Object({
            partyIds: Type.Array(Type.String(), { minItems: 1 }),
            note: Type.Optional(Type.String({ maxLength: 2000 })),
          }),
          response: { 200: Type.Object({ items: Type.Array(EntitySummarySchema) }), ...errors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const b = request.body as { partyIds: string[]; note?: string };
        return {
          items: await deps.entities.split(await deps.actorOf(request), id, b.partyIds, b.note),
        };
      },
    );
    app.get(
      '/api/v1/entities/:id/graph',
      {
        config: { permission: 'entity.read' },
        schema: {
          tags: etags,
          summary: 'Link graph around an entity, to k hops (1–4)',
          security,
          params: IdParams,
          querystring: HopsQuery,
          response: { 200: GraphSchema, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const { hops } = request.query as { hops?: number };
        return deps.entities.graph(await deps.actorOf(request), id, hops ?? 2);
      },
    );
    app.get(
      '/api/v1/graph/paths',
      {
        config: { permission: 'entity.read' },
        schema: {
          tags: etags,
          summary: 'Shortest paths between two entities (or graph nodes)',
          security,
          querystring: Type.Object({
            from: Type.String({ minLength: 1 }),
            to: Type.String({ minLength: 1 }),
          }),
          response: {
            200: Type.Object({
              paths: Type.Array(Type.Array(Type.String())),
              ...GraphSchema.properties,
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const { from, to } = request.query as { from: string; to: string };
        return deps.entities.paths(await deps.actorOf(request), from, to);
      },
    );
    app.get(
      '/api/v1/graph/communities',
      {
        config: { permission: 'entity.read' },
        schema: {
          tags: etags,
          summary:
            'Communities of companies and persons bound by shared identifiers, directors and repeated dealings, highest risk first, with the hubs left out',
          security,
          querystring: CommunitiesQuery,
          response: { 200: CommunitiesSchema, ...errors },
        },
      },
      async (request) => {
        const q = request.query as { minSize?: number; maxCompanies?: number };
        const options = Object.fromEntries(
          Object.entries(q).filter(([, v]) => v !== undefined),
        ) as typeof q;
        return deps.entities.communities(await deps.actorOf(request), options);
      },
    );
    app.get(
      '/api/v1/seizures/:id/network',
      {
        config: { permission: 'entity.read' },
        schema: {
          tags: etags,
          summary: "Everything linked to a seizure's parties",
          security,
          params: IdParams,
          querystring: HopsQuery,
          response: { 200: GraphSchema, ...errors },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const { hops } = request.query as { hops?: number };
        return deps.entities.seizure(await deps.actorOf(request), id, hops ?? 2);
      },
    );
    app.get(
      '/api/v1/consignments/:id/parties',
      {
        config: { permission: 'entity.read' },
        schema: {
          tags: etags,
          summary: 'Parties of a consignment with their entity and screening hits',
          security,
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          response: {
            200: Type.Object({
              items: Type.Array(
                Type.Object({
                  ...EntityProfileSchema.properties.memberList.items.properties,
                  entityId: Type.String(),
                  screeningHits: Type.Array(ScreeningHitSchema),
                }),
              ),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const { id } = request.params as { id: string };
        const items = await deps.entities.consignmentParties(await deps.actorOf(request), id);
        return {
          items: items.map((p) => ({ ...p, screeningHits: p.screeningHits.map(presentHit) })),
        };
      },
    );
    app.post(
      '/api/v1/psi/evaluate',
      {
        config: { permission: 'exchange.sync' },
        schema: {
          tags: ['exchange'],
          summary:
            "Private set intersection, responder side: evaluate a partner's blinded identifiers",
          security,
          body: Type.Object({
            kind: Type.Union([
              Type.Literal('eori'),
              Type.Literal('vat'),
              Type.Literal('imo'),
              Type.Literal('phone'),
              Type.Literal('email'),
              Type.Literal('container'),
            ]),
            blinded: Type.Array(Type.String({ maxLength: 64 })),
          }),
          response: {
            200: Type.Object({
              evaluated: Type.Array(Type.String()),
              outputs: Type.Array(Type.String()),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const body = request.body as { kind: PsiItemKind; blinded: string[] };
        return deps.psi.respond(await deps.actorOf(request), body);
      },
    );
    return Promise.resolve();
  };
}
