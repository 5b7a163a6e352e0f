/** RFC 3339 date-times with a mandatory offset, as DCSA requires, and their UTC normal form. */

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

export function isRfc3339DateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const timeOk = Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 61;
  const offsetOk = m[8] === 'Z' || (Number(m[9]) < 24 && Number(m[10]) < 60);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(Number(m[1]), month) &&
    timeOk &&
    offsetOk
  );
}

/** "2021-01-09T14:12:56+01:00" → "2021-01-09T13:12:56Z" (milliseconds kept when present). */
export function toUtc(s: string): string {
  if (s.length === 20 && s.endsWith('Z')) return s;
  return new Date(s).toISOString().replace('.000Z', 'Z');
}
