// The web routes alone: built files, the single-page fallback, the API's JSON 404s, no escaping
// the build folder, and a page that says how to build the app when there is no build.
import Fastify, { type FastifyInstance } from 'fastify';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webRoutes } from '../../src/server/routes/web.routes.ts';

describe('web routes', () => {
  let root: string;
  let built: FastifyInstance;
  let empty: FastifyInstance;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'portcullis-webroutes-'));
    const dist = path.join(root, 'dist');
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), '<div id="root"></div>');
    await writeFile(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    await writeFile(path.join(root, 'secret.txt'), 'not for the web');
    built = Fastify();
    await built.register(webRoutes({ distDir: dist }));
    empty = Fastify();
    await empty.register(webRoutes({ distDir: path.join(root, 'none') }));
  });
  afterAll(async () => {
    await built.close();
    await empty.close();
    await rm(root, { recursive: true, force: true });
  });

  it('sends built files, hashed assets cached for good', async () => {
    const res = await built.inject({ url: '/assets/app-1234.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log(1)');
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it("answers the app's own addresses with index.html, never cached", async () => {
    for (const url of ['/', '/targeting/9074729:2403W:BEANR', '/outcomes?state=seized']) {
      const res = await built.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toBe('<div id="root"></div>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('keeps unknown API paths as JSON 404s', async () => {
    for (const url of ['/api/v1/nothing', '/taxii2/x', '/health/x', '/api']) {
      const res = await built.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('not_found');
    }
  });

  it('never serves a file outside the build', async () => {
    for (const url of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
    ]) {
      const res = await built.inject({ url });
      expect(res.body, url).not.toContain('not for the web');
    }
  });

  it('says how to build the app when there is no build', async () => {
    const res = await empty.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build:web');
  });
});
