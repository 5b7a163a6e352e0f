// A full run with every log line captured: sign-in with a password (and a wrong one), API key use
// (both headers), intake of a filing naming its parties, a consignment read, a search by name, a
// lookout and a screening where those routes are built, and an internal failure. Then every line is
// scanned: no password, API key, session id, CSRF token or bearer token, and no party name or
// address from the filing, may appear.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { serverDeps } from '../../src/server/server-deps-from-context.ts';
import { buildAppContext } from '../../src/services/app-context.ts';
import { createLocalAccount } from '../../src/services/auth/index.ts';
import {
  admin,
  AGENCY,
  carrier,
  clock,
  consignments,
  cuscar,
  services,
} from '../intake/intake-fixtures.ts';
import { openTestDatabase } from '../support/db.ts';

const PASSWORD = 'correct-horse-battery-staple-41';
const WRONG = 'wrong-horse-battery-staple-99';
const PERSONAL = ['Frutas del Pac', 'Antwerp Fresh Imports', 'Guayaquil', 'Antwerpen'];

const lines: string[] = [];
const secrets: string[] = [PASSWORD, WRONG];
let app: FastifyInstance;
let release: () => Promise<void>;
const dataDir = mkdtempSync(path.join(tmpdir(), 'portcullis-log-scan-'));

beforeAll(async () => {
  const handle = await openTestDatabase('pglite');
  release = handle.release;
  const context = await buildAppContext(handle.database, clock);
  app = await buildServer(serverDeps(context, { dataDir, auditTreeHeadIntervalSeconds: 0 }), {
    logLevel: 'trace',
    bodyLimitBytes: 1024 * 1024,
    logStream: { write: (line) => void lines.push(line) },
  });
  app.get('/api/v1/log-scan/boom', { config: { public: true } }, () =>
    Promise.reject(
      new Error(`Failed query: select 1\nparams: Frutas del Pacífico S.A.,${PASSWORD}`),
    ),
  );
  await app.ready();
  await createLocalAccount(handle.database, {
    username: 'officer',
    displayName: 'Officer',
    agencyId: AGENCY,
    roles: ['targeting-officer', 'analyst'],
    password: PASSWORD,
  });
  const { senderId } = await carrier(handle.database);
  const { key } = await services(handle.database).senders.issueKey(admin, senderId);
  secrets.push(key);
}, 120_000);

afterAll(async () => {
  await app.close();
  await release();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('logs of a full run', () => {
  it('hold no secret and no personal data', async () => {
    const json = { 'content-type': 'application/json' };
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: json,
      payload: { username: 'officer', password: WRONG },
    });
    expect(wrong.statusCode).toBe(401);
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: json,
      payload: { username: 'officer', password: PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    const csrf = signIn.json<{ csrfToken: string }>().csrfToken;
    secrets.push(cookie.split('=')[1] ?? '', csrf);
    const session = { cookie, 'x-csrf-token': csrf };

    const key = secrets[2] ?? '';
    const upload = await app.inject({
      method: 'POST',
      url: '/api/v1/intake',
      headers: { 'content-type': 'application/edifact', 'x-api-key': key },
      payload: Buffer.from(cuscar('LOGSCAN-1', consignments(2, 500))),
    });
    expect(upload.statusCode).toBe(201);
    await app.inject({
      method: 'GET',
      url: '/api/v1/intake/nonexistent',
      headers: { authorization: `Bearer ${key}` },
    });
    const read = await app.inject({
      method: 'GET',
      url: '/api/v1/consignments/BL000500',
      headers: session,
    });
    expect(read.statusCode).toBeLessThan(500);
    expect(read.body).toMatch(/Frutas del Pac/); // the data was really there to leak
    await app.inject({
      method: 'GET',
      url: '/api/v1/entities?q=Frutas%20del%20Pacifico',
      headers: session,
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/screening',
      headers: { ...session, ...json },
      payload: { name: 'Antwerp Fresh Imports BV', country: 'BE' },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/lookouts',
      headers: { ...session, ...json },
      payload: { kind: 'party', value: 'Frutas del Pacífico S.A.', reason: 'Guayaquil' },
    });
    await app.inject({ method: 'GET', url: '/api/v1/log-scan/boom' });
    await app.inject({ method: 'DELETE', url: '/api/v1/session', headers: session });

    expect(lines.length).toBeGreaterThan(10);
    const leaks = lines.flatMap((line) =>
      [...secrets.filter((s) => s.length > 0), ...PERSONAL]
        .filter((s) => line.includes(s))
        .map((s) => `${s.slice(0, 12)}… in ${line.slice(0, 300)}`),
    );
    expect(leaks).toEqual([]);
    // And the lines still say what happened.
    expect(lines.some((l) => l.includes('/api/v1/intake'))).toBe(true);
    expect(lines.some((l) => l.includes('internal') || l.includes('unhandled error'))).toBe(true);
  });
});
