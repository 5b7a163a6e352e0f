export * from './consignment.ts';
export * from './equipment.ts';
export * from './events.ts';
export * from './filing.ts';
export * from './named-call.ts';
export * from './party.ts';
export * from './vessel.ts';
