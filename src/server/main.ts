/**
 * Composition root of the HTTP server: read config, open the database, build services, listen.
 * Stops cleanly on SIGINT/SIGTERM so that nothing acknowledged is half-written.
 */
import type { FastifyInstance } from 'fastify';
import { createAppContext } from '../services/app-context.ts';
import type { Config } from '../services/config.ts';
import { buildServer } from './app.ts';
import { serverDeps } from './server-deps-from-context.ts';

export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const context = await createAppContext(config);
  const app = await buildServer(serverDeps(context, config), config);
  const address = await app.listen({ host: config.host, port: config.port });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
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
