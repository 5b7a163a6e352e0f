/** Targeting service: scoring worker, queues, assessments, scan plans, outcomes, rules and models. */
export * from './call-id.ts';
export * from './make-scan-plan.ts';
export * from './record-outcome.ts';
export type { HistoryFile, HistoryImportReport } from './history-import.ts';
export * from './risk-model.ts';
export * from './scoring-worker.ts';
export * from './targeting-admin.ts';
export * from './targeting-evaluation.ts';
export * from './targeting-reads.ts';
export * from './targeting.service.ts';
export * from './targeting-context.ts';
export * from './feature-snapshot.ts';
export type { ListedCallSummary, VesselListing, VesselListingSource } from './vessel-listings.ts';
