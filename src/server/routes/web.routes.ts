/**
 * The web app: the files Vite built into web/dist, served at `/`. Any other GET path that is not
 * part of the API (`/api`, `/taxii2`, `/health`, `/openapi.json`) gets `index.html`, so the app's
 * own addresses (`/targeting/…`) survive a reload. Without a build, `/` says how to make one.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/app-error.ts';
import { errorBody } from '../error-envelope.ts';

export interface WebServerDeps {
  /** Absolute path of the built app (web/dist). */
  readonly distDir: string;
}

const API_PREFIXES = ['/api/', '/api', '/taxii2', '/health', '/openapi.json'];

export function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Portcullis</title>
<body><h1>Portcullis</h1><p>The web app is not built on this node. Run <code>npm run build:web</code>
(or <code>npm start</code>, which builds it) and reload. The API is at <a href="/openapi.json">/openapi.json</a>.</p></body></html>`;

/** A file under distDir named by the path, or undefined (no escaping the folder, no folders). */
function builtFile(distDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const relative = path.normalize(decoded).replace(/^([/\\])+/, '');
  if (!relative || relative.startsWith('..') || relative.includes('\0')) return undefined;
  const full = path.join(distDir, relative);
  if (!full.startsWith(distDir + path.sep)) return undefined;
  return existsSync(full) && statSync(full).isFile() ? relative : undefined;
}

function sendIndex(reply: FastifyReply, built: boolean) {
  reply.header('cache-control', 'no-cache');
  if (!built) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
  return reply.sendFile('index.html');
}

export function webRoutes(deps: WebServerDeps): FastifyPluginAsync {
  const distDir = path.resolve(deps.distDir);
  return async (app) => {
    // Cache headers are set here per file kind, not by the static sender.
    await app.register(fastifyStatic, { root: distDir, serve: false, cacheControl: false });
    app.get(
      '/*',
      {
        config: { public: true },
        schema: { hide: true, tags: ['web'], summary: 'The web app (single-page, built by Vite)' },
      },
      (request, reply) => {
        const pathname = request.url.split('?')[0] ?? '/';
        if (isApiPath(pathname)) {
          const error = AppError.notFound(`${request.method} ${pathname}`);
          return reply.status(404).send(errorBody(error, request.id));
        }
        const built = existsSync(path.join(distDir, 'index.html'));
        const file = built ? builtFile(distDir, pathname) : undefined;
        if (!file || file === 'index.html') return sendIndex(reply, built);
        // Vite names bundled assets by content hash: they never change under their name.
        if (file.startsWith(`assets${path.sep}`))
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        return reply.sendFile(file);
      },
    );
  };
}
