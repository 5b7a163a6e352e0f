/** Standard Carrier Alpha Codes (NMFTA): 2 to 4 capital letters; codes ending in U are container owner codes. */
import type { Brand } from '../brand.ts';
import { diagnostic } from '../diagnostic.ts';
import { fail, ok, type Result } from '../result.ts';

export type Scac = Brand<string, 'Scac'>;

export function parseScac(raw: string): Result<Scac> {
  const s = raw.trim().toUpperCase();
  if (!/^[A-Z]{2,4}$/.test(s)) {
    return fail(
      diagnostic(
        'scac.format',
        `SCAC "${raw}" must be 2 to 4 letters.`,
        { field: 'scac' },
        'error',
        { value: raw },
      ),
    );
  }
  return ok(s as Scac);
}
