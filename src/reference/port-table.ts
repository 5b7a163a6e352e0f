/**
 * Ports of the NGA World Port Index (data/ports.tsv) with coordinates and harbour size, keyed by
 * UN/LOCODE. WPI ports that have no UN/LOCODE are kept apart (`unlisted()`).
 */
import type { CountryCode } from '../core/identifiers/country-code.ts';
import type { UnLocode } from '../core/identifiers/un-locode.ts';
import { normaliseLocode } from './locode-table.ts';
import { readReferenceRows } from './reference-file.ts';

export const HARBOUR_SIZES = ['very-small', 'small', 'medium', 'large'] as const;
export type HarbourSize = (typeof HARBOUR_SIZES)[number];

export interface Port {
  readonly locode: UnLocode;
  readonly name: string;
  readonly country: CountryCode;
  readonly lat: number;
  readonly lon: number;
  readonly harbourSize?: HarbourSize;
  /** World Port Index number. */
  readonly wpiNumber: number;
}

/** A WPI port without a UN/LOCODE; its country is missing where the WPI name matched no ISO code. */
export interface UnlistedPort extends Omit<Port, 'locode' | 'country'> {
  readonly country?: CountryCode;
}

export interface PortTable {
  get(locode: string): Port | undefined;
  /** Ports with a UN/LOCODE, sorted by code. */
  all(): readonly Port[];
  unlisted(): readonly UnlistedPort[];
}

function harbourSize(wpi: string): HarbourSize | undefined {
  const s = wpi.toLowerCase().replace(/\s+/g, '-');
  return (HARBOUR_SIZES as readonly string[]).includes(s) ? (s as HarbourSize) : undefined;
}

type Draft = { -readonly [K in keyof Port]?: Port[K] } & Pick<Port, 'name' | 'lat' | 'lon'>;

// Optional fields are assigned, not spread: spreading made loading ten times slower.
function toPort(f: readonly string[]): UnlistedPort & { readonly locode?: UnLocode } {
  const [locode = '', name = '', country = '', lat = '', lon = '', size = '', wpi = ''] = f;
  const p: Draft = { name, lat: Number(lat), lon: Number(lon), wpiNumber: Number(wpi) };
  if (locode) p.locode = locode as UnLocode;
  if (country) p.country = country as CountryCode;
  const hs = harbourSize(size);
  if (hs) p.harbourSize = hs;
  return p as UnlistedPort & { readonly locode?: UnLocode };
}

function isListed(p: UnlistedPort & { readonly locode?: UnLocode }): p is Port {
  return p.locode !== undefined && p.country !== undefined;
}

export function createPortTable(rows: readonly (readonly string[])[]): PortTable {
  const listed: Port[] = [];
  const unlisted: UnlistedPort[] = [];
  for (const r of rows) {
    const p = toPort(r);
    if (isListed(p)) listed.push(p);
    else unlisted.push(p);
  }
  const byLocode = new Map(listed.map((p) => [p.locode as string, p]));
  return {
    get: (locode) => byLocode.get(locode) ?? byLocode.get(normaliseLocode(locode)),
    all: () => listed,
    unlisted: () => unlisted,
  };
}

export function loadPortTable(dataDir?: URL): PortTable {
  return createPortTable(readReferenceRows('ports.tsv', dataDir));
}
