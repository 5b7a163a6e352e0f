/** The whole schema, for drizzle-kit and for the typed drizzle instance. */
export * from './access.ts';
export * from './audit.ts';
export * from './audit-log.ts';
export * from './consignments.ts';
export * from './events.ts';
export * from './filings.ts';
export * from './jobs.ts';
export * from './quarantine.ts';
export * from './raw-messages.ts';
export * from './vessels.ts';
export * from './intake.ts';
export * from './targeting.ts';
export * from './security.ts';
export * from './exchange.ts';
export * from './outcomes.ts';
export * from './retention.ts';
export * from './entities.ts';
