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
  const utc = Date.UTC(
    digits(s, 0, 4),
    digits(s, 5, 2) - 1,
    digits(s, 8, 2),
    digits(s, 11, 2),
    digits(s, 14, 2),
    digits(s, 17, 2),
    ms,
  );
  return Number.isNaN(offset) || Number.isNaN(utc) ? Date.parse(s) : utc - offset * 60_000;
}

function zoneOffsetMinutes(s: string, i: number): number {
  if (i === s.length - 1 && s[i] === 'Z') return 0;
  if (i !== s.length - 6 || s.charCodeAt(i + 3) !== COLON) return Number.NaN;
  const sign = s[i] === '+' ? 1 : s[i] === '-' ? -1 : Number.NaN;
  return sign * (digits(s, i + 1, 2) * 60 + digits(s, i + 4, 2));
}
