/**
 * Name normalisation for matching: script folding, punctuation, initials ("S.A.S." → SAS),
 * legal forms removed and kept aside, particles dropped (DE, LA, AL, VAN…), and a key that does
 * not depend on word order. Persons' "SURNAME, Given" and companies' names go through the same
 * steps, so an entry and a filing meet whatever order either was written in.
 */
import { foldScript } from './fold-script.ts';
import { stripLegalForms, type LegalForm } from './legal-forms.ts';

/** Particles and connectors that carry no identity in names, across the list's languages. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'DE',
  'DEL',
  'LA',
  'LAS',
  'LOS',
  'LE',
  'LES',
  'EL',
  'AL',
  'Y',
  'E',
  'ET',
  'AND',
  'THE',
  'OF',
  'DA',
  'DO',
  'DOS',
  'DAS',
  'DI',
  'DU',
  'DES',
  'VAN',
  'VON',
  'DER',
  'DEN',
  'UND',
  'BIN',
  'BEN',
  'IBN',
]);

export interface NormalizedName {
  /** Distinctive tokens in the order written. */
  readonly tokens: readonly string[];
  /** Sorted tokens joined by a space: equal for reordered names. */
  readonly key: string;
  /** Legal forms found and removed, canonical codes. */
  readonly legalForms: readonly LegalForm[];
}

/** Folded text split into tokens; letter-by-letter runs ("S A S", "C V") joined into one token. */
export function nameTokens(text: string): string[] {
  const folded = foldScript(text)
    .replace(/['’`´]/g, '')
    .replace(/(?<=\b[A-Z])\.(?=\s*[A-Z]\b)/g, ' ')
    .replace(/[,;:()&/]+/g, ' | ')
    .replace(/[^A-Z0-9|]+/g, ' ')
    .trim();
  if (folded === '') return [];
  const out: string[] = [];
  let run = '';
  for (const t of folded.split(' ')) {
    if (t.length === 1 && /[A-Z]/.test(t)) {
      run += t;
      continue;
    }
    if (run) out.push(run);
    run = '';
    if (t !== '|') out.push(t);
  }
  if (run) out.push(run);
  return out;
}

export function normalizeName(text: string): NormalizedName {
  const raw = nameTokens(text);
  const { tokens: stripped, forms } = stripLegalForms(raw);
  const distinctive = stripped.filter((t) => !NAME_PARTICLES.has(t));
  const tokens = distinctive.length > 0 ? distinctive : stripped;
  return { tokens, key: [...tokens].sort().join(' '), legalForms: forms };
}
