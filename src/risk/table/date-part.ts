/** Calendar parts of an ISO date (YYYY-MM-DD…), computed in UTC; NaN when not a date. */
import type { DatePart } from './column-encoding.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text);
}

export function datePart(text: string, part: DatePart): number {
  const m = ISO_DATE.exec(text);
  if (m === null) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  switch (part) {
    case 'year':
      return y;
    case 'month':
      return mo;
    case 'dayOfMonth':
      return d;
    case 'dayOfWeek':
      return new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  }
}
