/**
 * How a listed name is written differently in a filing, one function per kind: typing errors,
 * transliteration and accents, a changed or dropped legal form, word order, a missing name part.
 * Each returns undefined when the kind does not apply to the name.
 */
import { normalizeName } from '../../normalize/normalize-name.ts';
import type { Random } from './seeded-random.ts';

export const VARIANT_KINDS = [
  'typo',
  'transliteration',
  'legal-form',
  'reorder',
  'missing-part',
] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** One keyboard-style error in a word of four letters or more. */
function typoIn(word: string, rnd: Random): string {
  const i = 1 + rnd.int(word.length - 1);
  switch (rnd.int(4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + rnd.pick([...LETTERS]) + word.slice(i);
    case 2:
      return word.slice(0, i) + rnd.pick([...LETTERS]) + word.slice(i + 1);
    default:
      return i + 1 < word.length
        ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
        : word.slice(0, i);
  }
}

const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/PH/, 'F'],
  [/F/, 'PH'],
  [/Y/, 'I'],
  [/I(?=[AEOU])/, 'Y'],
  [/V/, 'B'],
  [/B/, 'V'],
  [/Z/, 'S'],
  [/S(?=[AEIOU])/, 'Z'],
  [/C(?=[AOU])/, 'K'],
  [/K/, 'C'],
  [/QU/, 'K'],
  [/OU/, 'U'],
  [/U/, 'OU'],
  [/KH/, 'H'],
  [/SH/, 'SCH'],
  [/J/, 'DJ'],
  [/LL/, 'Y'],
  [/MM/, 'M'],
  [/EE/, 'I'],
  [/E(?=[DL])/, 'A'],
];
const ACCENTS: Readonly<Record<string, string>> = {
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  N: 'Ñ',
  C: 'Ç',
};

const LEGAL_SPELLINGS = [
  'S.A.',
  'SA',
  'S.A. de C.V.',
  'Ltda.',
  'LIMITADA',
  'S.A.S.',
  'SAS',
  'Cía. Ltda.',
  'Ltd',
  'LIMITED',
  'LLC',
  'Inc.',
  'Corp.',
  'GmbH',
  'B.V.',
  'N.V.',
  'S.R.L.',
  'S.L.',
  'Co., Ltd.',
  'SOCIEDAD ANONIMA',
];
const LEGAL_TAIL =
  /[,\s]+(C\.?A\.?|S\.?C\.?|S\.?P\.?R\.? DE R\.?L\.?( DE C\.?V\.?)?|(Y )?CIA\.? (LTDA|S\.? EN C\.?(S\.?)?)\.?|S\.?\s?A\.?( DE C\.?V\.?)?|S\.?A\.?S\.?|LTDA\.?|LIMITADA|LTD\.?|LIMITED|L\.?L\.?C\.?|INC\.?|CORP(ORATION)?\.?|S\.?R\.?L\.?|S\.?L\.?|CO\.?,? LTD\.?|S\.? DE R\.?L\.?( DE C\.?V\.?)?)$/i;

function words(name: string): string[] {
  return name
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Splits "GRUPO DIJEMA, S.A. DE C.V." into its name and its legal-form tail. */
export function splitLegalTail(name: string): { base: string; tail: string } {
  const m = LEGAL_TAIL.exec(name);
  return m ? { base: name.slice(0, m.index).trim(), tail: m[0] } : { base: name, tail: '' };
}

/** Applies a variant to the name without its legal form, then puts the legal form back. */
export function onBase(name: string, f: (base: string) => string | undefined): string | undefined {
  const { base, tail } = splitLegalTail(name);
  const out = f(base);
  return out === undefined ? undefined : `${out}${tail}`;
}

export function typoVariant(name: string, rnd: Random): string | undefined {
  const ws = words(name);
  const long = ws.map((w, i) => (/^[A-Za-z]{4,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (long.length === 0) return undefined;
  const edits = name.length >= 15 && long.length > 1 ? 2 : 1;
  for (let e = 0; e < edits; e++) {
    const i = long.splice(rnd.int(long.length), 1)[0] as number;
    ws[i] = typoIn(ws[i] as string, rnd);
  }
  return ws.join(' ');
}

export function transliterationVariant(name: string, rnd: Random): string | undefined {
  let out = name.toUpperCase();
  const rules = SPELLINGS.filter(([re]) => re.test(out.replace(/\b\w{1,2}\b/g, '')));
  if (rules.length === 0 && rnd.next() < 0.5) return undefined;
  for (let n = 0; n < 2 && rules.length > 0; n++) {
    const [re, by] = rules.splice(rnd.int(rules.length), 1)[0] as readonly [RegExp, string];
    out = out.replace(new RegExp(`(?<=\\w\\w*)${re.source}|${re.source}(?=\\w)`), by);
  }
  if (rnd.next() < 0.5)
    out = out.replace(/[AEIOUNC]/g, (c) => (rnd.next() < 0.3 ? (ACCENTS[c] ?? c) : c));
  return out === name.toUpperCase() ? undefined : out;
}

export function legalFormVariant(name: string, isEntity: boolean, rnd: Random): string | undefined {
  if (!isEntity) return undefined;
  const base = name.replace(LEGAL_TAIL, '').trim();
  const choice = rnd.int(LEGAL_SPELLINGS.length + 1);
  const out =
    choice === LEGAL_SPELLINGS.length ? base : `${base} ${LEGAL_SPELLINGS[choice] as string}`;
  return out === name ? undefined : out;
}

export function reorderVariant(name: string, isPerson: boolean, rnd: Random): string | undefined {
  const comma = name.indexOf(',');
  if (isPerson && comma > 0)
    return `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`;
  const ws = words(name);
  if (ws.length < 2) return undefined;
  const k = 1 + rnd.int(ws.length - 1);
  return [...ws.slice(k), ...ws.slice(0, k)].join(' ');
}

/** Drops one name part, keeping at least one given name and one surname of a person. */
export function missingPartVariant(
  name: string,
  isPerson: boolean,
  rnd: Random,
): string | undefined {
  const comma = name.indexOf(',');
  if (isPerson && comma > 0) {
    const surnames = words(name.slice(0, comma));
    const given = words(name.slice(comma + 1));
    const from = given.length > 1 && (surnames.length < 2 || rnd.next() < 0.5) ? given : surnames;
    if (from.length < 2) return undefined;
    from.splice(rnd.int(from.length), 1);
    return keepsTwoParts(`${surnames.join(' ')}, ${given.join(' ')}`);
  }
  const ws = words(name);
  const distinctive = ws.map((w, i) => (w.length > 3 ? i : -1)).filter((i) => i > 0);
  if (distinctive.length < 2) return undefined;
  const drop = distinctive[rnd.int(distinctive.length)] as number;
  return keepsTwoParts(ws.filter((_, i) => i !== drop).join(' '));
}

/** A name cut down to particles only ("EL, Younes") is not a fair variant. */
function keepsTwoParts(name: string): string | undefined {
  return normalizeName(name).tokens.length >= 2 ? name : undefined;
}
