/**
 * Blocking keys for a name token, so that screening compares a query only with list names that
 * could match: the token and its one-character deletions (catches one typo: substitution,
 * insertion, deletion or swap, as in SymSpell) and its Double Metaphone code and its sound skeleton
 * (catch spelling variants such as transliterations).
 */
export function blockingKeys(token: string, phonetic: string, skeleton: string): string[] {
  const keys = [`d:${token}`];
  if (token.length >= 4) {
    for (let i = 0; i < token.length; i++) keys.push(`d:${token.slice(0, i)}${token.slice(i + 1)}`);
  }
  if (phonetic.length >= 2) keys.push(`p:${phonetic}`);
  if (skeleton.length >= 3) keys.push(`s:${skeleton}`);
  return keys;
}
