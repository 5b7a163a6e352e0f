/**
 * How the parties' history keys a party: its role and its key (EORI or normalised name). A
 * scoring batch names tens of thousands of parties, mostly again and again: they are told apart
 * by role, then key, without making a joined string for each.
 */
export interface PartyKey {
  readonly role: string;
  readonly key: string;
}

/** The party's id in the maps the history is read into ("role|key"). */
export const partyId = (p: PartyKey): string => `${p.role}|${p.key}`;

/** Each party once, the first occurrence of each kept, in their order. */
export function uniqueParties<P extends PartyKey>(parties: Iterable<P>): P[] {
  const byRole = new Map<string, Set<string>>();
  const out: P[] = [];
  for (const p of parties) {
    let keys = byRole.get(p.role);
    if (!keys) byRole.set(p.role, (keys = new Set()));
    if (keys.has(p.key)) continue;
    keys.add(p.key);
    out.push(p);
  }
  return out;
}

/** Role then key, as party_history's key orders them (code units, as `C` collation). */
export function keyOrder(a: PartyKey, b: PartyKey): number {
  if (a.role !== b.role) return a.role < b.role ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
