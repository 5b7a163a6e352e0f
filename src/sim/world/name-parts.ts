/**
 * Parts of realistic company names and addresses per country (family names and trade words by
 * language, legal-form suffixes, cities with postcodes, street patterns, telephone prefixes, web
 * domains), loaded from `data/sim/name-parts.json`. Invented combinations of common words; no
 * real company is meant.
 */
import { readFileSync } from 'node:fs';
import { simDataPath } from './sim-data-path.ts';

export interface LanguageParts {
  readonly surnames: readonly string[];
  readonly words: readonly string[];
  /** Street pattern with {name} and {n}. */
  readonly street: readonly string[];
  readonly streetNames: readonly string[];
  readonly firstNames: readonly string[];
}

export interface CountryParts {
  readonly language: string;
  readonly suffixes: readonly string[];
  /** [city, postcode prefix, region]. */
  readonly cities: readonly (readonly [string, string, string])[];
  readonly phone: string;
  readonly tld: string;
}

export interface NameParts {
  readonly languages: Readonly<Record<string, LanguageParts>>;
  readonly countries: Readonly<Record<string, CountryParts>>;
}

let cached: NameParts | undefined;

export function loadNameParts(): NameParts {
  cached ??= JSON.parse(readFileSync(simDataPath('name-parts.json'), 'utf8')) as NameParts;
  return cached;
}

export function countryParts(parts: NameParts, country: string): CountryParts {
  const found = parts.countries[country] ?? parts.countries.GB;
  if (!found) throw new Error('name-parts.json has no GB entry');
  return found;
}

export function languageParts(parts: NameParts, country: CountryParts): LanguageParts {
  const found = parts.languages[country.language] ?? parts.languages.en;
  if (!found) throw new Error('name-parts.json has no "en" language');
  return found;
}
