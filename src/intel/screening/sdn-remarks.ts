/**
 * What the SDN list's remarks column says beyond the name: aliases ("a.k.a. 'EL SENOR'",
 * f.k.a., n.k.a.) and the countries it names (nationality, citizenship, place of birth, the
 * issuing country of identity documents in parentheses), and a vessel's IMO numbers.
 */
import { parseImoNumber } from '../../core/identifiers/imo-number.ts';

const VESSEL_IMO = /\bVessel Registration Identification IMO (\d{7})\b/g;
const ALIAS = /\b[afn]\.k\.a\.,?\s+'([^']+)'/g;
const PARENTHESES = /\(([^()]+)\)/g;
const PREFIXED = /\b(?:POB|[Nn]ationality|[Cc]itizen)\s+([^;.]+)/g;

/**
 * A listed vessel's IMO numbers, as OFAC writes them ("Vessel Registration Identification IMO
 * 7406784"), those whose check digit is right.
 */
export function sdnVesselImos(remarks: string): string[] {
  const found = new Set<string>();
  for (const m of remarks.matchAll(VESSEL_IMO)) {
    const imo = parseImoNumber(m[1] ?? '');
    if (imo.ok) found.add(imo.value);
  }
  return [...found];
}

export function sdnAliases(remarks: string): string[] {
  return [...remarks.matchAll(ALIAS)].map((m) => (m[1] ?? '').trim()).filter((a) => a !== '');
}

/**
 * Countries named in the remarks, resolved through `countryByName` (upper-case English name →
 * alpha-2; the caller builds it from the reference data). Unknown names are ignored.
 */
export function sdnCountries(
  remarks: string,
  countryByName: ReadonlyMap<string, string>,
): string[] {
  const found = new Set<string>();
  const tryName = (text: string): void => {
    const code = countryByName.get(text.trim().toUpperCase());
    if (code !== undefined) found.add(code);
  };
  for (const m of remarks.matchAll(PARENTHESES)) tryName(m[1] ?? '');
  for (const m of remarks.matchAll(PREFIXED)) {
    const parts = (m[1] ?? '').split(',');
    tryName(parts[parts.length - 1] ?? '');
  }
  return [...found].sort();
}
