/**
 * The composition of services: opens the database (migrating it), makes sure the roles defined in
 * code exist in it, and builds every service with the narrow dependencies it needs. The server
 * and the CLI create one context at start and close it at exit.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { openDatabase, syncRoles, type Database } from '../storage/index.ts';
import { ROLES } from './access/roles.ts';
import { loadTotpKey, secretBoxOf, type SecretBox } from './auth/totp-secret-box.ts';
import { sealClearTotpSecrets } from './auth/totp-secrets.ts';
import { createCargoQueryService, type CargoQueryService } from './cargo/cargo-query.service.ts';
import { systemClock, type Clock } from './clock.ts';
import { createHealthService, type HealthService } from './health.service.ts';

export interface AppContextOptions {
  /** The node's data directory; the embedded database lives in `<dataDir>/pglite`. */
  readonly dataDir: string;
  /** PostgreSQL instead of the embedded database. */
  readonly databaseUrl?: string | undefined;
  readonly clock?: Clock | undefined;
  /** Hex of the TOTP secrets' key (`PORTCULLIS_TOTP_KEY`); unset: `<dataDir>/keys/totp-aes256.key`. */
  readonly totpKey?: string | undefined;
}

export interface AppContext {
  readonly database: Database;
  readonly clock: Clock;
  readonly health: HealthService;
  readonly cargoQuery: CargoQueryService;
  /** Seals and opens TOTP secrets under the node's key-encryption key. */
  readonly totpSecrets: SecretBox;
  close(): Promise<void>;
}

export async function createAppContext(options: AppContextOptions): Promise<AppContext> {
  const database = await openDatabase(
    options.databaseUrl !== undefined
      ? { url: options.databaseUrl }
      : { dataDir: path.join(options.dataDir, 'pglite') },
  );
  try {
    const key = loadTotpKey({ dataDir: options.dataDir, keyHex: options.totpKey });
    return await buildAppContext(database, options.clock ?? systemClock, secretBoxOf(key));
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Builds the services over an open, migrated database (tests pass their own). Without a secret box
 * (tests), TOTP secrets are sealed under a key made for this context alone.
 */
export async function buildAppContext(
  database: Database,
  clock: Clock,
  totpSecrets: SecretBox = secretBoxOf(randomBytes(32)),
): Promise<AppContext> {
  await syncRoles(database.db, ROLES);
  await sealClearTotpSecrets(database.db, totpSecrets);
  const deps = { database, clock };
  return {
    database,
    clock,
    health: createHealthService(deps),
    cargoQuery: createCargoQueryService(deps),
    totpSecrets,
    close: () => database.close(),
  };
}
