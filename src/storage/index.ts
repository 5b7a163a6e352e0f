/**
 * The storage layer's public face for services: open a database, and the repositories (plain
 * functions taking a db or a transaction). Tables and row types stay inside src/storage.
 */
export { ENGINES, migrateDatabase, openDatabase } from './database.ts';
export type { Database, Engine, OpenDatabaseOptions } from './database.ts';
export type { Db } from './db.ts';
export * from './repositories/agencies.repository.ts';
export * from './repositories/audit-events.repository.ts';
export * from './repositories/consignment-containers.repository.ts';
export * from './repositories/consignments.repository.ts';
export * from './repositories/container-events.repository.ts';
export * from './repositories/filings.repository.ts';
export * from './repositories/jobs.repository.ts';
export * from './repositories/parties.repository.ts';
export * from './repositories/quarantine.repository.ts';
export * from './repositories/raw-messages.repository.ts';
export * from './repositories/transport-events.repository.ts';
export * from './repositories/users.repository.ts';
export * from './repositories/vessels.repository.ts';
export * from './repositories/intake-bulk.repository.ts';
export * from './repositories/intake-submissions.repository.ts';
export * from './repositories/senders.repository.ts';
export * from './repositories/assessments.repository.ts';
export * from './repositories/assessments-insert.repository.ts';
export * from './repositories/assessments-history.repository.ts';
export * from './repositories/assessments-inputs.repository.ts';
export * from './repositories/rules.repository.ts';
export * from './repositories/models.repository.ts';
export * from './repositories/scanners.repository.ts';
export * from './repositories/scan-plans.repository.ts';
export * from './repositories/scan-plans-outcomes.repository.ts';
export * from './repositories/raw-bytes.repository.ts';
export * from './repositories/auth-sessions.repository.ts';
export * from './repositories/auth-throttles.repository.ts';
export * from './repositories/user-totp.repository.ts';
export * from './repositories/user-accounts.repository.ts';
export * from './repositories/machine-api-keys.repository.ts';
export * from './repositories/exchange-partners.repository.ts';
export * from './repositories/exchange-sync.repository.ts';
export * from './repositories/intel-objects.repository.ts';
export * from './repositories/intel-versions-bulk.repository.ts';
export * from './repositories/lookout-hits.repository.ts';
export * from './repositories/outcomes-selections.repository.ts';
export * from './repositories/outcomes-records.repository.ts';
export * from './repositories/outcomes-customs.repository.ts';
export * from './repositories/outcomes-stats.repository.ts';
export * from './repositories/sender-api-keys.repository.ts';
export * from './repositories/entities.repository.ts';
