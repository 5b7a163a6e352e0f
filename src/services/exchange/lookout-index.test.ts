import { describe, expect, it } from 'vitest';
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Eori } from '../../core/identifiers/eori.ts';
import type { Scac } from '../../core/identifiers/scac.ts';
import type { CargoCondition, Lookout, LookoutCriterion } from '../../exchange/objects/lookout.ts';
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

/** Checks the index against trying each lookout in turn on every bill; the matches found. */
function expectSameAsEachInTurn(
  lookouts: readonly Lookout[],
  cargo: readonly Consignment[],
): number {
  const index = indexLookouts(lookouts);
  let matched = 0;
  for (const c of cargo) {
    const expected = eachInTurn(lookouts, c);
    matched += expected.length;
    expect(index.match(c)).toEqual(expected);
  }
  return matched;
}

/**
 * Consignments as carriers file them, some with party identifiers (EORI, VAT, tax ids, SCAC) in
 * the forms lookouts name them, names in another word order or case, more containers and goods,
 * seal numbers in lower case, a master bill or a place of receipt.
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
                : rnd() < 0.5
                  ? { vat: `${id.slice(0, 4)} ${id.slice(4)}` }
                  : { other: { 'tax-id': id.toLowerCase() } },
          }
        : {}),
    }));
    const other = syntheticInput(rnd, i + n, { now: NOW }).consignment;
    const second = other.equipment[0]!;
    return {
      ...c,
      parties,
      ...(rnd() < 0.2 ? { masterBillNumber: `MB${i % 50}` } : {}),
      ...(rnd() < 0.3 ? { route: { ...c.route, placeOfReceipt: other.route.portOfLoading } } : {}),
      ...(rnd() < 0.2 ? { goods: [...c.goods, { ...other.goods[0]!, sequence: 2 }] } : {}),
      ...(rnd() < 0.2 ? { carrier: id as Scac } : {}),
      equipment: (rnd() < 0.3 ? [...c.equipment, second] : c.equipment).map((e) =>
        // Seal numbers as some carriers file them, in lower case.
        rnd() < 0.2
          ? { ...e, seals: e.seals.map((x) => ({ ...x, number: x.number.toLowerCase() })) }
          : e,
      ),
    };
  });
}

const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

/** A value as an analyst might write it: another case, or a pattern with `%` and `_` in it. */
function patternOf(rnd: Random, value: string): Pick<CargoCondition, 'operator' | 'value'> {
  const cased = rnd() < 0.3 ? value.toLowerCase() : value;
  const r = rnd();
  if (r < 0.25) return { operator: '=', value: cased };
  if (r < 0.5) return { operator: 'LIKE', value: `${cased.slice(0, 1 + Math.floor(rnd() * 6))}%` };
  if (r < 0.65) return { operator: 'LIKE', value: `%${cased.slice(2, 5)}%` };
  if (r < 0.8) return { operator: 'LIKE', value: `${cased.slice(0, 2)}_${cased.slice(3)}` };
  if (r < 0.9) return { operator: 'LIKE', value: `${cased.slice(0, 3)}%${cased.slice(-2)}` };
  return { operator: 'LIKE', value: rnd() < 0.5 ? 'ÉTÉ%' : `${cased.slice(0, 4)}ſ%` };
}

/**
 * Cargo criteria over every property, anchored or not, on values of the given bills, and party
 * names written otherwise (lower case, punctuation, a legal form): the paths the index takes.
 */
function variedCriteria(rnd: Random, cargo: readonly Consignment[]): LookoutCriterion[] {
  const c = pick(rnd, cargo);
  const unit = pick(rnd, c.equipment);
  if (rnd() < 0.25) {
    const name = pick(rnd, c.parties).name;
    const written = rnd() < 0.5 ? `${name.toLowerCase()}, s.a.` : name.replace(' ', ' | ');
    return [{ kind: 'party-name', value: rnd() < 0.1 ? `${written} Zoë` : written }];
  }
  const on = (entity: CargoCondition['entity'], property: string, value: string | undefined) =>
    value === undefined ? [] : [{ entity, property, ...patternOf(rnd, value) }];
  const conditions: CargoCondition[] = [
    ...(rnd() < 0.6 ? on('consignment', 'port_of_loading', c.route.portOfLoading) : []),
    ...(rnd() < 0.5 ? on('consignment', 'hs_code', pick(rnd, c.goods).hsCode) : []),
    ...(rnd() < 0.1 ? on('consignment', 'goods_description', c.goods[0]!.description) : []),
    ...(rnd() < 0.1 ? on('consignment', 'bill_number', c.masterBillNumber ?? c.billNumber) : []),
    ...(rnd() < 0.1 ? on('consignment', 'place_of_receipt', c.route.placeOfReceipt) : []),
    ...(rnd() < 0.1 ? on('consignment', 'port_of_discharge', c.route.portOfDischarge) : []),
    ...(rnd() < 0.5 ? on('container', 'container_number', unit.containerNumber) : []),
    ...(rnd() < 0.3 ? on('container', 'seal_number', unit.seals[0]?.number) : []),
    ...(rnd() < 0.3 ? on('container', 'iso_size_type', unit.isoSizeType) : []),
    ...(rnd() < 0.03 ? on(pick(rnd, ['consignment', 'container'] as const), 'colour', 'RED') : []),
  ];
  return conditions.length === 0 ? [] : [{ kind: 'cargo', conditions }];
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
      const matched = expectSameAsEachInTurn(lookouts, cargo);
      // The comparison means something only if many consignments matched something.
      expect(matched).toBeGreaterThan(100);
    }
  });

  it('finds what trying each in turn finds with criteria on every cargo property and pattern', () => {
    for (const seed of [4, 5]) {
      const rnd = seededRandom(seed);
      const cargo = consignments(rnd, 500);
      const lookouts = syntheticLookouts(rnd, {
        count: 200,
        validFrom: '2026-01-01T00:00:00Z',
      }).map((l) => ({
        ...l,
        content: {
          ...l.content,
          criteria: [...variedCriteria(rnd, cargo), ...variedCriteria(rnd, cargo)],
        },
      }));
      const matched = expectSameAsEachInTurn(lookouts, cargo);

      expect(matched).toBeGreaterThan(400);
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
