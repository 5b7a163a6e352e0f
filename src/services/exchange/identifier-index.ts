/**
 * The party identifiers lookouts name (EORI, tax ids, SCAC, IMO), for the lookout index: one set
 * of compacted keys per scheme, and a bill's identifiers looked up in one pass over its parties,
 * read where `identifiersOf` reads them.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { PartyScheme } from '../../exchange/objects/lookout.ts';
import { CompactKeys } from './compact-keys.ts';

export interface IdentifierIndex {
  add(scheme: PartyScheme, value: string, position: number): void;
  /** Pushes onto `found` the positions of the lookouts naming one of `c`'s identifiers. */
  collect(c: Consignment, found: number[]): void;
}

export function identifierIndex(): IdentifierIndex {
  const of: Record<PartyScheme, CompactKeys> = {
    eori: new CompactKeys(),
    'tax-id': new CompactKeys(),
    scac: new CompactKeys(),
    imo: new CompactKeys(),
  };
  return {
    add(scheme, value, position) {
      of[scheme].add(value, position);
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

function take(keys: CompactKeys, id: string | undefined, found: number[]): void {
  if (keys.size === 0 || id === undefined || id === '') return;
  const positions = keys.positionsOf(id);
  if (positions !== undefined) for (const p of positions) found.push(p);
}
