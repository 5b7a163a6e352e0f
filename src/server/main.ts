/**
 * Composition root of the HTTP server: read config, open the database, build services, listen.
 * Stops cleanly on SIGINT/SIGTERM so that nothing acknowledged is half-written.
 */
import type { FastifyInstance } from 'fastify';
import { createAppContext } from '../services/app-context.ts';
import type { Config } from '../services/config.ts';
import { buildServer } from './app.ts';
import { createActor, EVERY_AGENCY } from '../services/access/actor.ts';
import { serverDeps } from './server-deps-from-context.ts';
import { createScreeningWorker, screeningServiceOf } from '../services/entities/index.ts';

export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const context = await createAppContext(config);
  const deps = serverDeps(context, config);
  const app = await buildServer(deps, config);
  const address = await app.listen({ host: config.host, port: config.port });
  // Every accepted filing queues a scoring job; the server works them off in the background,
  // for every agency the node hosts (each job done as its own agency).
  const scorer = createActor({
    kind: 'machine',
    id: 'scoring-worker',
    agencyId: EVERY_AGENCY,
    roles: ['analyst'],
  });
  const scoring = deps.targeting?.service.startScoringLoop(scorer);
  // And a screening job: its parties are screened against the watchlists (scoring screens the
  // filing's parties too when it comes first, so hits reach the assessment either way).
  const screening = createScreeningWorker(context, screeningServiceOf(context)).startScreeningLoop(
    createActor({
      kind: 'machine',
      id: 'screening-worker',
      agencyId: EVERY_AGENCY,
      roles: ['analyst'],
    }),
  );
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await scoring?.stop();
      await screening.stop();
      await app.close();
      await context.close();
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void close().then(() => process.exit(0));
    });
  }
  return { url: address, app, close };
}
