/**
 * ISO 8601 date-times to epoch milliseconds, fast: feature extraction reads about ten per
 * container and Date.parse dominated its cost. Handles "YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]";
 * anything else goes to Date.parse. NaN when unreadable.
 */
const DASH = 45;
const COLON = 58;
const T = 84;
const DOT = 46;

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    v = v * 10 + d;
  }
  return v;
}

export function isoToMs(s: string): number {
  if (
    s.length < 20 ||
    s.charCodeAt(4) !== DASH ||
    s.charCodeAt(7) !== DASH ||
    s.charCodeAt(10) !== T
  ) {
    return Date.parse(s);
  }
  if (s.charCodeAt(13) !== COLON || s.charCodeAt(16) !== COLON) return Date.parse(s);
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === DOT) {
    let scale = 100;
    for (i++; i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57; i++) {
      ms += (s.charCodeAt(i) - 48) * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  const offset = zoneOffsetMinutes(s, i);
  const days = civilDays(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
  const h = digits(s, 11, 2);
  const m = digits(s, 14, 2);
  const sec = digits(s, 17, 2);
  // Out-of-range or unreadable parts: let Date.parse decide, so both always agree.
  if (Number.isNaN(offset + days + h + m + sec) || h > 23 || m > 59 || sec > 59)
    return Date.parse(s);
  return (((days * 24 + h) * 60 + m - offset) * 60 + sec) * 1000 + ms;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); NaN if invalid. */
function civilDays(year: number, month: number, day: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const inMonth = month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
  if (!(day >= 1 && day <= inMonth)) return Number.NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function zoneOffsetMinutes(s: string, i: number): number {
  if (i === s.length - 1 && s[i] === 'Z') return 0;
  if (i !== s.length - 6 || s.charCodeAt(i + 3) !== COLON) return Number.NaN;
  const sign = s[i] === '+' ? 1 : s[i] === '-' ? -1 : Number.NaN;
  return sign * (digits(s, i + 1, 2) * 60 + digits(s, i + 4, 2));
}
