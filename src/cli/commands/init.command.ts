/** `portcullis init`: creates (or migrates) the database and reports where it is. */
import type { Command } from 'commander';
import { loadConfig } from '../../services/config.ts';
import { printJson } from '../output.ts';

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description(
      'create or migrate the database (embedded by default, PostgreSQL with DATABASE_URL)',
    )
    .option(
      '--data-dir <dir>',
      'embedded database directory (default: $PORTCULLIS_DATA_DIR or ./.portcullis)',
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: { dataDir?: string; json?: boolean }) => {
      const config = loadConfig(undefined, options.dataDir ? { dataDir: options.dataDir } : {});
      const { createAppContext } = await import('../../services/app-context.ts');
      const context = await createAppContext(config);
      await context.close();
      // The node's audit signing key is made at init, so the first signed tree head needs no setup.
      const { loadNodeSigningKey } = await import('../../services/audit-log/node-signing-key.ts');
      const key = loadNodeSigningKey(config.dataDir);
      const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.dataDir;
      if (options.json)
        printJson({
          database: config.databaseUrl ? 'postgres' : 'pglite',
          location: where,
          migrated: true,
          auditKeyId: key.keyId,
        });
      else console.log(`Database ready: ${where}\nAudit signing key: ${key.keyId}`);
    });
}
