/** Targeting features: schema, extraction and the model row. */
export * from './blank-feature-values.ts';
export * from './compute-features.ts';
export * from './cover-loads.ts';
export * from './feature-input.ts';
export * from './feature-schema.ts';
export * from './feature-vector.ts';
export * from './history.ts';
export * from './iso-time.ts';
export * from './regions.ts';
export * from './to-model-row.ts';
