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
import { joinedAt, valueAt } from './segment-access.ts';

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
  // Assigned in the stored key order; undefined values are left out, not set.
  const a: { -readonly [K in keyof Address]: Address[K] } = {};
  if (street !== undefined) a.street = street;
  if (city !== undefined) a.city = city;
  if (postcode !== undefined) a.postcode = postcode;
  if (region !== undefined) a.region = region;
  if (country !== undefined) a.country = country;
  const empty =
    street === undefined &&
    city === undefined &&
    postcode === undefined &&
    region === undefined &&
    country === undefined;
  return empty ? undefined : a;
}

interface IdentifiersDraft {
  eori?: PartyIdentifiers['eori'];
  vat?: string;
  other: Record<string, string> | undefined;
}

function addEori(
  ctx: MessageContext,
  ids: IdentifiersDraft,
  at: { readonly seg: Segment; readonly element: number; readonly component: number },
  raw: string,
  sink: Sink,
): void {
  const r = parseEori(raw, ctx.options.lookups?.country);
  if (r.diagnostics.length > 0)
    sink.push(...placeDiagnostics(ctx, at.seg, at.element, at.component, r.diagnostics));
  if (r.ok) ids.eori = r.value;
}

function readIdentifiers(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): PartyIdentifiers | undefined {
  const nad = group[0] as Segment;
  const ids: IdentifiersDraft = { other: undefined };
  const id = valueAt(nad, 2, 1);
  const scheme = valueAt(nad, 2, 2);
  if (id !== undefined && scheme === 'EORI')
    addEori(ctx, ids, { seg: nad, element: 2, component: 1 }, id, sink);
  else if (id !== undefined && valueAt(nad, 2, 3) !== SCAC_AGENCY)
    (ids.other ??= {})[scheme ?? 'ID'] = id;
  for (let i = 1; i < group.length; i++) {
    const rff = group[i] as Segment;
    if (rff.tag !== 'RFF') continue;
    const value = valueAt(rff, 1, 2);
    if (value === undefined) continue;
    const refScheme = valueAt(rff, 1, 4) ?? valueAt(rff, 1) ?? 'ID';
    if (valueAt(rff, 1) === 'VA') ids.vat = value;
    else if (refScheme === 'EORI')
      addEori(ctx, ids, { seg: rff, element: 1, component: 2 }, value, sink);
    else (ids.other ??= {})[refScheme] = value;
  }
  if (ids.eori === undefined && ids.vat === undefined && ids.other === undefined) return undefined;
  const out: { -readonly [K in keyof PartyIdentifiers]: PartyIdentifiers[K] } = {};
  if (ids.eori !== undefined) out.eori = ids.eori;
  if (ids.vat !== undefined) out.vat = ids.vat;
  if (ids.other !== undefined) out.other = ids.other;
  return out;
}

/** Phone and e-mail from the group's COM segments, set on the party in the order they come. */
function addContacts(group: readonly Segment[], party: { phone?: string; email?: string }): void {
  for (let i = 1; i < group.length; i++) {
    const com = group[i] as Segment;
    if (com.tag !== 'COM') continue;
    const number = valueAt(com, 1, 1);
    const channel = valueAt(com, 1, 2);
    if (number === undefined) continue;
    if (channel === 'TE') party.phone = number;
    else if (channel === 'EM') party.email = number;
  }
}

/** A party from its NAD group; undefined (with a warning) when it has no name or a role we do not keep. */
export function readParty(
  ctx: MessageContext,
  group: readonly Segment[],
  sink: Sink,
): Party | undefined {
  const nad = group[0] as Segment;
  const role = partyRoleOf(valueAt(nad, 1));
  const name = joinedAt(nad, 4) || joinedAt(nad, 3, ' ');
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
  const party: { -readonly [K in keyof Party]: Party[K] } = { role, name };
  if (address !== undefined) party.address = address;
  if (identifiers !== undefined) party.identifiers = identifiers;
  addContacts(group, party);
  return party;
}
