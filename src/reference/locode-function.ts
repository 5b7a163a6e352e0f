/**
 * UN/LOCODE function classifiers: the 8-position "Function" field ("12345---") names what a
 * location is for. Position 1 = "1" marks a sea port; "0" means not officially functional.
 */
export const LOCODE_FUNCTIONS = [
  'not-official',
  'port',
  'rail',
  'road',
  'airport',
  'postal',
  'multimodal',
  'fixed-transport',
  'inland-water',
  'border-crossing',
] as const;
export type LocodeFunction = (typeof LOCODE_FUNCTIONS)[number];

const BY_CHARACTER: Readonly<Record<string, LocodeFunction>> = {
  '0': 'not-official',
  '1': 'port',
  '2': 'rail',
  '3': 'road',
  '4': 'airport',
  '5': 'postal',
  '6': 'multimodal',
  '7': 'fixed-transport',
  '8': 'inland-water',
  B: 'border-crossing',
};

/** The functions named by a classifier, in either form: "12345---" or its set characters "12345". */
export function parseLocodeFunctions(classifier: string): LocodeFunction[] {
  const out: LocodeFunction[] = [];
  for (const ch of classifier) {
    const f = BY_CHARACTER[ch];
    if (f !== undefined && !out.includes(f)) out.push(f);
  }
  return out;
}

export function describeLocodeFunction(f: LocodeFunction): string {
  switch (f) {
    case 'not-official':
      return 'not officially functional';
    case 'port':
      return 'sea port';
    case 'rail':
      return 'rail terminal';
    case 'road':
      return 'road terminal';
    case 'airport':
      return 'airport';
    case 'postal':
      return 'postal exchange office';
    case 'multimodal':
      return 'multimodal facility';
    case 'fixed-transport':
      return 'fixed transport installation';
    case 'inland-water':
      return 'inland water port';
    case 'border-crossing':
      return 'border crossing';
  }
}
