/**
 * Lookout matching against one consignment: identifiers exactly (container numbers, B/L, IMO,
 * EORI, SCAC, tax ids), party names after normalisation (`src/intel/normalize`: same distinctive
 * tokens in any order, legal forms and particles ignored), cargo conditions with `=` or `LIKE`
 * (`%` any run, `_` one character, case-insensitive). Criteria are ORed; the conditions of one cargo
 * criterion are ANDed, container conditions on the same container.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import type {
  CargoCondition,
  LookoutContent,
  LookoutCriterion,
} from '../../exchange/objects/lookout.ts';
import { normalizeName } from '../../intel/normalize/normalize-name.ts';

export interface LookoutMatch {
  readonly matchedOn: readonly LookoutCriterion['kind'][];
  /** Containers the match is on; empty when it is on the whole consignment. */
  readonly containerNumbers: readonly string[];
}

/** An identifier as compared: spaces and dashes dropped, upper case. */
export const compact = (v: string) => v.replace(/[\s-]/g, '').toUpperCase();

export function matchLookout(lookout: LookoutContent, c: Consignment): LookoutMatch | undefined {
  const matchedOn = new Set<LookoutCriterion['kind']>();
  const containers = new Set<string>();
  let wholeConsignment = false;
  for (const criterion of lookout.criteria) {
    const hit = matchCriterion(criterion, c);
    if (hit === undefined) continue;
    matchedOn.add(criterion.kind);
    if (hit.length === 0) wholeConsignment = true;
    hit.forEach((n) => containers.add(n));
  }
  if (matchedOn.size === 0) return undefined;
  return { matchedOn: [...matchedOn], containerNumbers: wholeConsignment ? [] : [...containers] };
}

/** The containers matched (empty: the whole consignment), or undefined for no match. */
function matchCriterion(k: LookoutCriterion, c: Consignment): string[] | undefined {
  switch (k.kind) {
    case 'container-number': {
      const hit = c.equipment.filter((e) => compact(e.containerNumber) === compact(k.value));
      return hit.length > 0 ? hit.map((e) => e.containerNumber) : undefined;
    }
    case 'party-identifier':
      return identifiersOf(c, k.scheme).includes(compact(k.value)) ? [] : undefined;
    case 'party-name': {
      const key = normalizeName(k.value).key;
      return key !== '' && c.parties.some((p) => normalizeName(p.name).key === key)
        ? []
        : undefined;
    }
    case 'cargo':
      return compileCargo(k.conditions)(c);
  }
}

export function identifiersOf(
  c: Consignment,
  scheme: 'eori' | 'scac' | 'tax-id' | 'imo',
): string[] {
  const ids = c.parties.map((p) => p.identifiers);
  const values: (string | undefined)[] = (() => {
    switch (scheme) {
      case 'eori':
        return ids.map((i) => i?.eori);
      case 'tax-id':
        return ids.flatMap((i) => [i?.vat, i?.other?.['tax-id']]);
      case 'scac':
        return [c.carrier, ...ids.map((i) => i?.other?.['scac'])];
      case 'imo':
        return [c.vesselImo];
    }
  })();
  return values.filter((v): v is string => v !== undefined && v !== '').map(compact);
}

/** A cargo criterion's conditions as one function (patterns made once): what `matchCriterion` returns. */
export type CargoMatcher = (
  c: Consignment,
  values?: (property: string) => readonly string[],
) => string[] | undefined;

export function compileCargo(conditions: readonly CargoCondition[]): CargoMatcher {
  const onConsignment = conditions
    .filter((d) => d.entity === 'consignment')
    .map((d) => ({ property: d.property, test: testOf(d) }));
  const onContainer = conditions
    .filter((d) => d.entity === 'container')
    .map((d) => ({ property: d.property, test: testOf(d) }));
  return (c, values) => {
    for (const d of onConsignment)
      if (!anyPasses(values ? values(d.property) : consignmentValues(c, d.property), d.test))
        return undefined;
    if (onContainer.length === 0) return [];
    const hit: string[] = [];
    for (const e of c.equipment) {
      let all = true;
      for (const d of onContainer)
        if (!anyPasses(containerValues(e, d.property), d.test)) {
          all = false;
          break;
        }
      if (all) hit.push(e.containerNumber);
    }
    return hit.length > 0 ? hit : undefined;
  };
}

function anyPasses(values: readonly string[], test: (value: string) => boolean): boolean {
  for (const v of values) if (test(v)) return true;
  return false;
}

/** The values a consignment-level cargo condition is tested against. */
export function consignmentValues(c: Consignment, property: string): string[] {
  switch (property) {
    case 'port_of_loading':
      return [c.route.portOfLoading];
    case 'port_of_discharge':
      return [c.route.portOfDischarge];
    case 'place_of_receipt':
      return c.route.placeOfReceipt ? [c.route.placeOfReceipt] : [];
    case 'hs_code':
      return c.goods.flatMap((g) => (g.hsCode ? [g.hsCode] : []));
    case 'goods_description':
      return c.goods.map((g) => g.description);
    case 'bill_number':
      return [c.billNumber, ...(c.masterBillNumber ? [c.masterBillNumber] : [])];
    default:
      return [];
  }
}

function containerValues(e: Equipment, property: string): string[] {
  switch (property) {
    case 'container_number':
      return [e.containerNumber];
    case 'iso_size_type':
      return e.isoSizeType ? [e.isoSizeType] : [];
    case 'seal_number':
      return e.seals.map((s) => s.number);
    default:
      return [];
  }
}

function testOf(d: CargoCondition): (value: string) => boolean {
  if (d.operator === '=') {
    const expected = d.value.toUpperCase();
    return (value) => value.toUpperCase() === expected;
  }
  const pattern = d.value
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replaceAll('%', '.*')
    .replaceAll('_', '.');
  const re = new RegExp(`^${pattern}$`, 'is');
  return (value) => re.test(value);
}
