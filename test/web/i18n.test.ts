// Every message of the web app exists in English, French and Dutch, is not empty, and keeps the
// English placeholders; a key missing in any language fails here (and in the type check).
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../web/src/i18n/format-message.ts';
import { en } from '../../web/src/i18n/messages.en.ts';
import { fr } from '../../web/src/i18n/messages.fr.ts';
import { nl } from '../../web/src/i18n/messages.nl.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const catalogues = { fr, nl } as Record<string, Record<string, string>>;

describe('web app messages', () => {
  const keys = Object.keys(en).sort();

  it("has the whole app's messages in English", () => {
    expect(keys.length).toBeGreaterThan(150);
  });

  for (const [language, messages] of Object.entries(catalogues)) {
    it(`${language} has exactly the English keys, none empty, with the same placeholders`, () => {
      expect(Object.keys(messages).sort()).toEqual(keys);
      for (const key of keys) {
        const text = messages[key] ?? '';
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(text), `${language} ${key}`).toEqual(
          placeholders((en as Record<string, string>)[key] ?? ''),
        );
      }
    });
  }

  it('chooses the plural form by the language rules, for numbers and formatted counts', () => {
    const forms = (language: string, n: number | string) =>
      formatMessage(
        (language === 'fr' ? fr : language === 'nl' ? nl : en)['entities.summary'],
        { members: n, consignments: n },
        new Intl.PluralRules(language),
      );
    expect(forms('en', 1)).toBe('1 record · 1 consignment');
    expect(forms('en', 0)).toBe('0 records · 0 consignments');
    expect(forms('en', '1,234')).toBe('1,234 records · 1,234 consignments');
    expect(forms('fr', 0)).toBe('0 enregistrement · 0 envoi');
    expect(forms('fr', 2)).toBe('2 enregistrements · 2 envois');
    expect(forms('nl', 1)).toBe('1 record · 1 zending');
  });

  it('names only its own placeholders in a plural form, with both forms given', () => {
    for (const messages of [en, fr, nl] as Record<string, string>[])
      for (const [key, text] of Object.entries(messages))
        for (const [, name, choices] of text.matchAll(/\{(\w+)\|([^}]*)\}/g)) {
          expect(placeholders(text), key).toContain(name);
          expect(choices?.split('|'), key).toHaveLength(2);
        }
  });

  it('translates the menu and the sign-in (not copies of the English)', () => {
    for (const key of ['nav.outcomes', 'signIn.title', 'nav.signOut', 'targeting.calls'] as const) {
      expect(fr[key]).not.toBe(en[key]);
      expect(nl[key]).not.toBe(en[key]);
    }
  });
});
