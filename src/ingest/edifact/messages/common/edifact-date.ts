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

/** Where the year, month, day, hour, minute and second digits start, and the value's length. */
const LAYOUTS: Readonly<
  Record<DateFormat, { readonly starts: readonly number[]; readonly length: number }>
> = {
  '102': { starts: [0, 4, 6], length: 8 },
  '201': { starts: [0, 2, 4, 6, 8], length: 10 },
  '203': { starts: [0, 4, 6, 8, 10], length: 12 },
  '204': { starts: [0, 4, 6, 8, 10, 12], length: 14 },
  '303': { starts: [0, 4, 6, 8, 10], length: 12 },
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

function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/** [year, month, day, hour, minute, second, zone offset in minutes], or undefined. */
function parts(value: string, format: DateFormat): number[] | undefined {
  const { starts, length } = LAYOUTS[format];
  if (format === '303' ? value.length <= length : value.length !== length) return undefined;
  const nums = starts.map((s, i) => digits(value, s, starts[i + 1] ?? length));
  if (nums.some(Number.isNaN)) return undefined;
  if (format === '201') nums[0] = 2000 + (nums[0] ?? 0);
  while (nums.length < 6) nums.push(0);
  const offset = format === '303' ? zoneOffset(value.slice(length)) : 0;
  return offset === undefined ? undefined : [...nums, offset];
}

export function parseEdifactDate(value: string, format: string | undefined): Result<IsoDateTime> {
  const code = format ?? (value.length === 8 ? '102' : '203');
  if (!isDateFormat(code)) {
    return fail(
      diagnostic(
        'dtm.format-unsupported',
        `Date format code "${code}" is not supported.`,
        undefined,
        'error',
        { format: code },
      ),
    );
  }
  const plain = code === '303' || code === '201' ? undefined : plainDate(value, code);
  if (plain !== undefined) return ok(plain);
  const p = parts(value, code);
  if (p === undefined) return fail(badDate(value, code));
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, offset = 0] = p;
  if (!validParts(y, mo, d, h, mi, s)) return fail(badDate(value, code));
  if (offset !== 0)
    return ok(new Date(Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000).toISOString());
  return ok(`${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}.000Z`);
}

function badDate(value: string, code: DateFormat) {
  return diagnostic(
    'dtm.value',
    `Date "${value}" is not a valid date in format ${code}.`,
    undefined,
    'error',
    { value, format: code },
  );
}

/**
 * The ISO date-time of a valid value in format 102, 203 or 204 with a four-digit year (what
 * nearly every sender writes), or undefined: no result object and no intermediate arrays, so
 * readers try it first and leave anything else (and every diagnostic) to `parseEdifactDate`.
 */
export function plainEdifactDate(
  value: string,
  format: string | undefined,
): IsoDateTime | undefined {
  const code = format ?? (value.length === 8 ? '102' : '203');
  return code === '102' || code === '203' || code === '204' ? plainDate(value, code) : undefined;
}

/** The plain format (102, 203, 204) whose digits a whole number has, its year being 1000 or later. */
export function plainFormatOfDigits(n: number): '102' | '203' | '204' | undefined {
  if (n >= 1e7 && n < 1e8) return '102';
  if (n >= 1e11 && n < 1e12) return '203';
  if (n >= 1e13 && n < 1e14) return '204';
  return undefined;
}

/**
 * `plainEdifactDate` of a value already read as a whole number (nothing sliced), in the format
 * `plainFormatOfDigits` gives for it; undefined when it is not a valid date.
 */
export function plainEdifactDateOfDigits(
  n: number,
  format: '102' | '203' | '204',
): IsoDateTime | undefined {
  // Split into CCYYMMDD and HHMMSS, each a small integer: the divisions and remainders below
  // stay in integer arithmetic (a remainder of a larger number is a floating-point call).
  const v = format === '102' ? n * 1e6 : format === '203' ? n * 100 : n;
  const date = Math.floor(v / 1e6);
  const time = v - date * 1e6;
  const y = (date / 10_000) | 0;
  const mo = ((date / 100) | 0) % 100;
  const d = date % 100;
  const h = (time / 10_000) | 0;
  const mi = ((time / 100) | 0) % 100;
  const s = time % 100;
  if (!(y >= 1000) || !validParts(y, mo, d, h, mi, s)) return undefined;
  return dayPart(y, mo, d) + (CLOCK[h * 60 + mi] as string) + (SECONDS[s] as string);
}

function plainDate(value: string, code: '102' | '203' | '204'): IsoDateTime | undefined {
  if (value.length !== LAYOUTS[code].length) return undefined;
  const y = digits(value, 0, 4);
  const mo = digits(value, 4, 6);
  const d = digits(value, 6, 8);
  const h = code === '102' ? 0 : digits(value, 8, 10);
  const mi = code === '102' ? 0 : digits(value, 10, 12);
  const s = code === '204' ? digits(value, 12, 14) : 0;
  // NaN (a non-digit) fails every comparison in validParts.
  if (!(y >= 1000) || !validParts(y, mo, d, h, mi, s)) return undefined;
  return dayPart(y, mo, d) + (CLOCK[h * 60 + mi] as string) + (SECONDS[s] as string);
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, i) => pad(i, 2));
/** "HH:MM:" for every minute of the day, and "SS.000Z" for every second. */
const CLOCK: readonly string[] = Array.from(
  { length: 24 * 60 },
  (_, i) => `${TWO_DIGITS[Math.floor(i / 60)]}:${TWO_DIGITS[i % 60]}:`,
);
const SECONDS: readonly string[] = TWO_DIGITS.map((s) => `${s}.000Z`);

/** "YYYY-MM-DDT" of the last day asked for (events in one message mostly share their day). */
let lastDay = -1;
let lastDayText = '';

function dayPart(y: number, mo: number, d: number): string {
  const day = y * 10_000 + mo * 100 + d;
  if (day !== lastDay) {
    lastDayText = `${y}-${TWO_DIGITS[mo]}-${TWO_DIGITS[d]}T`;
    lastDay = day;
  }
  return lastDayText;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 && leap ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 0);
  return mo >= 1 && d >= 1 && d <= days && h <= 23 && mi <= 59 && s <= 59;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** An ISO date-time as DTM value and format: 203, or 204 when it has seconds. */
export function formatEdifactDate(iso: IsoDateTime): { value: string; format: DateFormat } {
  const t = new Date(iso).toISOString();
  const digits = t.slice(0, 19).replace(/[-:T]/g, '');
  return digits.endsWith('00')
    ? { value: digits.slice(0, 12), format: '203' }
    : { value: digits, format: '204' };
}
