/** Diagnostics and quarantine reasons worded in the language the reader chose (diagnostic-text.ts). */
import { useI18n } from '../i18n/i18n.tsx';
import { diagnosticText, reasonText, type Worded } from './diagnostic-text.ts';

export function useDiagnosticText() {
  const { language } = useI18n();
  return {
    text: (d: Worded) => diagnosticText(language, d),
    reason: (reason: string, diagnostics: readonly Worded[]) =>
      reasonText(language, reason, diagnostics),
  };
}
