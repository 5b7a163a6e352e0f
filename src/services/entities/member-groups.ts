/**
 * An entity's records as an analyst reads them: records filed identically (the same name as
 * filed, the same address and country, the same identifiers) are one line with their number,
 * roles and when they were first and last filed, so a forwarder's 382 records read as the few
 * ways it files, not as 382 lines. Lines come most records first, a page at a time.
 */
import { addressLine, normalizeAddress } from '../../intel/normalize/normalize-address.ts';
import { identifierKeys } from '../../intel/resolution/index.ts';
import type { StoredParty } from '../../storage/index.ts';

export interface EntityMemberGroup {
  /** The first record of the line (e.g. to split the entity by). */
  readonly partyId: string;
  readonly name: string;
  /** Street, postcode and city as its first record filed them. */
  readonly address?: string;
  readonly country?: string;
  /** Identifier keys (EORI, VAT, IMO, telephone, e-mail, e-mail domain) the records carry. */
  readonly identifiers: Readonly<Record<string, string>>;
  /** Roles the records were filed in, most often first. */
  readonly roles: readonly string[];
  readonly records: number;
  readonly consignments: number;
  /** When the first and the last of its consignments (latest version of each bill) were filed. */
  readonly firstFiled: Date;
  readonly lastFiled: Date;
}

export interface EntityMemberPage {
  readonly groups: readonly EntityMemberGroup[];
  /** Lines in all, of which `groups` is the page asked for. */
  readonly total: number;
}

export const MEMBER_PAGE = { default: 20, max: 200 } as const;

interface Line {
  readonly first: StoredParty;
  readonly identifiers: Map<string, string>;
  readonly roles: Map<string, number>;
  readonly consignments: Set<string>;
  records: number;
  firstFiled: Date;
  lastFiled: Date;
}

function keyOf(p: StoredParty, identifiers: ReadonlyMap<string, string>): string {
  const a = p.party.address;
  const address = a ? normalizeAddress(a).key : '';
  const ids = [...identifiers].map(([k, v]) => `${k}:${v}`).sort();
  return [p.party.name.trim(), address, a?.country ?? '', ...ids].join('\u0000');
}

function present(line: Line): EntityMemberGroup {
  const a = line.first.party.address;
  const address = addressLine(a);
  return {
    partyId: line.first.id,
    name: line.first.party.name.trim(),
    ...(address !== '' ? { address } : {}),
    ...(a?.country ? { country: a.country } : {}),
    identifiers: Object.fromEntries(line.identifiers),
    roles: [...line.roles].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([r]) => r),
    records: line.records,
    consignments: line.consignments.size,
    firstFiled: line.firstFiled,
    lastFiled: line.lastFiled,
  };
}

/** Every line of identical records, most records first (then by name, then first filed). */
export function groupMembers(parties: readonly StoredParty[]): EntityMemberGroup[] {
  const lines = new Map<string, Line>();
  for (const p of parties) {
    const identifiers = identifierKeys({ ...p.party, ...p.party.identifiers });
    const key = keyOf(p, identifiers);
    const line = lines.get(key);
    if (!line) {
      lines.set(key, {
        first: p,
        identifiers,
        roles: new Map([[p.party.role, 1]]),
        consignments: new Set([p.consignmentId]),
        records: 1,
        firstFiled: p.filedAt,
        lastFiled: p.filedAt,
      });
      continue;
    }
    line.records++;
    line.roles.set(p.party.role, (line.roles.get(p.party.role) ?? 0) + 1);
    line.consignments.add(p.consignmentId);
    if (p.filedAt < line.firstFiled) line.firstFiled = p.filedAt;
    if (p.filedAt > line.lastFiled) line.lastFiled = p.filedAt;
  }
  return [...lines.values()]
    .map(present)
    .sort(
      (x, y) =>
        y.records - x.records ||
        (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) ||
        x.firstFiled.getTime() - y.firstFiled.getTime() ||
        (x.partyId < y.partyId ? -1 : 1),
    );
}

/** One page of the lines: `limit` from `offset` (bounded to MEMBER_PAGE.max). */
export function memberPage(
  parties: readonly StoredParty[],
  offset = 0,
  limit: number = MEMBER_PAGE.default,
): EntityMemberPage {
  const all = groupMembers(parties);
  const from = Math.max(0, offset);
  const size = Math.min(Math.max(1, limit), MEMBER_PAGE.max);
  return { groups: all.slice(from, from + size), total: all.length };
}
