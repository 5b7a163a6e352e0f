/**
 * Liner services calling at the simulated port: carrier, the foreign ports called before the
 * home port (in order), weekly frequency, relative size of a call, and the round-trip length that
 * sets how many ships the service needs. Modelled on public service descriptions of the
 * North Europe trades (WCSA, ECSA, Caribbean, Asia, Middle East/India, West Africa, Med, North
 * America, intra-Europe feeders); names are generic.
 */
import type { Region } from './ports.ts';

export const SERVICE_KINDS = ['deep-sea', 'feeder'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export interface SimService {
  readonly code: string;
  readonly name: string;
  readonly carrier: string;
  readonly kind: ServiceKind;
  readonly lane: Region;
  /** Foreign ports in order of call before the home port. */
  readonly rotation: readonly string[];
  readonly callsPerWeek: number;
  /** Containers moved at the home port per call, relative (calibrated to the port's daily volume). */
  readonly size: number;
  readonly roundTripWeeks: number;
}

type Row = readonly [
  string,
  string,
  string,
  ServiceKind,
  Region,
  readonly string[],
  number,
  number,
  number,
];

// code, name, carrier, kind, lane, rotation, calls/week, size, round trip weeks
// prettier-ignore
const ROWS: readonly Row[] = [
  ['WSA1', 'WCSA Express', 'MSCU', 'deep-sea', 'wcsa', ['CLSAI', 'PECLL', 'PEPAI', 'ECPSJ', 'COBUN', 'PABLB', 'PAMIT', 'COCTG'], 1, 2.6, 10],
  ['WSA2', 'Ecuador Express', 'MAEU', 'deep-sea', 'wcsa', ['ECGYE', 'ECPBO', 'PABLB', 'COCTG'], 1, 2.4, 7],
  ['WSA3', 'Andes Express', 'HLCU', 'deep-sea', 'wcsa', ['CLSAI', 'PECLL', 'ECGYE', 'PAMIT', 'COCTG'], 1, 2.5, 9],
  ['WSA4', 'Eurosal', 'CMDU', 'deep-sea', 'wcsa', ['PECLL', 'ECPSJ', 'COBUN', 'PAMIT', 'COSMR'], 1, 2.2, 8],
  ['CAR1', 'Caribbean Loop', 'MSCU', 'deep-sea', 'caribbean', ['CRMOB', 'PAMIT', 'COCTG', 'COSMR', 'DOCAU', 'JMKIN'], 1, 2.4, 7],
  ['CAR2', 'Central America Reefer', 'CMDU', 'deep-sea', 'caribbean', ['CRMOB', 'COSMR', 'COCTG', 'DOCAU'], 1, 2.0, 6],
  ['CAR3', 'Guianas Shuttle', 'CMDU', 'feeder', 'caribbean', ['SRPBM', 'GYGEO', 'BSFPO'], 1, 0.8, 6],
  ['ESA1', 'Samba', 'MAEU', 'deep-sea', 'ecsa', ['ARBUE', 'UYMVD', 'BRRIG', 'BRPNG', 'BRSSZ'], 1, 2.7, 10],
  ['ESA2', 'ECSA Express', 'HLCU', 'deep-sea', 'ecsa', ['UYMVD', 'ARBUE', 'BRPNG', 'BRSSZ'], 1, 2.4, 9],
  ['ESA3', 'Tango', 'MSCU', 'deep-sea', 'ecsa', ['ARBUE', 'UYMVD', 'BRSSZ', 'PTSIE'], 1, 2.6, 9],
  ['AE1', 'Asia-North Europe 1', 'MSCU', 'deep-sea', 'asia', ['CNNGB', 'CNSHA', 'CNYTN', 'SGSIN'], 1, 4.2, 12],
  ['AE2', 'Asia-North Europe 2', 'MAEU', 'deep-sea', 'asia', ['KRPUS', 'CNNGB', 'CNSHA', 'CNYTN', 'MYTPP'], 1, 4.0, 12],
  ['AE3', 'Asia-North Europe 3', 'CMDU', 'deep-sea', 'asia', ['CNSHA', 'CNNGB', 'HKHKG', 'SGSIN'], 1, 4.0, 12],
  ['AE4', 'Asia-North Europe 4', 'HLCU', 'deep-sea', 'asia', ['CNSHA', 'CNNGB', 'TWKHH', 'HKHKG', 'SGSIN', 'LKCMB'], 1, 3.6, 12],
  ['AE5', 'Asia-North Europe 5', 'ONEY', 'deep-sea', 'asia', ['KRPUS', 'CNSHA', 'CNYTN', 'VNCMT', 'SGSIN'], 1, 3.8, 12],
  ['AE6', 'Asia-North Europe 6', 'EGLV', 'deep-sea', 'asia', ['TWKHH', 'CNNGB', 'CNSHA', 'CNYTN', 'MYPKG'], 1, 3.8, 12],
  ['AE7', 'Asia-North Europe 7', 'COSU', 'deep-sea', 'asia', ['CNSHA', 'CNNGB', 'CNYTN', 'SGSIN', 'MYPKG'], 1, 3.8, 12],
  ['AE8', 'Asia-North Europe 8', 'HDMU', 'deep-sea', 'asia', ['KRPUS', 'CNSHA', 'CNNGB', 'CNYTN', 'SGSIN'], 1, 3.4, 12],
  ['IME', 'India-Europe Express', 'MSCU', 'deep-sea', 'middle-east', ['INNSA', 'AEJEA', 'OMSLL'], 1, 2.6, 9],
  ['MEX', 'Middle East Express', 'CMDU', 'deep-sea', 'middle-east', ['AEJEA', 'INNSA', 'LKCMB'], 1, 2.4, 9],
  ['WAF1', 'West Africa 1', 'MSCU', 'deep-sea', 'west-africa', ['NGLOS', 'GHTEM', 'TGLFW', 'CIABJ', 'SNDKR'], 1, 1.8, 8],
  ['WAF2', 'West Africa 2', 'MAEU', 'deep-sea', 'west-africa', ['CMDLA', 'BJCOO', 'NGLOS', 'TGLFW', 'CIABJ'], 1, 1.7, 8],
  ['WAF3', 'West Africa 3', 'CMDU', 'deep-sea', 'west-africa', ['GQSSG', 'CMDLA', 'GHTEM', 'CIABJ', 'SNDKR'], 1, 1.4, 8],
  ['TA1', 'Transatlantic 1', 'HLCU', 'deep-sea', 'north-america', ['USHOU', 'USSAV', 'USNYC'], 1, 2.4, 6],
  ['TA2', 'St Lawrence', 'HLCU', 'deep-sea', 'north-america', ['CAMTR'], 2, 1.6, 4],
  ['TA3', 'Transatlantic 3', 'MSCU', 'deep-sea', 'north-america', ['USNYC', 'USSAV'], 1, 2.2, 6],
  ['MED1', 'Med Shuttle', 'MSCU', 'deep-sea', 'mediterranean', ['GRPIR', 'ITGIT', 'MTMAR', 'ESVLC', 'MAPTM'], 2, 1.8, 4],
  ['MED2', 'Turkey Express', 'ZIMU', 'deep-sea', 'mediterranean', ['TRMER', 'GRPIR', 'ESALG'], 1, 1.5, 5],
  ['SAF', 'South Africa Express', 'MAEU', 'deep-sea', 'south-africa', ['ZADUR'], 1, 1.8, 7],
  ['FUK1', 'UK Feeder', 'MSCU', 'feeder', 'north-europe', ['GBFXT'], 4, 0.9, 1],
  ['FUK2', 'Thames Feeder', 'CMDU', 'feeder', 'north-europe', ['GBLGP'], 3, 0.8, 1],
  ['FIE', 'Ireland Feeder', 'MAEU', 'feeder', 'north-europe', ['IEDUB'], 3, 0.7, 1],
  ['FSC1', 'Scandinavia Feeder', 'MSCU', 'feeder', 'north-europe', ['NOOSL', 'SEGOT', 'DKAAR'], 3, 0.8, 2],
  ['FBA1', 'Baltic Feeder', 'MAEU', 'feeder', 'north-europe', ['FIHEL', 'PLGDN'], 3, 0.8, 2],
  ['FBA2', 'Baltic Loop', 'HLCU', 'feeder', 'north-europe', ['PLGDN', 'FIHEL', 'SEGOT'], 2, 0.7, 2],
];

export const SERVICES: readonly SimService[] = ROWS.map(
  ([code, name, carrier, kind, lane, rotation, callsPerWeek, size, roundTripWeeks]) => ({
    code,
    name,
    carrier,
    kind,
    lane,
    rotation,
    callsPerWeek,
    size,
    roundTripWeeks,
  }),
);

/** Expected containers moved at the home port per week, relative units. */
export function weeklySize(services: readonly SimService[]): number {
  return services.reduce((sum, s) => sum + s.size * s.callsPerWeek, 0);
}
