/** ISO 3166-1 alpha-2 country codes. Existence is checked against the bundled list when given. */
import type { Brand } from '../brand.ts';
import { diagnostic } from '../diagnostic.ts';
import { fail, ok, type Result } from '../result.ts';

export type CountryCode = Brand<string, 'CountryCode'>;

export function parseCountryCode(
  raw: string,
  known?: (code: string) => boolean,
): Result<CountryCode> {
  const s = raw.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(s)) {
    return fail(
      diagnostic(
        'country.format',
        `Country code "${raw}" must be two letters (ISO 3166-1 alpha-2).`,
        { field: 'country' },
        'error',
        { value: raw },
      ),
    );
  }
  if (known && !known(s)) {
    return fail(
      diagnostic(
        'country.unknown',
        `Country code "${s}" is not an ISO 3166-1 country.`,
        { field: 'country' },
        'error',
        { value: s },
      ),
    );
  }
  return ok(s as CountryCode);
}
