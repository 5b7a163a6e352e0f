/**
 * Watchlist matches of party names remembered per list set: the same shippers and consignees
 * come back call after call, and a vessel call names many of them on several bills, so a name
 * (with its country) is screened once against a given list set and looked up after that. The
 * memory belongs to the list set object, so loading a list or changing a threshold (which makes
 * a new one) starts afresh; it is emptied when it holds `capacity` names.
 */
export type MatchNames<L, M> = (lists: L, name: string, country: string | undefined) => readonly M[];

export function rememberedMatches<L extends object, M>(
  match: MatchNames<L, M>,
  capacity = 200_000,
): MatchNames<L, M> {
  const memory = new WeakMap<L, Map<string, readonly M[]>>();
  return (lists, name, country) => {
    let known = memory.get(lists);
    if (!known) {
      known = new Map();
      memory.set(lists, known);
    }
    const key = `${country ?? ''}\u0000${name}`;
    let found = known.get(key);
    if (found === undefined) {
      found = match(lists, name, country);
      if (known.size >= capacity) known.clear();
      known.set(key, found);
    }
    return found;
  };
}
