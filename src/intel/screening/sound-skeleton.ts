/**
 * A spelling-variant key tuned to how names are transliterated into Latin script (Spanish,
 * Arabic, Russian, Chinese romanisations): letters that stand for the same sound are folded
 * (V/B, Z/S, K/C/Q, J/H/DJ, Y/I, PH/F, KH/H) and vowels after the first letter dropped.
 * Complements Double Metaphone, which reads names as English (it codes JOSE as "HS", JOZE as "JS").
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/SCH/g, 'SH'],
  [/DJ|DZH|ZH/g, 'J'],
  [/PH/g, 'F'],
  [/KH|GH/g, 'H'],
  [/QU|CK|Q/g, 'K'],
  [/C(?=[EIY])/g, 'S'],
  [/C/g, 'K'],
  [/Z/g, 'S'],
  [/V|W/g, 'B'],
  [/J/g, 'H'],
  [/Y/g, 'I'],
  [/(.)\1+/g, '$1'],
];

export function soundSkeleton(token: string): string {
  let s = token;
  for (const [re, by] of RULES) s = s.replace(re, by);
  return (s[0] ?? '') + s.slice(1).replace(/[AEIOUH]/g, '');
}
