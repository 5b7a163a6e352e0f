// The model registry over HTTP on both engines: an analyst retrains on the recorded outcomes
// (a candidate with the hash of its training data), lists it, activates it, and the next scoring
// uses it; retraining without hits and misses is refused with 422, an officer sees the routes
// as not found, and the routes are in the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import { routeTestApp } from '../support/route-test-app.ts';
import { targetingRoutes } from '../../src/server/routes/targeting.routes.ts';
import { fixedClock } from '../../src/services/clock.ts';
import {
  createTargetingService,
  type TargetingService,
} from '../../src/services/targeting/index.ts';
import type { Database } from '../../src/storage/index.ts';
import { consignmentFixture, containerNo, onContainer } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { AGENCY, analyst, officer } from './simulated-world.ts';
import { fileForScoring } from '../support/file-for-scoring.ts';

const clock = fixedClock('2024-03-10T12:00:00Z');

function bills(first: number, count: number): Consignment[] {
  return Array.from({ length: count }, (_, i) => {
    const base = consignmentFixture(`RG${String(first + i).padStart(6, '0')}`);
    const n = containerNo(first + i, 'TGHU');
    return onContainer(base, n);
  });
}

async function fileAndScore(database: Database, service: TargetingService, list: Consignment[]) {
  await fileForScoring(database, { agencyId: AGENCY, bills: list, filedAt: clock.now() });
  await service.scorePending(analyst);
}

interface ModelJson {
  version: string;
  status: string;
  modelHash: string;
  trainingDataSha256: string;
  metadata: { rows?: number; positives?: number };
}

describeEachEngine('model registry routes', (getDb) => {
  let app: FastifyInstance;
  let service: TargetingService;
  const actors = { officer, analyst };

  beforeAll(async () => {
    service = createTargetingService({ database: getDb(), clock });
    app = await routeTestApp();
    await app.register(
      targetingRoutes({
        service,
        actorOf: (request) => {
          const a = actors[String(request.headers['x-api-key']) as keyof typeof actors];
          return a ? Promise.resolve(a) : Promise.reject(new AppError('unauthenticated', 'none'));
        },
      }),
    );
  });
  afterAll(async () => app?.close());

  const call = (method: 'GET' | 'POST', url: string, who: keyof typeof actors = 'analyst') =>
    app.inject({ method, url, headers: { 'x-api-key': who } });

  it('retrains on recorded outcomes, lists and activates the model, and scoring uses it', async () => {
    const first = bills(810_000, 30);
    await fileAndScore(getDb(), service, first);
    const noOutcomes = await call('POST', '/api/v1/models/retrain');
    expect(noOutcomes.statusCode).toBe(422);
    expect(noOutcomes.json<{ error: { message: string } }>().error.message).toMatch(
      /needs hits and misses/,
    );
    for (const [i, b] of first.entries()) {
      const containerNumber = b.equipment[0]?.containerNumber ?? '';
      await service.recordOutcome(officer, { containerNumber, found: i % 5 === 0 });
    }
    expect((await call('POST', '/api/v1/models/retrain', 'officer')).statusCode).toBe(404);
    const trained = await call('POST', '/api/v1/models/retrain');
    expect(trained.statusCode).toBe(201);
    const model = trained.json<ModelJson>();
    expect(model.status).toBe('candidate');
    expect(model.trainingDataSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(model.metadata).toMatchObject({ rows: 30, positives: 6 });
    const listed = (await call('GET', '/api/v1/models')).json<ModelJson[]>();
    expect(listed.map((m) => [m.version, m.status])).toEqual([[model.version, 'candidate']]);
    const url = `/api/v1/models/${encodeURIComponent(model.version)}/activate`;
    expect((await call('POST', url, 'officer')).statusCode).toBe(404);
    expect((await call('POST', '/api/v1/models/no-such-version/activate')).statusCode).toBe(404);
    const activated = await call('POST', url);
    expect(activated.statusCode).toBe(200);
    expect(activated.json<ModelJson>()).toMatchObject({ version: model.version, status: 'active' });

    const next = bills(820_000, 2);
    await fileAndScore(getDb(), service, next);
    const number = next[0]?.equipment[0]?.containerNumber ?? '';
    const [assessment] = await service.getAssessment(officer, number);
    expect([assessment?.modelVersion, assessment?.modelHash]).toEqual([
      model.version,
      model.modelHash,
    ]);
  });

  it('documents the registry routes in the OpenAPI document', () => {
    const paths = Object.keys((app.swagger() as { paths: object }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/models',
        '/api/v1/models/retrain',
        '/api/v1/models/{version}/activate',
      ]),
    );
  });
});
