/**
 * A diagnostic's message in the reader's language: its code's template from the language's
 * catalogue (the wording that `params.variant` names, where the code has several), filled with
 * the values the diagnostic names in `params`. English readers get the server's own message, the
 * one senders get too; so does anyone else when the catalogue has no template for the code or
 * wording, or the diagnostic lacks a value the template names (one stored before it had them).
 */
import type { Diagnostic } from '../api/intake.ts';
import { isIntakeDiagnosticCode } from '../../../src/services/intake/intake-diagnostic-codes.ts';
import { DIAGNOSTIC_CATALOGUES, type DiagnosticTemplate } from '../i18n/diagnostic-catalogue.ts';
import { formatMessage } from '../i18n/format-message.ts';
import type { Language } from '../../../src/core/language.ts';

export type Worded = Pick<Diagnostic, 'code' | 'message' | 'params'>;

const plurals = new Map<Language, Intl.PluralRules>();
const pluralRules = (language: Language) => {
  const rules = plurals.get(language) ?? new Intl.PluralRules(language);
  plurals.set(language, rules);
  return rules;
};

/** The names a template fills, plural forms included. */
export const placeholdersOf = (template: string) =>
  [...template.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1] as string);

export function templateFor(entry: DiagnosticTemplate, variant: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  return typeof variant === 'string' && Object.hasOwn(entry, variant) ? entry[variant] : undefined;
}

export function diagnosticText(language: Language, d: Worded): string {
  if (language === 'en' || !isIntakeDiagnosticCode(d.code)) return d.message;
  const params = d.params ?? {};
  const template = templateFor(DIAGNOSTIC_CATALOGUES[language][d.code], params['variant']);
  if (template === undefined || template.trim() === '') return d.message;
  if (!placeholdersOf(template).every((name) => Object.hasOwn(params, name))) return d.message;
  return formatMessage(template, params, pluralRules(language));
}

/** A quarantined record's reason (its first error's message), worded like that diagnostic. */
export function reasonText(language: Language, reason: string, diagnostics: readonly Worded[]) {
  const d = diagnostics.find((x) => x.message === reason);
  return d ? diagnosticText(language, d) : reason;
}
