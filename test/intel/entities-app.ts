// The entities API (`/api/v1/entities`) served over a test database, for the entity tests.
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.ts';
import type { ActorOf } from '../../src/server/auth/request-actor.ts';
import { entitiesDeps } from '../../src/server/deps/entities.deps.ts';
import { buildAppContext } from '../../src/services/app-context.ts';
import type { Clock } from '../../src/services/clock.ts';
import type { Database } from '../../src/storage/index.ts';

/** A server with the entities routes, every request made by the actor `actorOf` names; ready. */
export async function entitiesApp(
  database: Database,
  clock: Clock,
  actorOf: ActorOf,
): Promise<FastifyInstance> {
  const context = await buildAppContext(database, clock);
  const entities = entitiesDeps(context, actorOf, {});
  const app = await buildServer(
    { readiness: () => Promise.resolve({}), ...(entities ? { entities } : {}) },
    { logLevel: 'silent', bodyLimitBytes: 1 << 20 },
  );
  await app.ready();
  return app;
}
