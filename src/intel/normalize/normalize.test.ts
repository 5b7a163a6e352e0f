import { describe, expect, it } from 'vitest';
import { foldScript } from './fold-script.ts';
import { stripLegalForms } from './legal-forms.ts';
import { addressLine, normalizeAddress } from './normalize-address.ts';
import { nameTokens, normalizeName } from './normalize-name.ts';

describe('foldScript', () => {
  it('removes diacritics and spells out special letters', () => {
    expect(foldScript('José Ñúñez Straße Łódź Ærø')).toBe('JOSE NUNEZ STRASSE LODZ AERO');
  });
  it('transliterates Cyrillic and Greek', () => {
    expect(foldScript('Хосе Нуньес')).toBe('KHOSE NUNES');
    expect(foldScript('Παπαδόπουλος')).toBe('PAPADOPOYLOS');
  });
});

describe('nameTokens', () => {
  it('joins initials written with dots or spaces', () => {
    expect(nameTokens('S.A.S.')).toEqual(['SAS']);
    expect(nameTokens('Grupo X, S. A. de C.V.')).toEqual(['GRUPO', 'X', 'SA', 'DE', 'CV']);
  });
  it('ends a run of initials at a digit or punctuation, and drops apostrophes', () => {
    expect(nameTokens('A B 1 C')).toEqual(['AB', '1', 'C']);
    expect(nameTokens('INVERSIONES MALAMAR R, C.A.')).toEqual([
      'INVERSIONES',
      'MALAMAR',
      'R',
      'CA',
    ]);
    expect(nameTokens('A&A ESTUDIO')).toEqual(['A', 'A', 'ESTUDIO']);
    expect(nameTokens("O'Brien & Sons")).toEqual(['OBRIEN', 'SONS']);
    expect(nameTokens('D’ANGELO ´S')).toEqual(['DANGELO', 'S']);
    expect(nameTokens('X|Y | Z')).toEqual(['X|Y', 'Z']);
  });
});

describe('legal forms', () => {
  it.each([
    ['Frutas del Pacifico S.A.S.', 'SAS'],
    ['Exportadora Andina Cía. Ltda.', 'LTDA'],
    ['Janssens Handel BV', 'BV'],
    ['Muller Logistik GmbH & Co. KG', 'GMBH'],
    ['Comercial Oriente, S.A. de C.V.', 'SA DE CV'],
    ['Rossi Trasporti S.r.l.', 'SRL'],
    ['Atlantic Imports LLC', 'LLC'],
    ['Limited Liability Company Kontur', 'LLC'],
  ])('strips %s to %s', (name, form) => {
    const n = normalizeName(name);
    expect(n.legalForms).toContain(form);
    expect(
      n.tokens.some((t) =>
        ['SA', 'SAS', 'LTDA', 'BV', 'GMBH', 'KG', 'CV', 'SRL', 'LLC', 'CIA'].includes(t),
      ),
    ).toBe(false);
  });
  it('keeps a name that is only a legal-form word', () => {
    expect(stripLegalForms(['SA']).tokens).toEqual(['SA']);
  });
  it('keeps ambiguous forms inside a name', () => {
    expect(normalizeName('SA Import Export').tokens).toContain('SA');
  });
});

describe('normalizeName', () => {
  it('gives the same key whatever the order, particles and accents', () => {
    const a = normalizeName('CARO QUINTERO, Rafael');
    const b = normalizeName('Rafael Caro-Quintero');
    expect(a.key).toBe(b.key);
    expect(normalizeName('José de la Cruz').key).toBe(normalizeName('CRUZ, Jose').key);
  });
});

describe('normalizeAddress', () => {
  it('folds street words, postcodes and order into one key', () => {
    const a = normalizeAddress({
      street: 'Av. 9 de Octubre 100',
      city: 'Guayaquil',
      postcode: '090 101',
      country: 'ec',
    });
    const b = normalizeAddress({
      street: 'AVENIDA 9 DE OCTUBRE NO. 100',
      city: 'GUAYAQUIL',
      postcode: '090101',
      country: 'EC',
    });
    expect(a.key).toBe(b.key);
    expect(
      normalizeAddress({ street: 'Noorderlaan 100', city: 'Antwerpen', country: 'BE' }).street,
    ).toBe('100 AV NOORDER');
  });
});

describe('addressLine', () => {
  it('writes street, then postcode and city, as filed, leaving out what is missing', () => {
    const yiwu = { street: '69 Gangwan Avenue', postcode: '3220', city: 'Yiwu', country: 'CN' };
    expect(addressLine(yiwu)).toBe('69 Gangwan Avenue, 3220 Yiwu');
    expect(addressLine({ city: 'Yiwu', postcode: '' })).toBe('Yiwu');
    expect(addressLine({ street: 'Noorderlaan 100' })).toBe('Noorderlaan 100');
    expect(addressLine(undefined)).toBe('');
  });
});
