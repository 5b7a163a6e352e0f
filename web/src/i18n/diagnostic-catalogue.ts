/**
 * The intake's diagnostics in each language of the app: per diagnostic code a template, where
 * `{name}` is a value the diagnostic names in its `params` and `{name|one|other}` a plural form
 * (format-message.ts). A code the server words in several ways (it says which in
 * `params.variant`) has one template per wording. Codes: src/services/intake/intake-diagnostic-codes.ts.
 */
import type { IntakeDiagnosticCode } from '../../../src/services/intake/intake-diagnostic-codes.ts';
import type { Language } from '../../../src/core/language.ts';
import { diagnosticsEn } from './messages-diagnostics.en.ts';
import { diagnosticsFr } from './messages-diagnostics.fr.ts';
import { diagnosticsNl } from './messages-diagnostics.nl.ts';

export type DiagnosticTemplate = string | Readonly<Record<string, string>>;
export type DiagnosticCatalogue = Readonly<Record<IntakeDiagnosticCode, DiagnosticTemplate>>;

export const DIAGNOSTIC_CATALOGUES: Readonly<Record<Language, DiagnosticCatalogue>> = {
  en: diagnosticsEn,
  fr: diagnosticsFr,
  nl: diagnosticsNl,
};
