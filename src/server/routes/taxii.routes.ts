/**
 * TAXII 2.1 over HTTP (`/taxii2/`): discovery, the API root `/taxii2/api/`, collections, objects
 * (GET and POST), manifest, an object and its versions, status resources. Partners authenticate with
 * the bearer token `portcullis partner token <id>` issued; every response carries the TAXII media
 * type; object pages carry `X-TAXII-Date-Added-First/Last` and the node's detached JWS signature
 * over the page as a STIX bundle (`X-Portcullis-Signature`, `X-Portcullis-Bundle`).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../core/app-error.ts';
import {
  TAXII_MEDIA_TYPE,
  type PartnerRecord,
  type StixBundle,
  type StixObject,
} from '../../services/exchange/exchange-vocabulary.ts';
import type { ObjectsPage, TaxiiService } from '../../services/exchange/taxii.service.ts';
import { BUNDLE_HEADER, SIGNATURE_HEADER } from '../../services/exchange/sync.service.ts';
import { ErrorRef } from './intake-schemas.ts';

export interface TaxiiServerDeps {
  readonly taxii: TaxiiService;
  readonly authenticatePartner: (token: string) => Promise<PartnerRecord | undefined>;
}

const config = { permission: 'exchange.sync' } as const;
const tags = ['taxii'];
const security = [{ partnerToken: [] }];
const errors = { 400: ErrorRef, 401: ErrorRef, 404: ErrorRef, 422: ErrorRef };
const Json = Type.Object({}, { additionalProperties: true });
const CollectionParams = Type.Object({ collectionId: Type.String({ maxLength: 64 }) });
const ObjectParams = Type.Object({
  collectionId: Type.String({ maxLength: 64 }),
  objectId: Type.String({ maxLength: 200 }),
});
const PageQuery = Type.Object({
  added_after: Type.Optional(Type.String({ maxLength: 40 })),
  next: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  'match[id]': Type.Optional(Type.String({ maxLength: 4000 })),
});
type PageQueryT = { added_after?: string; next?: string; limit?: number; 'match[id]'?: string };

async function partnerOf(deps: TaxiiServerDeps, request: FastifyRequest): Promise<PartnerRecord> {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const partner = token === undefined ? undefined : await deps.authenticatePartner(token);
  if (!partner) throw new AppError('unauthenticated', 'A partner bearer token is required.');
  return partner;
}

function pageQuery(q: PageQueryT) {
  return {
    ...(q.added_after === undefined ? {} : { addedAfter: q.added_after }),
    ...(q.next === undefined ? {} : { next: q.next }),
    ...(q.limit === undefined ? {} : { limit: q.limit }),
    ...(q['match[id]'] === undefined ? {} : { matchIds: q['match[id]'].split(',') }),
  };
}

function pageHeaders(reply: FastifyReply, page: ObjectsPage) {
  reply.header('content-type', TAXII_MEDIA_TYPE);
  if (page.dateAddedFirst !== undefined)
    reply.header('X-TAXII-Date-Added-First', page.dateAddedFirst);
  if (page.dateAddedLast !== undefined) reply.header('X-TAXII-Date-Added-Last', page.dateAddedLast);
  if (page.signature !== undefined && page.bundle !== undefined) {
    reply.header(SIGNATURE_HEADER, page.signature);
    reply.header(BUNDLE_HEADER, page.bundle.id);
  }
}

function envelopeOf(page: ObjectsPage) {
  const objects = page.bundle?.objects ?? [];
  return {
    more: page.more,
    ...(page.next === undefined ? {} : { next: page.next }),
    ...(objects.length === 0 ? {} : { objects }),
  };
}

export function taxiiRoutes(deps: TaxiiServerDeps): FastifyPluginAsync {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.addContentTypeParser(
      ['application/taxii+json', 'application/stix+json'],
      { parseAs: 'string' },
      (_request, body, done) => {
        try {
          done(null, JSON.parse(body as string));
        } catch {
          done(new AppError('bad_request', 'The body is not JSON.'), undefined);
        }
      },
    );
    const route = { config, schema: { tags, security } };
    const taxii = (reply: FastifyReply) => reply.header('content-type', TAXII_MEDIA_TYPE);

    app.get(
      '/taxii2/',
      {
        ...route,
        schema: { ...route.schema, summary: 'TAXII discovery', response: { 200: Json, ...errors } },
      },
      async (request, reply) => {
        await partnerOf(deps, request);
        taxii(reply);
        return deps.taxii.discovery();
      },
    );
    app.get(
      '/taxii2/api/',
      {
        ...route,
        schema: { ...route.schema, summary: 'TAXII API root', response: { 200: Json, ...errors } },
      },
      async (request, reply) => {
        await partnerOf(deps, request);
        taxii(reply);
        return deps.taxii.apiRoot();
      },
    );
    app.get(
      '/taxii2/api/collections/',
      {
        ...route,
        schema: {
          ...route.schema,
          summary: 'Collections open to the partner',
          response: { 200: Json, ...errors },
        },
      },
      async (request, reply) => {
        const collections = await deps.taxii.collections(await partnerOf(deps, request));
        taxii(reply);
        return { collections };
      },
    );
    app.get(
      '/taxii2/api/collections/:collectionId/',
      {
        ...route,
        schema: {
          ...route.schema,
          summary: 'One collection',
          params: CollectionParams,
          response: { 200: Json, ...errors },
        },
      },
      async (request, reply) => {
        const { collectionId } = request.params as { collectionId: string };
        const c = await deps.taxii.collection(await partnerOf(deps, request), collectionId);
        taxii(reply);
        return c;
      },
    );
    app.get(
      '/taxii2/api/collections/:collectionId/objects/',
      {
        ...route,
        schema: {
          ...route.schema,
          summary: 'Objects released to the partner, a page at a time',
          params: CollectionParams,
          querystring: PageQuery,
          response: { 200: Json, ...errors },
        },
      },
      async (request, reply) => {
        const { collectionId } = request.params as { collectionId: string };
        const page = await deps.taxii.objects(
          await partnerOf(deps, request),
          collectionId,
          pageQuery(request.query as PageQueryT),
        );
        pageHeaders(reply, page);
        return envelopeOf(page);
      },
    );
    app.post(
      '/taxii2/api/collections/:collectionId/objects/',
      {
        ...route,
        schema: {
          ...route.schema,
          summary: 'Add signed objects (a partner pushing)',
          params: CollectionParams,
          body: Type.Object({ objects: Type.Array(Json, { maxItems: 10000 }) }),
          response: { 202: Json, ...errors },
        },
      },
      async (request, reply) => {
        const { collectionId } = request.params as { collectionId: string };
        const partner = await partnerOf(deps, request);
        const body = request.body as { objects: StixObject[] };
        const header = (name: string) => {
          const v = request.headers[name];
          return typeof v === 'string' ? v : undefined;
        };
        const bundle: StixBundle = {
          type: 'bundle',
          id: header(BUNDLE_HEADER) ?? '',
          objects: body.objects,
        };
        const status = await deps.taxii.add(
          partner,
          collectionId,
          bundle,
          header(SIGNATURE_HEADER),
        );
        taxii(reply).status(202);
        return status;
      },
    );
    app.get(
      '/taxii2/api/collections/:collectionId/manifest/',
      {
        ...route,
        schema: {
          ...route.schema,
          summary: 'Manifest of the objects released to the partner',
          params: CollectionParams,
          querystring: PageQuery,
          response: { 200: Json, ...errors },
        },
      },
      async (request, reply) => {
        const { collectionId } = request.params as { collectionId: string };
        const { page, records } = await deps.taxii.manifest(
          await partnerOf(deps, request),
          collectionId,
          pageQuery(request.query as PageQueryT),
        );
        pageHeaders(reply, page);
        return {
          more: page.more,
          ...(page.next === undefined ? {} : { next: page.next }),
          ...(records.length === 0 ? {} : { objects: records }),
        };
      },
    );
    app.get(
      '/taxii2/api/collections/:collectionId/objects/:objectId/',
      {
        ...route,
        schema: {
          ...route.schema,
          summary: 'The newest version of one object',
          params: ObjectParams,
          response: { 200: Json, ...errors },
        },
      },
      async (request, reply) => {
        const { collectionId, objectId } = request.params as {
          collectionId: string;
          objectId: string;
        };
        const page = await deps.taxii.object(
          await partnerOf(deps, request),
          collectionId,
          objectId,
        );
        pageHeaders(reply, page);
        return envelopeOf(page);
      },
    );
    app.get(
      '/taxii2/api/collections/:collectionId/objects/:objectId/versions/',
      {
        ...route,
        schema: {
          ...route.schema,
          summary: 'Versions of one object released to the partner',
          params: ObjectParams,
          response: { 200: Json, ...errors },
        },
      },
      async (request, reply) => {
        const { collectionId, objectId } = request.params as {
          collectionId: string;
          objectId: string;
        };
        const versions = await deps.taxii.versions(
          await partnerOf(deps, request),
          collectionId,
          objectId,
        );
        taxii(reply);
        return { more: false, versions };
      },
    );
    app.get(
      '/taxii2/api/status/:statusId/',
      {
        ...route,
        schema: {
          ...route.schema,
          summary: 'Status of a POST of objects',
          params: Type.Object({ statusId: Type.String({ maxLength: 64 }) }),
          response: { 200: Json, ...errors },
        },
      },
      async (request, reply) => {
        const { statusId } = request.params as { statusId: string };
        const status = await deps.taxii.status(await partnerOf(deps, request), statusId);
        taxii(reply);
        return status;
      },
    );
  };
}
