/** `portcullis serve`: starts the HTTP API (and the web app, once built) on the configured database. */
import type { Command } from 'commander';
import { loadConfig } from '../../services/config.ts';

export interface ServeOptions {
  port?: string;
  host?: string;
  dataDir?: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the HTTP API on the configured database')
    .option('-p, --port <port>', 'port (default: $PORTCULLIS_PORT or 8080; 0 picks a free one)')
    .option('--host <host>', 'address to bind (default: $PORTCULLIS_HOST or 127.0.0.1)')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (options: ServeOptions) => {
      const config = loadConfig(undefined, {
        ...(options.port !== undefined ? { port: Number(options.port) } : {}),
        ...(options.host !== undefined ? { host: options.host } : {}),
        ...(options.dataDir !== undefined ? { dataDir: options.dataDir } : {}),
      });
      const { startServer } = await import('../../server/main.ts');
      const running = await startServer(config);
      console.log(
        `Portcullis is listening on ${running.url} (database: ${config.databaseUrl ? 'PostgreSQL' : config.dataDir})`,
      );
    });
}
