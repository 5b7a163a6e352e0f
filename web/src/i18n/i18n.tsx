/**
 * Languages of the app: a typed message catalogue per language (English is the reference; French
 * and Dutch must have every key, which the type checker and test/web/i18n.test.ts both enforce).
 * `t(key, { n: 3 })` fills `{n}` placeholders and `{n|one|other}` plural forms. The choice is kept in localStorage.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { LANGUAGES, type Language } from '../../../src/core/language.ts';
import { formatMessage } from './format-message.ts';
import { en, type MessageKey } from './messages.en.ts';
import { fr } from './messages.fr.ts';
import { nl } from './messages.nl.ts';

// One list with the server's (explanations, reason translations): src/core/language.ts.
export { LANGUAGES, type Language };
export type { MessageKey };

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = {
  en,
  fr,
  nl,
};

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  readonly language: Language;
  readonly setLanguage: (l: Language) => void;
  readonly t: Translate;
  readonly formatNumber: (n: number, digits?: number) => string;
  readonly formatDate: (iso: string | undefined) => string;
  /** A calendar day (YYYY-MM-DD), without a time. */
  readonly formatDay: (day: string) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function initialLanguage(): Language {
  const saved = localStorage.getItem('portcullis.language');
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  const browser = navigator.language.slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(browser) ? (browser as Language) : 'en';
}

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [language, setState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((l: Language) => {
    localStorage.setItem('portcullis.language', l);
    document.documentElement.lang = l;
    setState(l);
  }, []);
  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[language];
    const locale = language === 'en' ? 'en-GB' : language === 'fr' ? 'fr-BE' : 'nl-BE';
    const numbers = new Intl.NumberFormat(locale);
    const plural = new Intl.PluralRules(locale);
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      language,
      setLanguage,
      t: (key, vars) => formatMessage(catalogue[key], vars, plural),
      formatNumber: (n, digits) =>
        digits === undefined
          ? numbers.format(n)
          : new Intl.NumberFormat(locale, {
              minimumFractionDigits: digits,
              maximumFractionDigits: digits,
            }).format(n),
      formatDate: (iso) => (iso ? dates.format(new Date(iso)) : '—'),
      formatDay: (day) => days.format(new Date(`${day}T00:00:00Z`)),
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
