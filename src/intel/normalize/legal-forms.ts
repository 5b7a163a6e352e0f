/**
 * Company legal forms across languages (BV, NV, SA, SRL, GmbH, LLC, S.A.S., Ltda, Cía, OOO…),
 * written as folded token sequences. A legal form says little about who a company is, and
 * filings spell it in many ways, so matching removes it and keeps it aside as a weak signal.
 */

/** Each form: its canonical code, then the token spellings that mean it. */
export const LEGAL_FORMS = [
  [
    'LTD',
    ['LTD'],
    ['LIMITED'],
    ['CO', 'LTD'],
    ['COMPANY', 'LIMITED'],
    ['PTE', 'LTD'],
    ['PVT', 'LTD'],
    ['PTY', 'LTD'],
  ],
  ['PLC', ['PLC'], ['PUBLIC', 'LIMITED', 'COMPANY']],
  ['LLC', ['LLC'], ['L', 'L', 'C'], ['LIMITED', 'LIABILITY', 'COMPANY']],
  ['LLP', ['LLP'], ['LP']],
  ['INC', ['INC'], ['INCORPORATED']],
  ['CORP', ['CORP'], ['CORPORATION']],
  ['CO', ['CO'], ['COMPANY'], ['CIA'], ['COMPANIA'], ['CIE'], ['COMPAGNIE']],
  ['GMBH', ['GMBH'], ['GMBH', 'CO', 'KG'], ['MBH']],
  ['AG', ['AG'], ['AKTIENGESELLSCHAFT']],
  ['KG', ['KG'], ['OHG']],
  ['BV', ['BV'], ['BVBA'], ['BESLOTEN', 'VENNOOTSCHAP']],
  ['NV', ['NV'], ['NAAMLOZE', 'VENNOOTSCHAP']],
  [
    'SA',
    ['SA'],
    ['CA'],
    ['COMPANIA', 'ANONIMA'],
    ['SOCIEDAD', 'ANONIMA'],
    ['SOCIETE', 'ANONYME'],
    ['SOCIEDADE', 'ANONIMA'],
    ['SAB'],
  ],
  [
    'SA DE CV',
    ['SA', 'DE', 'CV'],
    ['SAPI', 'DE', 'CV'],
    ['SAB', 'DE', 'CV'],
    ['S', 'DE', 'RL', 'DE', 'CV'],
    ['DE', 'CV'],
    ['CV'],
  ],
  ['SAS', ['SAS'], ['SOCIEDAD', 'POR', 'ACCIONES', 'SIMPLIFICADA'], ['SASU']],
  ['SARL', ['SARL'], ['EURL']],
  [
    'SRL',
    ['SRL'],
    ['S', 'DE', 'RL'],
    ['SPR', 'DE', 'RL'],
    ['SOCIEDAD', 'DE', 'RESPONSABILIDAD', 'LIMITADA'],
  ],
  ['SL', ['SL'], ['SLU'], ['SOCIEDAD', 'LIMITADA']],
  ['LTDA', ['LTDA'], ['LIMITADA'], ['CIA', 'LTDA'], ['EIRELI'], ['ME']],
  ['SPA', ['SPA'], ['SOCIETA', 'PER', 'AZIONI']],
  [
    'SC',
    ['SC'],
    ['SCS'],
    ['SCA'],
    ['S', 'EN', 'C'],
    ['S', 'EN', 'CS'],
    ['CIA', 'S', 'EN', 'C'],
    ['CIA', 'S', 'EN', 'CS'],
  ],
  ['AB', ['AB'], ['AKTIEBOLAG']],
  ['AS', ['AS'], ['ASA'], ['APS'], ['OY'], ['OYJ']],
  [
    'JSC',
    ['JSC'],
    ['OJSC'],
    ['CJSC'],
    ['PJSC'],
    ['OAO'],
    ['ZAO'],
    ['PAO'],
    ['AO'],
    ['JOINT', 'STOCK', 'COMPANY'],
  ],
  ['OOO', ['OOO'], ['TOO'], ['LIMITED', 'LIABILITY', 'PARTNERSHIP']],
  ['FZE', ['FZE'], ['FZCO'], ['FZ', 'LLC'], ['DMCC']],
  ['BHD', ['BHD'], ['SDN', 'BHD'], ['TBK'], ['PT']],
  ['SE', ['SE']],
] as const;

