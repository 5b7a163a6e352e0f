/**
 * HTTP hardening for every route: security headers (a strict CSP for the web app, HSTS on TLS,
 * nosniff, no framing, no referrer), no caching of API answers, rate limits per API key, session
 * or address (stricter on sign-in), and a nesting-depth limit on JSON bodies. The body-size limit
 * is Fastify's own (`bodyLimit`), answered as 413 by the error handler; errors never carry a stack.
 */
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { AppError } from '../core/app-error.ts';
import { apiKeyOf } from './auth/api-key.ts';
import { jsonDepthFault } from './hardening-json-depth.ts';

export interface HardeningOptions {
  /** Requests per minute per API key, session or address; 0 or absent: no rate limiting. */
  readonly rateLimitPerMinute?: number;
  /** Sign-in attempts per minute per address. */
  readonly signInLimitPerMinute?: number;
  /** Deepest JSON nesting accepted in a request body. */
  readonly maxJsonDepth?: number;
}

export const DEFAULT_SIGN_IN_LIMIT_PER_MINUTE = 10;
export const DEFAULT_MAX_JSON_DEPTH = 32;

/** The web app's sources: its own files, inline styles (map and graph widgets), blob workers. */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const short = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 24);

const isSignIn = (request: FastifyRequest) =>
  request.method === 'POST' && request.url.split('?')[0] === '/api/v1/session';

/** Whose budget a request spends: its API key, its session, else its address (keys hashed). */
export function rateLimitKey(request: FastifyRequest): string {
  if (isSignIn(request)) return `sign-in:${request.ip}`;
  const key = apiKeyOf(request);
  if (key !== undefined) return `key:${short(key)}`;
  const session = /(?:^|;\s*)portcullis_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  if (session !== undefined) return `session:${short(session)}`;
  return `ip:${request.ip}`;
}

export async function registerHardening(
  app: FastifyInstance,
  options: HardeningOptions = {},
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP },
    // HSTS is only meaningful over TLS; sent below when the request came over it.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  // Off unless configured: the server passes the configured limit (see config.ts).
  const perMinute = options.rateLimitPerMinute ?? 0;
  if (perMinute > 0) {
    const signIn = options.signInLimitPerMinute ?? DEFAULT_SIGN_IN_LIMIT_PER_MINUTE;
    await app.register(rateLimit, {
      global: true,
      timeWindow: 60_000,
      keyGenerator: rateLimitKey,
      max: (_request, key) => (key.startsWith('sign-in:') ? signIn : perMinute),
    });
  }
  const maxDepth = options.maxJsonDepth ?? DEFAULT_MAX_JSON_DEPTH;
  app.addHook('preValidation', (request) => {
    const fault = jsonDepthFault(request.body, maxDepth);
    return fault === undefined
      ? Promise.resolve()
      : Promise.reject(
          new AppError(
            'bad_request',
            `The JSON body nests deeper than ${maxDepth} levels (at ${fault}).`,
            { maxDepth, at: fault },
          ),
        );
  });
}
