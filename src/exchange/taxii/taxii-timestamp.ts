/**
 * TAXII timestamps carry up to microseconds (`2026-11-22T10:00:00.123456Z`); the collection keeps
 * epoch microseconds so that `added_after` and the `X-TAXII-Date-Added-*` headers lose nothing.
 */
import { diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?Z$/;

export function taxiiTimestamp(epochMicros: number): string {
  const millis = Math.floor(epochMicros / 1000);
  const iso = new Date(millis).toISOString();
  return `${iso.slice(0, 23)}${String(epochMicros % 1000).padStart(3, '0')}Z`;
}

export function parseTaxiiTimestamp(text: string, field = 'added_after'): Result<number> {
  const match = TIMESTAMP.exec(text);
  const seconds = match ? Date.parse(`${match[1] ?? ''}Z`) : Number.NaN;
  if (!match || Number.isNaN(seconds))
    return fail(
      diagnostic(
        'taxii.timestamp',
        `"${text}" is not a TAXII timestamp (e.g. 2026-11-22T10:00:00.123456Z).`,
        { field },
      ),
    );
  const fraction = (match[2] ?? '').padEnd(6, '0');
  return ok(seconds * 1000 + Number(fraction));
}
