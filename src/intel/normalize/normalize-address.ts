/**
 * Address keys: country, city, postcode and street folded to comparable forms, so that two
 * filings naming the same premises ("Av. 9 de Octubre 100, Guayaquil 090101" and
 * "AVENIDA 9 DE OCTUBRE NO. 100, GUAYAQUIL") share a key or at least a city-level block; and
 * an address as one line for people to read, as it was filed.
 */
import { foldScript } from './fold-script.ts';
import { NAME_PARTICLES } from './normalize-name.ts';

export interface AddressInput {
  readonly street?: string;
  readonly city?: string;
  readonly postcode?: string;
  /** ISO 3166-1 alpha-2, already parsed at the edge. */
  readonly country?: string;
}

export interface AddressKey {
  readonly country: string;
  readonly city: string;
  readonly postcode: string;
  readonly street: string;
  /** country|city|postcode|street: equal for the same premises written differently. */
  readonly key: string;
}

/** Street-type words in the ports' languages, folded to one abbreviation each. */
const STREET_WORDS: Readonly<Record<string, string>> = {
  AVENUE: 'AV',
  AVENIDA: 'AV',
  AVE: 'AV',
  AVDA: 'AV',
  AV: 'AV',
  VIALE: 'AV',
  LAAN: 'AV',
  STREET: 'ST',
  ST: 'ST',
  CALLE: 'ST',
  CL: 'ST',
  RUE: 'ST',
  RUA: 'ST',
  VIA: 'ST',
  STRASSE: 'ST',
  STR: 'ST',
  STRAAT: 'ST',
  CARRERA: 'ST',
  CRA: 'ST',
  KR: 'ST',
  CADDESI: 'ST',
  CAD: 'ST',
  ROAD: 'RD',
  RD: 'RD',
  WEG: 'RD',
  CAMINO: 'RD',
  RODOVIA: 'RD',
  CARRETERA: 'RD',
  NUMBER: '',
  NO: '',
  NUM: '',
  NR: '',
  N: '',
  KM: 'KM',
};

function foldWords(text: string | undefined): string[] {
  if (text === undefined) return [];
  return foldScript(text)
    .replace(/([A-Z])(STRASSE|STRAAT|LAAN|WEG)\b/g, '$1 $2')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => t !== '' && !NAME_PARTICLES.has(t));
}

export function normalizeAddress(input: AddressInput): AddressKey {
  const street = foldWords(input.street)
    .map((w) => STREET_WORDS[w] ?? w)
    .filter((w) => w !== '')
    .sort()
    .join(' ');
  const city = foldWords(input.city).join(' ');
  const postcode = (input.postcode ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  const country = (input.country ?? '').toUpperCase();
  return { country, city, postcode, street, key: [country, city, postcode, street].join('|') };
}

/** "69 Gangwan Avenue, 3220 Yiwu": street, then postcode and city, as filed ('' with none). */
export function addressLine(a: AddressInput | undefined): string {
  const place = [a?.postcode, a?.city].filter((s) => s !== undefined && s !== '').join(' ');
  return [a?.street ?? '', place].filter((s) => s !== '').join(', ');
}
