/**
 * Script folding for name matching: Cyrillic and Greek transliterated to Latin, diacritics
 * removed, special Latin letters spelled out, upper case. Everything downstream sees A–Z, 0–9
 * and spaces only, so "José Ñúñez", "JOSE NUNEZ" and "Хосе Нуньес" meet on one key.
 */

const CYRILLIC: Readonly<Record<string, string>> = {
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Д: 'D',
  Е: 'E',
  Ё: 'E',
  Ж: 'ZH',
  З: 'Z',
  И: 'I',
  Й: 'Y',
  К: 'K',
  Л: 'L',
  М: 'M',
  Н: 'N',
  О: 'O',
  П: 'P',
  Р: 'R',
  С: 'S',
  Т: 'T',
  У: 'U',
  Ф: 'F',
  Х: 'KH',
  Ц: 'TS',
  Ч: 'CH',
  Ш: 'SH',
  Щ: 'SHCH',
  Ъ: '',
  Ы: 'Y',
  Ь: '',
  Э: 'E',
  Ю: 'YU',
  Я: 'YA',
  І: 'I',
  Ї: 'YI',
  Є: 'YE',
  Ґ: 'G',
};

const GREEK: Readonly<Record<string, string>> = {
  Α: 'A',
  Β: 'V',
  Γ: 'G',
  Δ: 'D',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'I',
  Θ: 'TH',
  Ι: 'I',
  Κ: 'K',
  Λ: 'L',
  Μ: 'M',
  Ν: 'N',
  Ξ: 'X',
  Ο: 'O',
  Π: 'P',
  Ρ: 'R',
  Σ: 'S',
  Τ: 'T',
  Υ: 'Y',
  Φ: 'F',
  Χ: 'CH',
  Ψ: 'PS',
  Ω: 'O',
};

/** Latin letters that Unicode decomposition leaves alone. */
const SPECIAL_LATIN: Readonly<Record<string, string>> = {
  ß: 'SS',
  Æ: 'AE',
  Œ: 'OE',
  Ø: 'O',
  Ł: 'L',
  Đ: 'D',
  Ð: 'D',
  Þ: 'TH',
  ı: 'I',
  ẞ: 'SS',
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;

function mapChar(ch: string): string {
  return CYRILLIC[ch] ?? GREEK[ch] ?? SPECIAL_LATIN[ch] ?? ch;
}

function mapAll(text: string): string {
  let mapped = '';
  for (const ch of text) mapped += mapChar(ch);
  return mapped;
}

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Upper-case ASCII rendering of any Latin, Cyrillic or Greek text (other scripts pass through). */
export function foldScript(text: string): string {
  const upper = text.toUpperCase();
  // Plain ASCII (most filings) needs no mapping.
  if (isPrintableAscii(upper)) return upper;
  // Mapped before decomposition (Й is Y, not I) and again after it (accented Greek vowels).
  return mapAll(mapAll(upper.normalize('NFC')).normalize('NFKD').replace(COMBINING_MARKS, ''));
}
