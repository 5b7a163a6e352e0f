/**
 * Ocean carriers of the simulated services: SCAC, name, the ISO 6346 owner codes their boxes
 * carry, and the share of boxes that are leased (lessor owner codes). Codes are the carriers'
 * public BIC and SCAC codes.
 */
export interface SimCarrier {
  readonly scac: string;
  readonly name: string;
  /** Owner code + category letter, e.g. "MSCU". */
  readonly prefixes: readonly string[];
  /** Prefix of the carrier's bill of lading numbers. */
  readonly billPrefix: string;
}

export const CARRIERS: readonly SimCarrier[] = [
  {
    scac: 'MSCU',
    name: 'Mediterranean Shipping Company',
    prefixes: ['MSCU', 'MEDU', 'MSDU', 'MSMU'],
    billPrefix: 'MEDU',
  },
  { scac: 'MAEU', name: 'Maersk', prefixes: ['MSKU', 'MRKU', 'MAEU', 'MRSU'], billPrefix: 'MAEU' },
  { scac: 'CMDU', name: 'CMA CGM', prefixes: ['CMAU', 'CGMU', 'TGHU'], billPrefix: 'CMDU' },
  {
    scac: 'HLCU',
    name: 'Hapag-Lloyd',
    prefixes: ['HLXU', 'HLBU', 'UACU', 'FANU'],
    billPrefix: 'HLCU',
  },
  {
    scac: 'ONEY',
    name: 'Ocean Network Express',
    prefixes: ['ONEU', 'TCLU', 'NYKU'],
    billPrefix: 'ONEY',
  },
  { scac: 'EGLV', name: 'Evergreen', prefixes: ['EGHU', 'EISU', 'EMCU'], billPrefix: 'EGLV' },
  { scac: 'COSU', name: 'COSCO Shipping', prefixes: ['CSNU', 'CBHU', 'OOLU'], billPrefix: 'COSU' },
  { scac: 'HDMU', name: 'HMM', prefixes: ['HMMU', 'KOCU'], billPrefix: 'HDMU' },
  { scac: 'ZIMU', name: 'ZIM', prefixes: ['ZIMU', 'ZCSU'], billPrefix: 'ZIMU' },
  { scac: 'YMLU', name: 'Yang Ming', prefixes: ['YMLU', 'YMMU'], billPrefix: 'YMLU' },
];

/** Leasing companies' owner codes, seen on every carrier's services. */
export const LESSOR_PREFIXES: readonly string[] = [
  'TGHU',
  'TCNU',
  'SEGU',
  'CAIU',
  'FSCU',
  'GESU',
  'TRHU',
  'BMOU',
  'TEMU',
  'DFSU',
];

export function carrier(scac: string): SimCarrier {
  const found = CARRIERS.find((c) => c.scac === scac);
  if (!found) throw new Error(`The simulator has no carrier ${scac}`);
  return found;
}
