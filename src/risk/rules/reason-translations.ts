/**
 * A rule's reason in other languages (`reasonTranslations: { fr: "…", nl: "…" }`), beside its
 * English `reason`: only the known translated languages, each a non-empty text with exactly the
 * placeholders of the English reason, so that every language words the same values.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import {
  isTranslatedLanguage,
  SOURCE_LANGUAGE,
  TRANSLATED_LANGUAGES,
  type TranslatedLanguage,
} from '../../core/language.ts';
import { reasonPlaceholders } from './reason-template.ts';

export type ReasonTranslations = Readonly<Partial<Record<TranslatedLanguage, string>>>;

export const REASON_TRANSLATIONS_FIELD = 'reasonTranslations';

/**
 * Reads a rule's `reasonTranslations` (absent is none). `reason` is the rule's English reason,
 * undefined when it is itself faulty (placeholders are then not compared); `pointer` is the
 * rule's place in its document. Every problem names the rule, the field and the language.
 */
export function readReasonTranslations(
  input: unknown,
  reason: string | undefined,
  ruleId: string,
  pointer: string,
): { value: ReasonTranslations | undefined; diagnostics: Diagnostic[] } {
  const field = REASON_TRANSLATIONS_FIELD;
  const diagnostics: Diagnostic[] = [];
  const problem = (at: string, message: string) =>
    diagnostics.push(
      diagnostic('rule.reason-translation', `Rule ${ruleId}: ${message}`, {
        pointer: `${pointer}/${field}${at}`,
        field,
      }),
    );
  if (input === undefined) return { value: undefined, diagnostics };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problem(
      '',
      `"${field}" must be an object of reason texts by language (${TRANSLATED_LANGUAGES.join(', ')}).`,
    );
    return { value: undefined, diagnostics };
  }
  const value: Partial<Record<TranslatedLanguage, string>> = {};
  const expected = reason === undefined ? undefined : reasonPlaceholders(reason);
  for (const [language, text] of Object.entries(input as Readonly<Record<string, unknown>>)) {
    if (!isTranslatedLanguage(language)) {
      problem(`/${pointerSegment(language)}`, unknownLanguage(field, language));
      continue;
    }
    if (typeof text !== 'string' || text.trim() === '') {
      problem(`/${language}`, `"${field}.${language}" must be a non-empty string.`);
      continue;
    }
    value[language] = text;
    if (expected === undefined) continue;
    const found = reasonPlaceholders(text);
    const missing = expected.filter((p) => !found.includes(p));
    const extra = found.filter((p) => !expected.includes(p));
    if (missing.length > 0)
      problem(
        `/${language}`,
        `the ${language} reason lacks ${braces(missing)}, which "reason" has.`,
      );
    if (extra.length > 0)
      problem(`/${language}`, `the ${language} reason has ${braces(extra)}, which "reason" lacks.`);
  }
  return { value, diagnostics };
}

function unknownLanguage(field: string, language: string): string {
  const known = TRANSLATED_LANGUAGES.join(', ');
  return language === SOURCE_LANGUAGE
    ? `"${field}" has "${language}": the English text is "reason" itself (translations: ${known}).`
    : `"${field}" names the unknown language "${language}" (known: ${known}).`;
}

/** A key as an RFC 6901 pointer segment. */
const pointerSegment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

const braces = (names: readonly string[]) => names.map((n) => `{${n}}`).join(', ');
