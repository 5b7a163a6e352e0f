/** The identifier kinds that `validateIdentifier` (and `portcullis validate <kind>`) accept. */
export const IDENTIFIER_KINDS = [
  'container',
  'imo',
  'mmsi',
  'locode',
  'hs',
  'eori',
  'scac',
  'country',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export function isIdentifierKind(s: string): s is IdentifierKind {
  return (IDENTIFIER_KINDS as readonly string[]).includes(s);
}

/** What each kind is, for help texts and messages. */
export function identifierKindLabel(kind: IdentifierKind): string {
  switch (kind) {
    case 'container':
      return 'ISO 6346 container number';
    case 'imo':
      return 'IMO ship number';
    case 'mmsi':
      return 'MMSI (Maritime Mobile Service Identity)';
    case 'locode':
      return 'UN/LOCODE';
    case 'hs':
      return 'HS 2022 commodity code (6, 8 or 10 digits)';
    case 'eori':
      return 'EORI number';
    case 'scac':
      return 'SCAC (Standard Carrier Alpha Code)';
    case 'country':
      return 'ISO 3166-1 alpha-2 country code';
  }
}
