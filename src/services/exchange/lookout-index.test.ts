import { describe, expect, it } from 'vitest';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Eori } from '../../core/identifiers/eori.ts';
import type { Scac } from '../../core/identifiers/scac.ts';
import type { Lookout } from '../../exchange/objects/lookout.ts';
import { syntheticLookouts } from '../../exchange/objects/testing/synthetic-lookouts.ts';
import {
  seededRandom,
  syntheticInput,
  type Random,
} from '../../risk/features/testing/synthetic-consignments.ts';
import { indexLookouts } from './lookout-index.ts';
import { matchLookout } from './lookout-matcher.ts';

const NOW = Date.parse('2026-03-01T00:00:00Z');

/** Every lookout tried on the consignment in turn: what the index must give. */
function eachInTurn(lookouts: readonly Lookout[], c: Consignment) {
  return lookouts.flatMap((lookout) => {
    const match = matchLookout(lookout.content, c);
    return match === undefined ? [] : [{ lookout, match }];
  });
}

/**
 * Consignments as carriers file them, some with party identifiers (EORI, VAT, tax ids, SCAC) in
 * the forms lookouts name them, names in another word order or case, and more containers.
 */
function consignments(rnd: Random, n: number): Consignment[] {
  return Array.from({ length: n }, (_, i) => {
    const c = syntheticInput(rnd, i, { now: NOW }).consignment;
    const id = `NL${100_000_000 + Math.floor(rnd() * 400)}`;
    const parties = c.parties.map((p, k) => ({
      ...p,
      name: rnd() < 0.1 ? p.name.toLowerCase().split(' ').reverse().join(' ') : p.name,
      ...(rnd() < 0.3
        ? {
            identifiers:
              k === 0
                ? { eori: id as Eori, other: { scac: id.slice(2) } }
                : { vat: `${id.slice(0, 4)} ${id.slice(4)}`, other: { 'tax-id': id } },
          }
        : {}),
    }));
    const second = syntheticInput(rnd, i + n, { now: NOW }).consignment.equipment[0]!;
    return {
      ...c,
      parties,
      ...(rnd() < 0.2 ? { carrier: id as Scac } : {}),
      equipment: rnd() < 0.3 ? [...c.equipment, second] : c.equipment,
    };
  });
}

describe('lookout index', () => {
  it('finds exactly what trying every lookout in turn finds, in the same order', () => {
    for (const seed of [1, 2, 3]) {
      const rnd = seededRandom(seed);
      const cargo = consignments(rnd, 800);
      const lookouts = syntheticLookouts(rnd, {
        count: 200,
        hitsOn: cargo,
        hitShare: 0.6,
        validFrom: '2026-01-01T00:00:00Z',
      });
      const index = indexLookouts(lookouts);
      let matched = 0;
      for (const c of cargo) {
        const expected = eachInTurn(lookouts, c);
        matched += expected.length;
        expect(index.match(c)).toEqual(expected);
      }
      // The comparison means something only if many consignments matched something.
      expect(matched).toBeGreaterThan(100);
    }
  });

  it('covers each kind of criterion', () => {
    const rnd = seededRandom(9);
    const cargo = consignments(rnd, 1_000);
    const lookouts = syntheticLookouts(rnd, {
      count: 400,
      hitsOn: cargo,
      hitShare: 0.5,
      validFrom: '2026-01-01T00:00:00Z',
    });
    const index = indexLookouts(lookouts);
    const kinds = new Set(cargo.flatMap((c) => index.match(c).flatMap((m) => m.match.matchedOn)));
    expect([...kinds].sort()).toEqual([
      'cargo',
      'container-number',
      'party-identifier',
      'party-name',
    ]);
  });

  it('matches nothing without lookouts', () => {
    const c = consignments(seededRandom(3), 1)[0]!;
    expect(indexLookouts([]).match(c)).toEqual([]);
  });
});
