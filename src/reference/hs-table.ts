/**
 * The Harmonized System 2022 nomenclature (data/hs2022.tsv): chapters (2 digits), headings
 * (4) and subheadings (6) with their descriptions and sections. National 8- and 10-digit codes
 * resolve to their 6-digit subheading.
 */
import { readReferenceRows } from './reference-file.ts';

export const HS_LEVELS = ['chapter', 'heading', 'subheading'] as const;
export type HsLevel = (typeof HS_LEVELS)[number];

export interface HsEntry {
  /** The 2-, 4- or 6-digit code as listed in the nomenclature. */
  readonly code: string;
  readonly level: HsLevel;
  readonly description: string;
  /** Roman numeral, I to XXI. */
  readonly section: string;
  /** The 2-digit chapter. */
  readonly chapter: string;
}

export interface HsSection {
  readonly section: string;
  readonly name: string;
}

export interface HsTable {
  hasHs6(hs6: string): boolean;
  /** A chapter, heading or subheading; longer codes (8, 10 digits, dots allowed) give their HS6. */
  get(code: string): HsEntry | undefined;
  section(roman: string): HsSection | undefined;
  subheadings(): readonly HsEntry[];
}

function levelOf(code: string): HsLevel | undefined {
  return code.length === 2
    ? 'chapter'
    : code.length === 4
      ? 'heading'
      : code.length === 6
        ? 'subheading'
        : undefined;
}

function toEntry(f: readonly string[]): HsEntry | undefined {
  const [code = '', section = '', description = ''] = f;
  const level = levelOf(code);
  return level && { code, level, description, section, chapter: code.slice(0, 2) };
}

export function createHsTable(
  rows: readonly (readonly string[])[],
  sectionRows: readonly (readonly string[])[],
): HsTable {
  const byCode = new Map<string, HsEntry>();
  for (const r of rows) {
    const e = toEntry(r);
    if (e) byCode.set(e.code, e);
  }
  const sections = new Map(sectionRows.map(([s = '', name = '']) => [s, { section: s, name }]));
  const subheadings = [...byCode.values()].filter((e) => e.level === 'subheading');
  const key = (code: string) => {
    const digits = code.replace(/[\s.]/g, '');
    return digits.length > 6 ? digits.slice(0, 6) : digits;
  };
  return {
    hasHs6: (hs6) => hs6.length === 6 && byCode.has(hs6),
    get: (code) => byCode.get(code) ?? byCode.get(key(code)),
    section: (roman) => sections.get(roman.trim().toUpperCase()),
    subheadings: () => subheadings,
  };
}

export function loadHsTable(dataDir?: URL): HsTable {
  return createHsTable(
    readReferenceRows('hs2022.tsv', dataDir),
    readReferenceRows('hs2022-sections.tsv', dataDir),
  );
}
