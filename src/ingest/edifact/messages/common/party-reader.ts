/**
 * Parties (NAD group: NAD, RFF, CTA, COM): role from the party qualifier (3035), name from C080
 * (or the unstructured C058 lines), structured address, identifiers (C082 under scheme EORI, VAT
 * or another scheme; RFF+VA VAT numbers; RFF+ZZZ other registries with the scheme in C506/4000),
 * phone and e-mail. A group is the segments [from, to) of a segment table, read in place.
 */
import { parseEori } from '../../../../core/identifiers/index.ts';
import type { Address, Party, PartyIdentifiers, PartyRole } from '../../../../core/cargo/index.ts';
import type { SegmentTable } from '../../syntax/segment-table.ts';
import { codeIn, codeList } from './code-list.ts';
import type { Sink } from './field-readers.ts';
import { diagnosticIn, type MessageContext } from './message-context.ts';
import { parseIn, readCountryIn } from './table-field-readers.ts';

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

function readAddress(
  ctx: MessageContext,
  t: SegmentTable,
  nad: number,
  sink: Sink,
): Address | undefined {
  const street = t.value(nad, 5);
  const city = t.value(nad, 6);
  const region = t.value(nad, 7);
  const postcode = t.value(nad, 8);
  const country = readCountryIn(ctx, t, nad, 9, 1, sink);
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
  at: {
    readonly t: SegmentTable;
    readonly i: number;
    readonly element: number;
    readonly component: number;
  },
  raw: string,
  sink: Sink,
): void {
  const { t, i, element, component } = at;
  const lookup = ctx.options.lookups?.country;
  const eori = parseIn(ctx, t, i, element, component, raw, sink, parseEori, lookup);
  if (eori !== undefined) ids.eori = eori;
}

/** RFF segments of the group: VAT numbers, EORI and other registries. */
function addReferences(
  ctx: MessageContext,
  t: SegmentTable,
  from: number,
  to: number,
  ids: IdentifiersDraft,
  sink: Sink,
): void {
  for (let i = from + 1; i < to; i++) {
    if (t.tag(i) !== 'RFF') continue;
    const value = t.value(i, 1, 2);
    if (value === undefined) continue;
    const qualifier = t.value(i, 1);
    const refScheme = t.value(i, 1, 4) ?? qualifier ?? 'ID';
    if (qualifier === 'VA') ids.vat = value;
    else if (refScheme === 'EORI')
      addEori(ctx, ids, { t, i, element: 1, component: 2 }, value, sink);
    else (ids.other ??= {})[refScheme] = value;
  }
}

function readIdentifiers(
  ctx: MessageContext,
  t: SegmentTable,
  from: number,
  to: number,
  sink: Sink,
): PartyIdentifiers | undefined {
  const ids: IdentifiersDraft = { other: undefined };
  const id = t.value(from, 2, 1);
  if (id !== undefined) {
    const scheme = t.value(from, 2, 2);
    if (scheme === 'EORI') addEori(ctx, ids, { t, i: from, element: 2, component: 1 }, id, sink);
    else if (!t.valueIs(from, 2, 3, SCAC_AGENCY)) (ids.other ??= {})[scheme ?? 'ID'] = id;
  }
  addReferences(ctx, t, from, to, ids, sink);
  if (ids.eori === undefined && ids.vat === undefined && ids.other === undefined) return undefined;
  const out: { -readonly [K in keyof PartyIdentifiers]: PartyIdentifiers[K] } = {};
  if (ids.eori !== undefined) out.eori = ids.eori;
  if (ids.vat !== undefined) out.vat = ids.vat;
  if (ids.other !== undefined) out.other = ids.other;
  return out;
}

/** Phone and e-mail from the group's COM segments, set on the party in the order they come. */
function addContacts(
  t: SegmentTable,
  from: number,
  to: number,
  party: { phone?: string; email?: string },
): void {
  for (let i = from + 1; i < to; i++) {
    if (t.tag(i) !== 'COM') continue;
    const number = t.value(i, 1, 1);
    if (number === undefined) continue;
    if (t.valueIs(i, 1, 2, 'TE')) party.phone = number;
    else if (t.valueIs(i, 1, 2, 'EM')) party.email = number;
  }
}

/** The party roles by NAD qualifier, compared in place. */
const QUALIFIER_ROLES = codeList(Object.entries(ROLE_OF));

/**
 * A party from its NAD group segs [from, to); undefined (with a note) when it has no name or a
 * role we do not keep.
 */
export function readParty(
  ctx: MessageContext,
  t: SegmentTable,
  from: number,
  to: number,
  sink: Sink,
): Party | undefined {
  const role = codeIn(t, from, 1, 1, QUALIFIER_ROLES);
  const name = t.joined(from, 4) || t.joined(from, 3, ' ');
  if (role === undefined || name === '') {
    if (role === undefined)
      sink.push(
        diagnosticIn(
          ctx,
          t,
          from,
          { element: 1 },
          'nad.role-unknown',
          `Party qualifier "${t.value(from, 1) ?? ''}" is not a role kept in the cargo model.`,
          'info',
          { qualifier: t.value(from, 1) ?? '' },
        ),
      );
    return undefined;
  }
  const address = readAddress(ctx, t, from, sink);
  const identifiers = readIdentifiers(ctx, t, from, to, sink);
  const party: { -readonly [K in keyof Party]: Party[K] } = { role, name };
  if (address !== undefined) party.address = address;
  if (identifiers !== undefined) party.identifiers = identifiers;
  addContacts(t, from, to, party);
  return party;
}
