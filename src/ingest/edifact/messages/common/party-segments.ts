/**
 * Writing a party as its NAD group: NAD (role, EORI or carrier SCAC in C082, name in 35-character
 * C080 lines, structured address), RFF+VA for a VAT number, RFF+ZZZ for other registries (scheme
 * in C506/4000), CTA and COM for phone and e-mail.
 */
import type { Party } from '../../../../core/cargo/index.ts';
import type { Scac } from '../../../../core/identifiers/index.ts';
import { PARTY_QUALIFIERS, SCAC_AGENCY } from './party-reader.ts';
import { chunks, seg, type SegmentSpec } from './segment-spec.ts';

function partyId(p: Party | undefined, scac: Scac | undefined): string[] | undefined {
  if (scac !== undefined) return [scac, '172', SCAC_AGENCY];
  const eori = p?.identifiers?.eori;
  return eori === undefined ? undefined : [eori, 'EORI'];
}

function referenceSegments(p: Party, scac: Scac | undefined): SegmentSpec[] {
  const ids = p.identifiers;
  const out = ids?.vat === undefined ? [] : [seg('RFF', ['VA', ids.vat])];
  if (ids?.eori !== undefined && scac !== undefined)
    out.push(seg('RFF', ['ZZZ', ids.eori, undefined, 'EORI']));
  for (const [scheme, value] of Object.entries(ids?.other ?? {}))
    out.push(seg('RFF', ['ZZZ', value, undefined, scheme]));
  return out;
}

function contactSegments(p: Party): SegmentSpec[] {
  if (p.phone === undefined && p.email === undefined) return [];
  return [
    seg('CTA', 'IC'),
    ...(p.phone === undefined ? [] : [seg('COM', [p.phone, 'TE'])]),
    ...(p.email === undefined ? [] : [seg('COM', [p.email, 'EM'])]),
  ];
}

/** A party's NAD group; for the carrier, `scac` goes into C082 under agency 182. */
export function partySegments(
  p: Party | undefined,
  role: Party['role'],
  scac?: Scac,
): SegmentSpec[] {
  const a = p?.address;
  const id = role === 'carrier' ? scac : undefined;
  const name = p === undefined ? undefined : chunks(p.name, 35, 5);
  const nad = seg(
    'NAD',
    PARTY_QUALIFIERS[role],
    partyId(p, id),
    undefined,
    name,
    a?.street,
    a?.city,
    a?.region,
    a?.postcode,
    a?.country,
  );
  return p === undefined ? [nad] : [nad, ...referenceSegments(p, id), ...contactSegments(p)];
}
