/**
 * Source and transit regions and hubs named in public cocaine-trafficking typologies (EUDA
 * European Drug Report, UNODC Global Report on Cocaine, UNODC–WCO Container Control Programme).
 */
export const SOURCE_REGIONS = [
  'andean-producer',
  'south-america',
  'caribbean',
  'central-america',
  'west-africa',
  'other',
] as const;
export type SourceRegion = (typeof SOURCE_REGIONS)[number];

const REGION_OF: Readonly<Record<string, SourceRegion>> = {
  CO: 'andean-producer',
  PE: 'andean-producer',
  BO: 'andean-producer',
  EC: 'south-america',
  BR: 'south-america',
  VE: 'south-america',
  GY: 'south-america',
  SR: 'south-america',
  PY: 'south-america',
  UY: 'south-america',
  AR: 'south-america',
  CL: 'south-america',
  GF: 'south-america',
  DO: 'caribbean',
  JM: 'caribbean',
  TT: 'caribbean',
  HT: 'caribbean',
  BS: 'caribbean',
  CW: 'caribbean',
  AW: 'caribbean',
  PR: 'caribbean',
  CU: 'caribbean',
  BB: 'caribbean',
  PA: 'central-america',
  CR: 'central-america',
  GT: 'central-america',
  HN: 'central-america',
  NI: 'central-america',
  SV: 'central-america',
  BZ: 'central-america',
  MX: 'central-america',
  GH: 'west-africa',
  NG: 'west-africa',
  CI: 'west-africa',
  SN: 'west-africa',
  GW: 'west-africa',
  TG: 'west-africa',
  BJ: 'west-africa',
  GN: 'west-africa',
  CV: 'west-africa',
  SL: 'west-africa',
  LR: 'west-africa',
  GM: 'west-africa',
};

export function sourceRegionOf(country: string | undefined): SourceRegion {
  return (country !== undefined && REGION_OF[country]) || 'other';
}

/** Transshipment hubs repeatedly named in seizure reports for South America–Europe cocaine. */
export const HIGH_RISK_HUBS: ReadonlySet<string> = new Set([
  'PAPTY',
  'PAMIT',
  'PABLB',
  'PAONX',
  'COCTG',
  'COBUN',
  'ECGYE',
  'ECPSJ',
  'BRSSZ',
  'BRPNG',
  'BRRIG',
  'DOCAU',
  'DORHN',
  'JMKIN',
  'CWWIL',
  'MAPTM',
  'ESALG',
  'PTSIE',
  'GHTEM',
  'TGLFW',
  'TRMER',
  'GRPIR',
]);
