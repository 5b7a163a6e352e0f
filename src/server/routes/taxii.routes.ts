/**
 * TAXII 2.1 over HTTP (`/taxii2/`): discovery, the API root `/taxii2/api/`, collections, objects
 * (GET and POST), manifest, an object and its versions, status resources. Partners authenticate with
 * the bearer token `portcullis partner token <id>` issued; every response carries the TAXII media
 * type; object pages carry `X-TAXII-Date-Added-First/Last` and the node's detached JWS signature
 * over the page as a STIX bundle (`X-Portcullis-Signature`, `X-Portcullis-Bundle`). Errors are
 * TAXII error messages (`taxii-errors.ts`), from this plugin's own error handler; an Accept header
 * that rules out TAXII 2.1 gets 406. A request signature (RFC 9421, `pcx`) is verified when present
 * and required for partners registered with `requireSignedRequests`; a refusal is a 401 naming why.
 * Beside the TAXII resources, partners read the node's latest signed audit tree head and
 * consistency proofs (`/taxii2/api/audit/…`), so they can hold its heads outside the node, and the
 * newest head this node holds of a log they name (`audit/held-heads/?log=`), to catch a split view.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { AppError } from '../../core/app-error.ts';
import {
  TAXII_MEDIA_TYPE,
  type PartnerRecord,
  type StixBundle,
  type StixObject,
} from '../../services/exchange/exchange-vocabulary.ts';
import {
  hasRequestSignature,
  type SignableRequest,
} from '../../services/exchange/partner-request.ts';
import type { AuditLogService } from '../../services/audit-log/audit-log.service.ts';
import type { PartnerHeadsService } from '../../services/exchange/partner-heads.service.ts';
import {
  partnerActor,
  type ObjectsPage,
  type SignedPartner,
  type TaxiiService,
} from '../../services/exchange/taxii.service.ts';
import { BUNDLE_HEADER, SIGNATURE_HEADER } from '../../services/exchange/sync.service.ts';
import { requireTaxiiAccept } from './taxii-accept.ts';
import { handleTaxiiError, TaxiiErrorMessage } from './taxii-errors.ts';
import { jsonFault } from '../json-body.ts';

export interface TaxiiServerDeps {
  readonly taxii: TaxiiService;
  readonly authenticatePartner: (token: string) => Promise<PartnerRecord | undefined>;
  /** Verifies the request signature if any (required for some partners); the key id it used. */
  readonly checkPartnerRequest: (
    partner: PartnerRecord,
    request: SignableRequest,
  ) => Promise<string | undefined>;
  /** The node's audit log as partners read it (latest signed head, consistency proofs). */
  readonly auditLog?: Pick<AuditLogService, 'headForPartner' | 'consistencyForPartner'>;
  /** The heads this node holds of its partners' logs, one log at a time. */
  readonly heldHeads?: Pick<PartnerHeadsService, 'heldForPartner'>;
}

const config = { permission: 'exchange.sync' } as const;
const tags = ['taxii'];
const security = [{ partnerToken: [] }];
const errors = Object.fromEntries(
  [400, 401, 404, 406, 413, 415, 422, 429, 500].map((status) => [status, TaxiiErrorMessage]),
);
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
const TreeSize = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
const ConsistencyQuery = Type.Object({ first: TreeSize, second: TreeSize });
const HeldHeadQuery = Type.Object({
  log: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'the log id, e.g. portcullis-audit:…',
  }),
});
type PageQueryT = { added_after?: string; next?: string; limit?: number; 'match[id]'?: string };

/** The raw bytes of each parsed TAXII body, for checking its Content-Digest. */
const rawBodies = new WeakMap<FastifyRequest, Uint8Array>();

async function partnerOf(deps: TaxiiServerDeps, request: FastifyRequest): Promise<SignedPartner> {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const partner = token === undefined ? undefined : await deps.authenticatePartner(token);
  if (!partner) throw new AppError('unauthenticated', 'A partner bearer token is required.');
  const kid = await deps.checkPartnerRequest(partner, signableOf(request));
  requireTaxiiAccept(request.headers.accept);
  return kid === undefined ? partner : { ...partner, requestSignedWith: kid };
}