export type LegalForm = (typeof LEGAL_FORMS)[number][0];

interface Spelling {
  readonly tokens: readonly string[];
  readonly form: LegalForm;
}

/** All spellings, longest first, so "SA DE CV" wins over "SA" and "CV". */
export const LEGAL_FORM_SPELLINGS: readonly Spelling[] = LEGAL_FORMS.flatMap(
  ([form, ...spellings]) => spellings.map((tokens): Spelling => ({ tokens, form })),
).sort((a, b) => b.tokens.length - a.tokens.length);

/** Spellings that are also ordinary words or name parts; removed only at the end of a name. */
const AMBIGUOUS = new Set([
  'CA',
  'CO',
  'SA',
  'AS',
  'AB',
  'AG',
  'SE',
  'SC',
  'ME',
  'PT',
  'AO',
  'LP',
  'CV',
  'TOO',
  'KG',
  'SL',
]);

function endsWith(tokens: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > tokens.length) return false;
  const offset = tokens.length - tail.length;
  return tail.every((t, i) => tokens[offset + i] === t);
}

const SINGLE: ReadonlyMap<string, LegalForm> = new Map(
  LEGAL_FORM_SPELLINGS.filter((s) => s.tokens.length === 1).map((s) => [
    s.tokens[0] as string,
    s.form,
  ]),
);
/** Spellings by their last token, so the tail check looks only at forms that can match. */
const BY_LAST = new Map<string, Spelling[]>();
for (const s of LEGAL_FORM_SPELLINGS) {
  const last = s.tokens[s.tokens.length - 1] as string;
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), s]);
}
/** Spellings of more than one token by their first token, longest first as in the full list. */
const LEADING = new Map<string, Spelling[]>();
for (const s of LEGAL_FORM_SPELLINGS) {
  if (s.tokens.length < 2) continue;
  const first = s.tokens[0] as string;
  LEADING.set(first, [...(LEADING.get(first) ?? []), s]);
}

function isUnambiguousForm(token: string): boolean {
  return SINGLE.has(token) && !AMBIGUOUS.has(token);
}

function stripTail(tokens: string[], forms: LegalForm[]): string[] {
  let rest = tokens;
  for (let found = true; found && rest.length > 1;) {
    found = false;
    for (const s of BY_LAST.get(rest[rest.length - 1] as string) ?? []) {
      if (s.tokens.length < rest.length && endsWith(rest, s.tokens)) {
        rest = rest.slice(0, rest.length - s.tokens.length);
        forms.unshift(s.form);
        found = true;
        break;
      }
    }
  }
  return rest;
}

/**
 * Strips legal forms from the end of a token list (repeatedly: "CIA LTDA", "GMBH & CO KG"), a
 * spelled-out form from the start ("LIMITED LIABILITY COMPANY KONTUR"), and unambiguous
 * single-token forms anywhere ("CIA MINERA …", "… LTDA EN LIQUIDACION").
 */
export function stripLegalForms(tokens: readonly string[]): {
  tokens: string[];
  forms: LegalForm[];
} {
  const forms: LegalForm[] = [];
  let rest = stripTail([...tokens], forms);
  const lead = LEADING.get(rest[0] as string)?.find(
    (s) => s.tokens.length < rest.length && s.tokens.every((t, i) => rest[i] === t),
  );
  if (lead) {
    rest = rest.slice(lead.tokens.length);
    forms.push(lead.form);
  }
  if (!rest.some(isUnambiguousForm)) return { tokens: rest, forms };
  const kept = rest.filter((t) => !isUnambiguousForm(t));
  if (kept.length > 0 && kept.length < rest.length) {
    for (const t of rest) if (!kept.includes(t)) forms.push(SINGLE.get(t) as LegalForm);
    rest = kept;
  }
  return { tokens: rest, forms };
}
