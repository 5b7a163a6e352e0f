/**
 * Spelling folds tuned to how names are romanised (Spanish, Arabic, Russian, Chinese): letters
 * that stand for the same sound are folded (V/B, Z/S, K/C/Q, J/H/DJ, LL/Y/I, PH/F, KH/H, OU/U).
 * `spellingFold` keeps the vowels and is compared with Jaro-Winkler; `soundSkeleton` also drops
 * the vowels after the first letter and serves as a blocking key. Complements Double Metaphone,
 * which reads names as English (it codes JOSE as "HS" and JOZE as "JS").
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
  [/LL/g, 'Y'],
  [/OU/g, 'U'],
  [/Y/g, 'I'],
  [/(.)\1+/g, '$1'],
];

export function spellingFold(token: string): string {
  let s = token;
  for (const [re, by] of RULES) s = s.replace(re, by);
  return s;
}

export function soundSkeleton(folded: string): string {
  return (folded[0] ?? '') + folded.slice(1).replace(/[AEIOUH]/g, '');
}
