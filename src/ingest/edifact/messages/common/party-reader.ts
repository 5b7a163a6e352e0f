/**
 * Parties (NAD group: NAD, RFF, CTA, COM): role from the party qualifier (3035), name from C080
 * (or the unstructured C058 lines), structured address, identifiers (C082 under scheme EORI, VAT
 * or another scheme; RFF+VA VAT numbers; RFF+ZZZ other registries with the scheme in C506/4000),
 * phone and e-mail.
 */
import { parseEori } from '../../../../core/identifiers/index.ts';
import type { Address, Party, PartyIdentifiers, PartyRole } from '../../../../core/cargo/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readCountry, type Sink } from './field-readers.ts';
import { placeDiagnostics, segmentDiagnostic, type MessageContext } from './message-context.ts';
import { componentsAt, filterSegments, valueAt } from './segment-access.ts';

/** Code list agency 182 (US NMFTA): a C082 under it is the carrier's SCAC, not a registry id. */
export const SCAC_AGENCY = '182';

export const PARTY_QUALIFIERS: Readonly<Record<PartyRole, string>> = {
  shipper: 'CZ',
  consignee: 'CN',
  notify: 'N1',
  forwarder: 'FW',
  carrier: 'CA',
  agent: 'AG',
  manufacturer: 'MF',
  buyer: 'BY',
  seller: 'SE',
};

const ROLE_OF: Readonly<Record<string, PartyRole>> = {
  ...Object.fromEntries(Object.entries(PARTY_QUALIFIERS).map(([r, q]) => [q, r as PartyRole])),
  SH: 'shipper',
  N2: 'notify',
};

export function partyRoleOf(qualifier: string | undefined): PartyRole | undefined {
  return qualifier === undefined ? undefined : ROLE_OF[qualifier];
}

function readAddress(ctx: MessageContext, nad: Segment, sink: Sink): Address | undefined {
  const street = valueAt(nad, 5);
  const city = valueAt(nad, 6);
  const region = valueAt(nad, 7);
  const postcode = valueAt(nad, 8);
  const country = readCountry(ctx, { seg: nad, element: 9 }, sink);
  const a: Address = {
    ...(street === undefined ? {} : { street }),
    ...(city === undefined ? {} : { city }),
    ...(postcode === undefined ? {} : { postcode }),
    ...(region === undefined ? {} : { region }),
    ...(country === undefined ? {} : { country }),
  };
  return Object.keys(a).length === 0 ? undefined : a;
}

function readIdentifiers(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): PartyIdentifiers | undefined {
  const nad = group[0] as Segment;
  const ids: { eori?: PartyIdentifiers['eori']; vat?: string; other: Record<string, string> } = {
    other: {},
  };
  const eori = (seg: Segment, element: number, component: number, raw: string) => {
    const r = parseEori(raw, ctx.options.lookups?.country);
    sink.push(...placeDiagnostics(ctx, seg, element, component, r.diagnostics));
    if (r.ok) ids.eori = r.value;
  };
  const id = valueAt(nad, 2, 1);
  const scheme = valueAt(nad, 2, 2);
  if (id !== undefined && scheme === 'EORI') eori(nad, 2, 1, id);
  else if (id !== undefined && valueAt(nad, 2, 3) !== SCAC_AGENCY) ids.other[scheme ?? 'ID'] = id;
  for (const rff of filterSegments(group, 'RFF')) {
    const value = valueAt(rff, 1, 2);
    const refScheme = valueAt(rff, 1, 4) ?? valueAt(rff, 1) ?? 'ID';
    if (value === undefined) continue;
    if (valueAt(rff, 1) === 'VA') ids.vat = value;
    else if (refScheme === 'EORI') eori(rff, 1, 2, value);
    else ids.other[refScheme] = value;
  }
  const hasOther = Object.keys(ids.other).length > 0;
  if (ids.eori === undefined && ids.vat === undefined && !hasOther) return undefined;
  return {
    ...(ids.eori === undefined ? {} : { eori: ids.eori }),
    ...(ids.vat === undefined ? {} : { vat: ids.vat }),
    ...(hasOther ? { other: ids.other } : {}),
  };
}

function readContacts(group: readonly Segment[]): { phone?: string; email?: string } {
  const out: { phone?: string; email?: string } = {};
  for (const com of filterSegments(group, 'COM')) {
    const number = valueAt(com, 1, 1);
    const channel = valueAt(com, 1, 2);
    if (number === undefined) continue;
    if (channel === 'TE') out.phone = number;
    else if (channel === 'EM') out.email = number;
  }
  return out;
}

/** A party from its NAD group; undefined (with a warning) when it has no name or a role we do not keep. */
export function readParty(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): Party | undefined {
  const nad = group[0] as Segment;
  const role = partyRoleOf(valueAt(nad, 1));
  const name = componentsAt(nad, 4).join('') || componentsAt(nad, 3).join(' ');
  if (role === undefined || name === '') {
    if (role === undefined)
      sink.push(
        segmentDiagnostic(
          ctx,
          nad,
          { element: 1 },
          'nad.role-unknown',
          `Party qualifier "${valueAt(nad, 1) ?? ''}" is not a role kept in the cargo model.`,
          'info',
        ),
      );
    return undefined;
  }
  const address = readAddress(ctx, nad, sink);
  const identifiers = readIdentifiers(ctx, group, sink);
  return {
    role,
    name,
    ...(address === undefined ? {} : { address }),
    ...(identifiers === undefined ? {} : { identifiers }),
    ...readContacts(group),
  };
}
