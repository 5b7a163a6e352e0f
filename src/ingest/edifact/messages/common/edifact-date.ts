/**
 * EDIFACT dates (DTM, C507): the value in the format its 2379 code names, as an ISO 8601 UTC
 * date-time. Formats 102 (CCYYMMDD), 201 (YYMMDDHHMM), 203 (CCYYMMDDHHMM), 204 (CCYYMMDDHHMMSS)
 * and 303 (CCYYMMDDHHMMZZZ, with a UTC offset) are read; times without a zone are taken as UTC,
 * which is how the terminals and carriers we receive from send them.
 */
import { diagnostic } from '../../../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../../../core/result.ts';
import type { IsoDateTime } from '../../../../core/cargo/index.ts';

export const DATE_FORMATS = ['102', '201', '203', '204', '303'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

const PATTERNS: Readonly<Record<DateFormat, RegExp>> = {
  '102': /^(\d{4})(\d{2})(\d{2})$/,
  '201': /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/,
  '203': /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/,
  '204': /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/,
  '303': /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(.+)$/,
};

function isDateFormat(code: string): code is DateFormat {
  return (DATE_FORMATS as readonly string[]).includes(code);
}

/** Offset in minutes east of UTC of a 303 zone ("+01", "-0530", "UTC", "Z"), if valid. */
function zoneOffset(zone: string): number | undefined {
  if (/^(UTC|GMT|Z)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2})(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
  return m[1] === '-' ? -minutes : minutes;
}

function parts(value: string, format: DateFormat): number[] | undefined {
  const m = PATTERNS[format].exec(value);
  if (!m) return undefined;
  const nums = m.slice(1, format === '303' ? 6 : undefined).map(Number);
  if (format === '201') nums[0] = 2000 + (nums[0] ?? 0);
  const offset = format === '303' ? zoneOffset(m[6] ?? '') : 0;
  return offset === undefined ? undefined : [...nums, ...(format === '204' ? [] : [0]), offset];
}

export function parseEdifactDate(value: string, format: string | undefined): Result<IsoDateTime> {
  const code = format ?? (value.length === 8 ? '102' : '203');
  if (!isDateFormat(code)) {
    return fail(
      diagnostic('dtm.format-unsupported', `Date format code "${code}" is not supported.`),
    );
  }
  const p = code === '102' ? parts(`${value}0000`, '203') : parts(value, code);
  const bad = diagnostic('dtm.value', `Date "${value}" is not a valid date in format ${code}.`);
  if (p === undefined) return fail(bad);
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, offset = 0] = p;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(ms);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return fail(bad);
  }
  return ok(new Date(ms - offset * 60_000).toISOString());
}

/** An ISO date-time as DTM value and format: 203, or 204 when it has seconds. */
export function formatEdifactDate(iso: IsoDateTime): { value: string; format: DateFormat } {
  const t = new Date(iso).toISOString();
  const digits = t.slice(0, 19).replace(/[-:T]/g, '');
  return digits.endsWith('00')
    ? { value: digits.slice(0, 12), format: '203' }
    : { value: digits, format: '204' };
}
