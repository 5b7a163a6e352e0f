/**
 * The languages Portcullis speaks: English, the language everything is written and stored in,
 * and French and Dutch, which officers read the web app and explanations in. One closed set
 * for the web app, the API's language choice and the rule sets' reason translations.
 */
export const LANGUAGES = ['en', 'fr', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What is written and stored, and what a reader gets when no language is asked. */
export const SOURCE_LANGUAGE = 'en' satisfies Language;

/** The languages an English text is translated into. */
export const TRANSLATED_LANGUAGES = LANGUAGES.filter(
  (l): l is Exclude<Language, typeof SOURCE_LANGUAGE> => l !== SOURCE_LANGUAGE,
);
export type TranslatedLanguage = Exclude<Language, typeof SOURCE_LANGUAGE>;

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

export function isTranslatedLanguage(x: unknown): x is TranslatedLanguage {
  return isLanguage(x) && x !== SOURCE_LANGUAGE;
}
