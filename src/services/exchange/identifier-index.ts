/**
 * The party identifiers lookouts name (EORI, tax ids, SCAC, IMO), for the lookout index: one map
 * per scheme from the compacted identifier to the lookouts' positions, and a bill's identifiers
 * looked up in one pass over its parties, read where `identifiersOf` reads them.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { PartyScheme } from '../../exchange/objects/lookout.ts';
import { compact } from './lookout-matcher.ts';

export interface IdentifierIndex {
  add(scheme: PartyScheme, value: string, position: number): void;
  /** Pushes onto `found` the positions of the lookouts naming one of `c`'s identifiers. */
  collect(c: Consignment, found: number[]): void;
}

type Positions = Map<string, number[]>;

export function identifierIndex(): IdentifierIndex {
  const of: Record<PartyScheme, Positions> = {
    eori: new Map(),
    'tax-id': new Map(),
    scac: new Map(),
    imo: new Map(),
  };
  return {
    add(scheme, value, position) {
      addPosition(of[scheme], compact(value), position);
    },
    collect(c, found) {
      const { eori, 'tax-id': taxId, scac, imo } = of;
      take(imo, c.vesselImo, found);
      take(scac, c.carrier, found);
      if (eori.size + taxId.size + scac.size === 0) return;
      for (const p of c.parties) {
        const ids = p.identifiers;
        if (ids === undefined) continue;
        take(eori, ids.eori, found);
        take(taxId, ids.vat, found);
        take(taxId, ids.other?.['tax-id'], found);
        take(scac, ids.other?.['scac'], found);
      }
    },
  };
}

/** Appends a lookout's position to a key's list, once. */
export function addPosition(map: Positions, key: string, position: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

function take(map: Positions, id: string | undefined, found: number[]): void {
  if (map.size === 0 || id === undefined || id === '') return;
  const positions = map.get(compacted(id));
  if (positions !== undefined) for (const p of positions) found.push(p);
}

/**
 * `compact(v)`, without a copy when `v` is already compact: printable ASCII with no space,
 * dash or lower-case letter.
 */
export function compacted(v: string): string {
  for (let j = 0; j < v.length; j++) {
    const c = v.charCodeAt(j);
    if (c <= 0x20 || c >= 0x7f || c === 0x2d || (c >= 0x61 && c <= 0x7a)) return compact(v);
  }
  return v;
}
