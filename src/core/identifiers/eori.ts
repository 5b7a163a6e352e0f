/**
 * Economic Operators Registration and Identification numbers: an ISO country code followed by up
 * to 15 letters or digits (EU Regulation 2015/2446; GB and XI numbers have 12 or 15 digits).
 */
import type { Brand } from '../brand.ts';
import { diagnostic } from '../diagnostic.ts';
import { fail, ok, type Result } from '../result.ts';

export type Eori = Brand<string, 'Eori'>;

export function parseEori(raw: string, knownCountry?: (code: string) => boolean): Result<Eori> {
  const s = raw.replace(/[\s.-]/g, '').toUpperCase();
  const field = 'eori';
  if (!/^[A-Z]{2}[A-Z0-9]{1,15}$/.test(s)) {
    return fail(
      diagnostic(
        'eori.format',
        `EORI "${raw}" must be a 2-letter country code followed by 1 to 15 letters or digits.`,
        { field },
        'error',
        { value: raw },
      ),
    );
  }
  const country = s.slice(0, 2);
  if (knownCountry && !knownCountry(country)) {
    return fail(
      diagnostic(
        'eori.country',
        `EORI "${raw}": "${country}" is not an ISO 3166 country code.`,
        { field },
        'error',
        { value: raw, country },
      ),
    );
  }
  if ((country === 'GB' || country === 'XI') && !/^\d{12}$|^\d{15}$/.test(s.slice(2))) {
    return fail(
      diagnostic(
        'eori.gb-format',
        `EORI "${raw}": ${country} numbers have 12 or 15 digits after the country code.`,
        { field },
        'error',
        { value: raw, country },
      ),
    );
  }
  return ok(s as Eori);
}
