// An entity's explanation in words, in each language: an identifier its records share is one
// line ("353 records share EORI …"), a conflict names the identifier and the unlike names with
// their countries and counts, and more than five other names are counted, not listed.
import { describe, expect, it } from 'vitest';
import type {
  IdentifierConflict,
  SharedIdentifier,
} from '../../src/intel/resolution/identifier-explanation.ts';
import type { SameNameAndAddress } from '../../src/intel/resolution/same-name-address.ts';
import { formatMessage } from '../../web/src/i18n/format-message.ts';
import { en } from '../../web/src/i18n/messages.en.ts';
import { fr } from '../../web/src/i18n/messages.fr.ts';
import { nl } from '../../web/src/i18n/messages.nl.ts';

type Translate = (key: string, vars?: Record<string, string | number>) => string;
type Count = (n: number) => string;

// Loaded by Vite's transform: the project's own type check does not compile the app's JSX.
const page = '../../web/src/pages/entities-why.tsx';
const { sharedText, conflictText, sameNameAddressText } = (await import(page)) as {
  sharedText: (t: Translate, s: SharedIdentifier, count: Count) => string;
  sameNameAddressText: (t: Translate, s: SameNameAndAddress, count: Count) => string;
  conflictText: (t: Translate, c: IdentifierConflict, count: Count) => string;
};

const LANGUAGES = { en, fr, nl } as const;
const translator =
  (language: keyof typeof LANGUAGES): Translate =>
  (key, vars) =>
    formatMessage(
      (LANGUAGES[language] as Record<string, string>)[key] ?? key,
      vars,
      new Intl.PluralRules(language),
    );
const count = (n: number) => String(n);
const forwarder: SharedIdentifier = {
  kind: 'eori',
  value: 'BE0470140409',
  records: 353,
  elsewhere: 0,
};
const conflict = (others: number): IdentifierConflict => ({
  identifiers: [
    { kind: 'eori', value: 'NL812345678B01' },
    { kind: 'vat', value: 'NL812345678B01' },
  ],
  name: { name: 'Acme Trading BV', countries: ['NL'], records: 3 },
  others: Array.from({ length: Math.min(others, 5) }, (_, i) => ({
    name: `Polar Fish ${i} Ltda`,
    countries: ['PE'],
    records: 1,
  })),
  othersTotal: others,
});

describe("an entity's explanation", () => {
  it('tells a shared identifier in one line, in each language', () => {
    expect(sharedText(translator('en'), forwarder, count)).toBe(
      '353 records share EORI BE0470140409',
    );
    expect(sharedText(translator('fr'), forwarder, count)).toBe(
      "353 enregistrements portent l'EORI BE0470140409",
    );
    expect(sharedText(translator('nl'), forwarder, count)).toBe(
      '353 records delen EORI BE0470140409',
    );
    const apart = { ...forwarder, kind: 'vat' as const, records: 1, elsewhere: 2 };
    expect(sharedText(translator('en'), apart, count)).toMatch(
      /^1 record carries VAT number BE0470140409 · 2 more records with it are in other entities/,
    );
  });

  it('names the identifier and the different names of a conflict', () => {
    expect(conflictText(translator('en'), conflict(1), count)).toBe(
      'Same EORI NL812345678B01 and VAT number NL812345678B01, different names: ' +
        'Acme Trading BV (NL, 3 records) / Polar Fish 0 Ltda (PE, 1 record)',
    );
    expect(conflictText(translator('fr'), conflict(1), count)).toBe(
      "Noms différents sous l'EORI NL812345678B01 et le numéro de TVA NL812345678B01 : " +
        'Acme Trading BV (NL, 3 enregistrements) / Polar Fish 0 Ltda (PE, 1 enregistrement)',
    );
    expect(conflictText(translator('nl'), conflict(1), count)).toBe(
      'Zelfde EORI NL812345678B01 en btw-nummer NL812345678B01, andere namen: ' +
        'Acme Trading BV (NL, 3 records) / Polar Fish 0 Ltda (PE, 1 record)',
    );
  });

  it('counts the other names past five', () => {
    expect(conflictText(translator('en'), conflict(8), count)).toMatch(
      /Polar Fish 4 Ltda \(PE, 1 record\) \+3 more$/,
    );
  });

  it('tells records joined by one name at one address in one line, in each language', () => {
    const yiwu: SameNameAndAddress = {
      name: 'Manufacturing Li Co., Ltd.',
      address: '69 Gangwan Avenue, 3220 Yiwu',
      country: 'CN',
      records: 64,
      elsewhere: 0,
    };
    expect(sameNameAddressText(translator('en'), yiwu, count)).toBe(
      '64 records filed as Manufacturing Li Co., Ltd. at 69 Gangwan Avenue, 3220 Yiwu, CN',
    );
    expect(sameNameAddressText(translator('fr'), yiwu, count)).toBe(
      '64 enregistrements déposés sous le nom Manufacturing Li Co., Ltd. au 69 Gangwan Avenue, 3220 Yiwu, CN',
    );
    expect(sameNameAddressText(translator('nl'), yiwu, count)).toBe(
      '64 records ingediend als Manufacturing Li Co., Ltd. op 69 Gangwan Avenue, 3220 Yiwu, CN',
    );
    expect(
      sameNameAddressText(translator('en'), { ...yiwu, records: 2, elsewhere: 1 }, count),
    ).toMatch(/^2 records filed as .* · 1 more record with it is in other entities/);
  });
});
