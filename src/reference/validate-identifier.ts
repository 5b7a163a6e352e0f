/**
 * One entry point for checking an identifier typed by a person or found in a filing: parses it
 * with the core parser, checks existence against the bundled reference data where there is a
 * list (UN/LOCODE, HS 2022, countries, EORI country, MMSI flag), and on success adds an `info`
 * diagnostic saying what the value is. `portcullis validate <kind> <value>` prints these.
 */
import { parseContainerNumber } from '../core/identifiers/container-number.ts';
import { parseCountryCode } from '../core/identifiers/country-code.ts';
import { parseEori } from '../core/identifiers/eori.ts';
import { parseHsCode } from '../core/identifiers/hs-code.ts';
import { parseImoNumber } from '../core/identifiers/imo-number.ts';
import { parseScac } from '../core/identifiers/scac.ts';
import { parseUnLocode } from '../core/identifiers/un-locode.ts';
import type { Result } from '../core/result.ts';
import { described } from './described-result.ts';
import type { IdentifierKind } from './identifier-kind.ts';
import { validateHs, validateLocode, validateMmsi } from './reference-validators.ts';
import { getReferenceData, type ReferenceData } from './reference-data.ts';

function validateContainer(raw: string): Result<string> {
  return described(
    parseContainerNumber(raw),
    (c) =>
      `${c} is a valid ISO 6346 container number: owner code ${c.slice(0, 3)}, category ${c[3]}, serial ${c.slice(4, 10)}, check digit ${c[10]}.`,
    'container-number.valid',
  );
}

function validateImo(raw: string): Result<string> {
  return described(
    parseImoNumber(raw),
    (n) => `IMO ${n} is a valid IMO ship number (check digit ${n[6]}).`,
    'imo.valid',
  );
}

function validateEori(raw: string, ref: ReferenceData): Result<string> {
  return described(
    parseEori(raw, (cc) => ref.countries.has(cc)),
    (e) =>
      `${e} is a well-formed EORI number issued in ${ref.countries.get(e.slice(0, 2))?.name ?? e.slice(0, 2)}; registration itself is only known to the EU EORI service.`,
    'eori.valid',
  );
}

function validateScac(raw: string): Result<string> {
  return described(
    parseScac(raw),
    (s) =>
      `${s} is a well-formed SCAC${s.length === 4 && s.endsWith('U') ? ' (ending in U: also an ISO 6346 container owner prefix)' : ''}; the NMFTA register is not bundled, so existence is not checked.`,
    'scac.valid',
  );
}

function validateCountry(raw: string, ref: ReferenceData): Result<string> {
  return described(
    parseCountryCode(raw, (cc) => ref.countries.has(cc)),
    (cc) => {
      const c = ref.countries.get(cc);
      return c ? `${cc} is ${c.name} (${c.alpha3}, ${c.numeric}).` : `${cc} is a country code.`;
    },
    'country.valid',
  );
}

/**
 * Checks `raw` as an identifier of `kind`. The value of a successful result is the normalised
 * identifier ("csqu 305438-3" → "CSQU3054383"); diagnostics say what is wrong or what it is.
 */
export function validateIdentifier(
  kind: IdentifierKind,
  raw: string,
  ref: ReferenceData = getReferenceData(),
): Result<string> {
  switch (kind) {
    case 'container':
      return validateContainer(raw);
    case 'imo':
      return validateImo(raw);
    case 'mmsi':
      return validateMmsi(raw, ref);
    case 'locode':
      return validateLocode(raw, ref);
    case 'hs':
      return validateHs(raw, ref);
    case 'eori':
      return validateEori(raw, ref);
    case 'scac':
      return validateScac(raw);
    case 'country':
      return validateCountry(raw, ref);
  }
}

/** Parses a UN/LOCODE and checks that it exists; for callers that want the branded value. */
export function parseKnownLocode(raw: string, ref: ReferenceData = getReferenceData()) {
  return parseUnLocode(raw, (c) => ref.locodes.has(c));
}

/** Parses an HS code and checks its 6-digit subheading against HS 2022. */
export function parseKnownHsCode(raw: string, ref: ReferenceData = getReferenceData()) {
  return parseHsCode(raw, (hs6) => ref.hs.hasHs6(hs6));
}
