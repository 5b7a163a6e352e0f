/** Bundled reference data (UN/LOCODE, countries, HS 2022, ports, MIDs) and identifier validation. */
export * from './country-table.ts';
export * from './hs-table.ts';
export * from './identifier-kind.ts';
export * from './locode-function.ts';
export * from './locode-table.ts';
export * from './mid-table.ts';
export * from './port-table.ts';
export * from './reference-data.ts';
export * from './reference-file.ts';
export * from './validate-identifier.ts';
export { validateHs, validateLocode, validateMmsi } from './reference-validators.ts';