/** The request as its signer saw it: the target URI is rebuilt from scheme, Host and path. */
function signableOf(request: FastifyRequest): SignableRequest {
  const raw = rawBodies.get(request);
  const signable: SignableRequest = {
    method: request.method,
    targetUri: `${request.protocol}://${request.host}${request.url}`,
    header: (name) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    ...(raw === undefined ? {} : { body: raw }),
  };
  if (raw === undefined && request.body != null && hasRequestSignature(signable))
    throw new AppError(
      'unsupported_media_type',
      'A signed TAXII body must be sent as application/taxii+json, so its digest can be checked.',
    );
  return signable;
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

/** A TAXII envelope (objects or manifest records) for one page. */
function envelopeOf(page: ObjectsPage, items: readonly unknown[]) {
  return {
    more: page.more,
    ...(page.next === undefined ? {} : { next: page.next }),
    ...(items.length === 0 ? {} : { objects: items }),
  };
}

/** An objects page: its headers set, its bundle's objects in the envelope. */
function bundlePage(reply: FastifyReply, page: ObjectsPage) {
  pageHeaders(reply, page);
  return envelopeOf(page, page.bundle?.objects ?? []);
}

export function taxiiRoutes(deps: TaxiiServerDeps): FastifyPluginAsync {
  // eslint-disable-next-line @typescript-eslint/require-await -- Fastify plugins are async functions
  return async (app) => {
    app.setErrorHandler(handleTaxiiError);
    app.addContentTypeParser(
      ['application/taxii+json', 'application/stix+json'],
      { parseAs: 'buffer' },
      (request, body, done) => {
        const bytes = body as Buffer;
        const text = bytes.toString('utf8');
        try {
          rawBodies.set(request, new Uint8Array(bytes));
          done(null, JSON.parse(text));
        } catch {
          const fault = `The request body is not valid JSON: ${jsonFault(text)}.`;
          done(new AppError('bad_request', fault), undefined);
        }
      },
    );
    const route = { config, schema: { tags, security } };
    const taxii = (reply: FastifyReply) => reply.header('content-type', TAXII_MEDIA_TYPE);
    /** A TAXII GET: the partner is authenticated first, then the handler answers for it. */
    const get = (
      url: string,
      summary: string,
      shape: { params?: TSchema; querystring?: TSchema },
      handle: (partner: PartnerRecord, request: FastifyRequest, reply: FastifyReply) => unknown,
    ) =>
      app.get(
        url,
        {
          ...route,
          schema: { ...route.schema, summary, ...shape, response: { 200: Json, ...errors } },
        },
        async (request, reply) => {
          const partner = await partnerOf(deps, request);
          taxii(reply);
          return handle(partner, request, reply);
        },
      );
    const collectionOf = (r: FastifyRequest) => (r.params as { collectionId: string }).collectionId;
    const objectOf = (r: FastifyRequest) => (r.params as { objectId: string }).objectId;
    const pageOf = (r: FastifyRequest) => pageQuery(r.query as PageQueryT);
    const onCollection = { params: CollectionParams };
    const paged = { params: CollectionParams, querystring: PageQuery };
    const onObject = { params: ObjectParams };

    get('/taxii2/', 'TAXII discovery', {}, () => deps.taxii.discovery());
    get('/taxii2/api/', 'TAXII API root', {}, () => deps.taxii.apiRoot());
    get('/taxii2/api/collections/', 'Collections open to the partner', {}, async (partner) => ({
      collections: await deps.taxii.collections(partner),
    }));
    get('/taxii2/api/collections/:collectionId/', 'One collection', onCollection, (partner, r) =>
      deps.taxii.collection(partner, collectionOf(r)),
    );
    get(
      '/taxii2/api/collections/:collectionId/objects/',
      'Objects released to the partner, a page at a time',
      paged,
      async (partner, r, reply) => {
        return bundlePage(reply, await deps.taxii.objects(partner, collectionOf(r), pageOf(r)));
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
    get(
      '/taxii2/api/collections/:collectionId/manifest/',
      'Manifest of the objects released to the partner',
      paged,
      async (partner, r, reply) => {
        const { page, records } = await deps.taxii.manifest(partner, collectionOf(r), pageOf(r));
        pageHeaders(reply, page);
        return envelopeOf(page, records);
      },
    );
    get(
      '/taxii2/api/collections/:collectionId/objects/:objectId/',
      'The newest version of one object',
      onObject,
      async (partner, r, reply) => {
        return bundlePage(reply, await deps.taxii.object(partner, collectionOf(r), objectOf(r)));
      },
    );
    get(
      '/taxii2/api/collections/:collectionId/objects/:objectId/versions/',
      'Versions of one object released to the partner',
      onObject,
      async (partner, r) => ({
        more: false,
        versions: await deps.taxii.versions(partner, collectionOf(r), objectOf(r)),
      }),
    );
    get(
      '/taxii2/api/status/:statusId/',
      'Status of a POST of objects',
      { params: Type.Object({ statusId: Type.String({ format: 'uuid' }) }) },
      (partner, r) => deps.taxii.status(partner, (r.params as { statusId: string }).statusId),
    );
    const auditLog = deps.auditLog;
    if (auditLog) {
      get(
        '/taxii2/api/audit/tree-head/',
        "The node's latest signed audit tree head",
        {},
        async (p) => {
          const head = await auditLog.headForPartner(partnerActor(p));
          if (!head) throw AppError.notFound('audit tree head');
          return head;
        },
      );
      get(
        '/taxii2/api/audit/consistency/',
        'Consistency proof between two signed audit tree sizes (RFC 9162 §2.1.4)',
        { querystring: ConsistencyQuery },
        (p, r) => {
          const q = r.query as { first: number; second: number };
          return auditLog.consistencyForPartner(partnerActor(p), q.first, q.second);
        },
      );
    }
    const heldHeads = deps.heldHeads;
    if (heldHeads)
      get(
        '/taxii2/api/audit/held-heads/',
        "The newest head this node holds of the named log, as the log's owner signed it",
        { querystring: HeldHeadQuery },
        async (p, r) => {
          const { log } = r.query as { log: string };
          const head = await heldHeads.heldForPartner(p, log);
          if (!head) throw AppError.notFound('held head of that log');
          return head;
        },
      );
    // Any other TAXII path: a TAXII error message, not the application's own 404 envelope.
    app.route({
      method: ['GET', 'POST', 'DELETE'],
      url: '/taxii2/*',
      config,
      schema: { hide: true },
      handler: (request) => {
        throw AppError.notFound(`${request.method} ${request.url.split('?')[0] ?? ''}`);
      },
    });
  };
}
