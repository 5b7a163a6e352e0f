/** Assessment: rules + model + lookouts → score, band, hold and explanation. */
export * from './assess.ts';
export * from './assessment-config.ts';
export * from './explanation.ts';
export * from './model-score.ts';
