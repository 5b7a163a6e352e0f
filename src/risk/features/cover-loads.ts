/**
 * Commodities that typologies name as cover loads for cocaine in containers: fresh fruit in
 * reefers (bananas, pineapples), coffee, cocoa, fruit juice and pulp, and a few others, by HS
 * heading with a description fallback for goods declared without a code.
 */
export const COVER_LOADS = [
  'bananas',
  'pineapples',
  'other-fruit',
  'coffee',
  'cocoa',
  'fruit-juice',
  'flowers',
  'fish',
  'sugar',
  'timber',
  'scrap',
] as const;
export type CoverLoad = (typeof COVER_LOADS)[number];

const BY_HEADING: Readonly<Record<string, CoverLoad>> = {
  '0803': 'bananas',
  '0804': 'pineapples',
  '0805': 'other-fruit',
  '0810': 'other-fruit',
  '0811': 'other-fruit',
  '0901': 'coffee',
  '2101': 'coffee',
  '1801': 'cocoa',
  '1802': 'cocoa',
  '1803': 'cocoa',
  '1804': 'cocoa',
  '1805': 'cocoa',
  '2009': 'fruit-juice',
  '2008': 'fruit-juice',
  '0603': 'flowers',
  '0302': 'fish',
  '0303': 'fish',
  '0304': 'fish',
  '0306': 'fish',
  '1701': 'sugar',
  '4403': 'timber',
  '4407': 'timber',
  '7204': 'scrap',
  '7602': 'scrap',
};

const BY_WORD: readonly (readonly [RegExp, CoverLoad])[] = [
  [/\bBANANA/, 'bananas'],
  [/\bPINEAPPLE/, 'pineapples'],
  [/\b(COFFEE|CAFE)\b/, 'coffee'],
  [/\b(COCOA|CACAO)\b/, 'cocoa'],
  [/\b(JUICE|PULP|CONCENTRATE)\b/, 'fruit-juice'],
  [/\b(AVOCADO|MANGO|PLANTAIN|LIME|ORANGE|PAPAYA)/, 'other-fruit'],
  [/\b(FLOWERS|ROSES)\b/, 'flowers'],
  [/\b(SHRIMP|FISH|TUNA)\b/, 'fish'],
  [/\bSUGAR\b/, 'sugar'],
  [/\b(TIMBER|LUMBER|WOOD)\b/, 'timber'],
  [/\bSCRAP\b/, 'scrap'],
];

/** The cover load a goods item matches, by heading first, then by its description. */
export function coverLoadOf(
  heading: string | undefined,
  upperDescription: string,
): CoverLoad | undefined {
  const byCode = heading === undefined ? undefined : BY_HEADING[heading];
  if (byCode) return byCode;
  for (const [pattern, load] of BY_WORD) if (pattern.test(upperDescription)) return load;
  return undefined;
}
