/**
 * Identifier keys for exact matching: EORI and VAT without spaces or dots, IMO digits, telephone
 * numbers by their last nine digits (so "+32 3 123 4567" and "0032 3 1234567" agree), e-mail
 * addresses lower-cased, and the e-mail's domain unless it is a public mail provider.
 */
export const IDENTIFIER_KINDS = ['eori', 'vat', 'imo', 'phone', 'email', 'email-domain'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/**
 * Kinds that name one legal person: records with the same value are one company (joined directly,
 * whatever their number), two different values mean two different companies.
 */
export const EXCLUSIVE_IDENTIFIERS = ['eori', 'vat', 'imo'] as const;
export type ExclusiveKind = (typeof EXCLUSIVE_IDENTIFIERS)[number];
export const EXCLUSIVE_KINDS: ReadonlySet<IdentifierKind> = new Set(EXCLUSIVE_IDENTIFIERS);

const PUBLIC_MAIL = new Set([
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'yahoo.com',
  'live.com',
  'icloud.com',
  'protonmail.com',
  'proton.me',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.ru',
  'yandex.ru',
  'qq.com',
  '163.com',
]);

export interface IdentifierSource {
  readonly eori?: string;
  readonly vat?: string;
  readonly imo?: string;
  readonly phone?: string;
  readonly email?: string;
}

const compact = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-9) : '';
}

export function identifierKeys(source: IdentifierSource): Map<IdentifierKind, string> {
  const keys = new Map<IdentifierKind, string>();
  const put = (kind: IdentifierKind, value: string): void => {
    if (value !== '') keys.set(kind, value);
  };
  if (source.eori) put('eori', compact(source.eori));
  if (source.vat) put('vat', compact(source.vat));
  if (source.imo) put('imo', source.imo.replace(/\D/g, ''));
  if (source.phone) put('phone', phoneKey(source.phone));
  if (source.email) {
    const email = source.email.trim().toLowerCase();
    if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      put('email', email);
      const domain = email.slice(email.indexOf('@') + 1);
      if (!PUBLIC_MAIL.has(domain)) put('email-domain', domain);
    }
  }
  return keys;
}
