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

/** Character classes of folded text, by UTF-16 code unit (0 for everything else). */
const WORD = 1; // A–Z, 0–9 and "|": kept in tokens
const BREAK = 2; // , ; : ( ) & /  end a run of initials
const DROP = 3; // apostrophes: removed, joining what is on either side
const CLASS = new Uint8Array(0x10000);
for (let c = 0x41; c <= 0x5a; c++) CLASS[c] = WORD;
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = WORD;
CLASS[0x7c] = WORD;
for (const c of ',;:()&/') CLASS[c.charCodeAt(0)] = BREAK;
for (const c of "'’`´") CLASS[c.charCodeAt(0)] = DROP;

/**
 * Folded text split into tokens; letter-by-letter runs ("S A S", "C V", "S.A.S.") joined into one
 * token. One pass over the folded text: tokens are runs of A–Z, 0–9 and "|", apostrophes are
 * removed, any other character separates, and , ; : ( ) & / also end a run of initials.
 */
export function nameTokens(text: string): string[] {
  const folded = foldScript(text);
  const out: string[] = [];
  let run = '';
  let word = '';
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const kind = i < folded.length ? (CLASS[folded.charCodeAt(i)] as number) : 0;
    if (kind === WORD) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) word = word === '' ? folded.slice(start, i) : word + folded.slice(start, i);
    start = -1;
    if (kind === DROP) continue;
    if (word.length === 1 && word !== '|' && (word < '0' || word > '9')) run += word;
    else if (word !== '') {
      if (run !== '') out.push(run);
      run = '';
      if (word !== '|') out.push(word);
    }
    if (kind === BREAK && run !== '') {
      out.push(run);
      run = '';
    }
    word = '';
  }
  if (run !== '') out.push(run);
  return out;
}

export interface NamePartsOptions {
  /**
   * Drop particles only when at least two other words remain: a name they would cut down to one
   * word keeps them, the particle being a name part ("XU, Bin": Bin is a given name) or needed
   * ("LOS ZETAS"). Screening asks for it (a one-word name is too broad to screen for); keys for
   * resolution and lookouts do not.
   */
  readonly keepParticlesOfOneWordNames?: boolean;
}

/** A name's distinctive tokens and legal forms: `normalizeName` without the order-free key. */
export function nameParts(
  text: string,
  options: NamePartsOptions = {},
): Pick<NormalizedName, 'tokens' | 'legalForms'> {
  const { tokens: stripped, forms } = stripLegalForms(nameTokens(text));
  if (!stripped.some((t) => NAME_PARTICLES.has(t))) return { tokens: stripped, legalForms: forms };
  const distinctive = stripped.filter((t) => !NAME_PARTICLES.has(t));
  const enough = options.keepParticlesOfOneWordNames ? 2 : 1;
  return { tokens: distinctive.length >= enough ? distinctive : stripped, legalForms: forms };
}

export function normalizeName(text: string, options: NamePartsOptions = {}): NormalizedName {
  const { tokens, legalForms } = nameParts(text, options);
  return { tokens, key: [...tokens].sort().join(' '), legalForms };
}
