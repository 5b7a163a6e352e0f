/**
 * Validators for the identifiers that have a bundled list: UN/LOCODE, HS 2022 and MMSI (flag
 * from the MID). Failures carry hints that help a person correct the value.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.ts';
import { parseHsCode } from '../core/identifiers/hs-code.ts';
import { describeMmsi, parseMmsi } from '../core/identifiers/mmsi.ts';
import { parseUnLocode } from '../core/identifiers/un-locode.ts';
import { fail, ok, type Result } from '../core/result.ts';
import { described } from './described-result.ts';
import { describeLocodeFunction } from './locode-function.ts';
import { normaliseLocode, type LocodeEntry } from './locode-table.ts';
import type { ReferenceData } from './reference-data.ts';

const info = (code: string, message: string) => diagnostic(code, message, undefined, 'info');

function describeLocation(e: LocodeEntry, ref: ReferenceData): string {
  const country = ref.countries.get(e.country)?.name ?? e.country;
  const place = `${e.name}${e.subdivision ? ` (${e.subdivision})` : ''}, ${country}`;
  const functions = e.functions.map(describeLocodeFunction).join(', ') || 'no function listed';
  const at = e.coordinates ? `; at ${e.coordinates.lat}, ${e.coordinates.lon}` : '';
  const size = ref.ports.get(e.code)?.harbourSize;
  const wpi = size ? `; World Port Index harbour size ${size}` : '';
  return `${e.code} is ${place}: ${functions}${at}${wpi}.`;
}

export function validateLocode(raw: string, ref: ReferenceData): Result<string> {
  const r = parseUnLocode(raw, (c) => ref.locodes.has(c));
  const code = normaliseLocode(raw);
  const entry = ref.locodes.get(code);
  if (!r.ok) return fail(...r.diagnostics, ...locodeHints(code, ref));
  return described(r, () => describeLocation(entry!, ref), 'locode.valid');
}

function locodeHints(code: string, ref: ReferenceData): Diagnostic[] {
  const cc = code.slice(0, 2);
  if (!/^[A-Z]{2}/.test(cc)) return [];
  const country = ref.countries.get(cc);
  return [
    country
      ? info(
          'locode.hint',
          `${cc} is ${country.name}; the location part "${code.slice(2)}" is not listed for it.`,
        )
      : info('locode.hint', `"${cc}" is not an ISO 3166 country code either.`),
  ];
}

function describeHs(code: string, ref: ReferenceData): string {
  const hs6 = ref.hs.get(code.slice(0, 6));
  const heading = ref.hs.get(code.slice(0, 4));
  const chapter = ref.hs.get(code.slice(0, 2));
  const section = hs6 && ref.hs.section(hs6.section);
  const parts = [
    `${code.slice(0, 6)}: ${hs6?.description ?? ''}`,
    heading && `heading ${heading.code}: ${heading.description}`,
    chapter && `chapter ${chapter.code}: ${chapter.description}`,
    section && `section ${section.section}: ${section.name}`,
  ].filter(Boolean);
  const national =
    code.length > 6
      ? ` Digits 7 to ${code.length} are a national subdivision (CN, HTS) and are not checked.`
      : '';
  return `HS 2022 ${parts.join('; ')}.${national}`;
}

export function validateHs(raw: string, ref: ReferenceData): Result<string> {
  const r = parseHsCode(raw, (hs6) => ref.hs.hasHs6(hs6));
  if (r.ok) return described(r, (c) => describeHs(c, ref), 'hs.valid');
  const digits = raw.replace(/[\s.]/g, '');
  if (!r.diagnostics.some((d) => d.code === 'hs.unknown')) return r;
  return fail(...r.diagnostics, hsHint(digits, ref));
}

function hsHint(digits: string, ref: ReferenceData): Diagnostic {
  const heading = ref.hs.get(digits.slice(0, 4));
  if (heading?.level === 'heading') {
    const subs = ref.hs
      .subheadings()
      .filter((e) => e.code.startsWith(heading.code))
      .map((e) => e.code);
    return info(
      'hs.hint',
      `Heading ${heading.code} (${heading.description}) has the subheadings ${subs.join(', ')}.`,
    );
  }
  const chapter = ref.hs.get(digits.slice(0, 2));
  return chapter
    ? info(
        'hs.hint',
        `Chapter ${chapter.code} (${chapter.description}) has no heading ${digits.slice(0, 4)}.`,
      )
    : info('hs.hint', `HS 2022 has no chapter ${digits.slice(0, 2)}.`);
}

export function validateMmsi(raw: string, ref: ReferenceData): Result<string> {
  const r = parseMmsi(raw);
  if (!r.ok) return r;
  const { kind, mid } = describeMmsi(r.value);
  if (mid === undefined) {
    return ok(r.value, [info('mmsi.valid', `MMSI ${r.value} is a ${kind} identity (no flag).`)]);
  }
  const entry = ref.mid.get(mid);
  if (!entry) {
    const warning = diagnostic(
      'mmsi.unallocated-mid',
      `MMSI ${r.value}: MID ${mid} is not allocated to any administration, so the flag is unknown (a misconfigured or false AIS identity).`,
      { field: 'mmsi' },
      'warning',
    );
    return ok(r.value, [warning]);
  }
  const message = `MMSI ${r.value} is a ${kind} station; MID ${mid} gives the flag ${entry.flag} (${entry.allocatedTo}).`;
  return ok(r.value, [info('mmsi.valid', message)]);
}
