export * from './container-number.ts';
export * from './country-code.ts';
export * from './eori.ts';
export * from './hs-code.ts';
export * from './imo-number.ts';
export * from './mmsi.ts';
export * from './scac.ts';
export * from './un-locode.ts';
