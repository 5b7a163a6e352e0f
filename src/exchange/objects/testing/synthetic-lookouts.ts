/**
 * Synthetic lookouts in force at a coalition node, for tests and benchmarks of lookout matching:
 * container numbers, party names and identifiers, and cargo conditions (ports, HS codes with
 * `LIKE`, container types, seals), several criteria on some. Deterministic for a given random
 * source; `hitsOn` lists consignments some of the lookouts are made to match.
 */
import type { Consignment } from '../../../core/cargo/consignment.ts';
import { unwrap } from '../../../core/result.ts';
import { parseAgencyId, parseCommunityId } from '../../markings/agency-id.ts';
import type { CargoCondition, Lookout, LookoutCriterion } from '../lookout.ts';

export type Random = () => number;

const PORTS = ['ECGYE', 'COCTG', 'BRSSZ', 'PECLL', 'PAPTY', 'CRMOB', 'GHTEM', 'CNSHA'];
const HS_LIKE = ['0803%', '0804%', '0901%', '1801%', '2009%', '44%', '08039_'];
const OWNERS = ['be-customs', 'us-cbp', 'nl-customs', 'es-aduanas', 'fr-douane', 'de-zoll'].map(
  (a) => unwrap(parseAgencyId(a)),
);
const COALITION = unwrap(parseCommunityId('eu-ports-coalition'));

const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

export interface SyntheticLookoutOptions {
  readonly count: number;
  /** Consignments some lookouts are made to match (a container, a party name or a bill). */
  readonly hitsOn?: readonly Consignment[];
  /** Share of the lookouts made from `hitsOn` (default 0.1). */
  readonly hitShare?: number;
  readonly validFrom: string;
  readonly validUntil?: string;
}

export function syntheticLookouts(rnd: Random, o: SyntheticLookoutOptions): Lookout[] {
  const hitsOn = o.hitsOn ?? [];
  return Array.from({ length: o.count }, (_, i): Lookout => {
    const target = hitsOn.length > 0 && rnd() < (o.hitShare ?? 0.1) ? pick(rnd, hitsOn) : null;
    const criteria = Array.from({ length: 1 + Math.floor(rnd() * 2.2) }, () =>
      criterionOf(rnd, i, target),
    );
    const id = `indicator--00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const owner = pick(rnd, OWNERS);
    return {
      kind: 'lookout',
      id,
      created: o.validFrom,
      modified: o.validFrom,
      revoked: false,
      markings: {
        tlp: 'amber',
        handling: { code: 'H1' },
        evaluation: { reliability: 'B', accuracy: 2 },
        releasability: { communities: [COALITION], agencies: [] },
        purpose: 'customs-control',
        legalBasis: 'Naples II Convention, art. 8',
        owner,
        onwardSharing: false,
        // Received from the partner that owns it.
        receivedFrom: owner,
      },
      content: {
        title: `Lookout ${i}`,
        criteria,
        holdRequired: rnd() < 0.3,
        hitsRequested: rnd() < 0.5,
        validFrom: o.validFrom,
        ...(o.validUntil === undefined ? {} : { validUntil: o.validUntil }),
      },
    } satisfies Lookout;
  });
}

function criterionOf(rnd: Random, i: number, target: Consignment | null): LookoutCriterion {
  const kind = rnd();
  if (kind < 0.35) {
    const unit = target?.equipment[0]?.containerNumber;
    // Written as officers type them: spaces or a dash, lower case now and then.
    const value = unit ?? `ZZZU${String(100_000 + i).padStart(6, '0')}${i % 10}`;
    return { kind: 'container-number', value: rnd() < 0.2 ? spaced(value) : value };
  }
  if (kind < 0.6) {
    const name = target?.parties[Math.floor(rnd() * target.parties.length)]?.name;
    return { kind: 'party-name', value: name ?? `SUSPECT TRADING ${i} S.A.` };
  }
  if (kind < 0.75)
    return {
      kind: 'party-identifier',
      scheme: pick(rnd, ['eori', 'scac', 'tax-id', 'imo'] as const),
      value: `NL${100_000_000 + i}`,
    };
  return { kind: 'cargo', conditions: cargoConditions(rnd, target) };
}

function spaced(container: string): string {
  return `${container.slice(0, 4).toLowerCase()} ${container.slice(4, 10)}-${container.slice(10)}`;
}

/**
 * A cargo pattern as analysts write them: narrow (a route and commodity with a seal or container
 * series), so that one matches a handful of bills, not a trade lane.
 */
function cargoConditions(rnd: Random, target: Consignment | null): CargoCondition[] {
  const unit = target?.equipment[0];
  const out: CargoCondition[] = [
    {
      entity: 'consignment',
      property: 'port_of_loading',
      operator: '=',
      value: target?.route.portOfLoading ?? pick(rnd, PORTS),
    },
  ];
  if (rnd() < 0.7)
    out.push({
      entity: 'consignment',
      property: 'hs_code',
      operator: 'LIKE',
      value: target?.goods[0]?.hsCode
        ? `${target.goods[0].hsCode.slice(0, 4)}%`
        : pick(rnd, HS_LIKE),
    });
  if (rnd() < 0.1)
    out.push({
      entity: 'consignment',
      property: 'goods_description',
      operator: 'LIKE',
      value: '%banana%',
    });
  const seal = unit?.seals[0]?.number;
  if (rnd() < 0.5)
    out.push({
      entity: 'container',
      property: 'seal_number',
      operator: seal === undefined ? 'LIKE' : '=',
      value: seal ?? `XS${Math.floor(rnd() * 1e4)}%`,
    });
  else
    out.push({
      entity: 'container',
      property: 'container_number',
      operator: 'LIKE',
      // A container series: the owner code and the first serial digits.
      value: unit
        ? `${unit.containerNumber.slice(0, 9)}%`
        : `${pick(rnd, ['ZZZU', 'QQQU'])}${Math.floor(rnd() * 1e4)}%`,
    });
  if (rnd() < 0.3)
    out.push({
      entity: 'container',
      property: 'iso_size_type',
      operator: rnd() < 0.5 ? '=' : 'LIKE',
      value: unit?.isoSizeType ?? (rnd() < 0.5 ? '45R1' : '45%'),
    });
  return out;
}
