/**
 * A quick test that a name cannot normalise to any of a set of name keys, so that matching many
 * party names against a few hundred lookout names normalises only the few that might match.
 *
 * Why it holds: for a name of printable ASCII, `normalizeName` upper-cases it and every token of
 * its key is a run of consecutive characters of its "skeleton", the upper-cased name with every
 * character other than A–Z, 0–9 and `|` dropped (a word is such a run; initials joined into one
 * token, "S.A.S." → SAS, are too; legal forms, particles and sorting only drop or reorder
 * tokens). So a name whose skeleton lacks one token of a key cannot have that key. The skeleton
 * is searched for all the keys' tokens at once (Aho–Corasick), and a key is checked only when its
 * rarest-looking token is found. Names with other characters are let through, as is everything
 * when a key has a token outside that alphabet.
 */

/** The skeleton's alphabet: A–Z, 0–9, `|`. */
const SYMBOLS = 37;
const symbolOf = new Int8Array(128).fill(-1);
for (let c = 65; c <= 90; c++) symbolOf[c] = symbolOf[c + 32] = c - 65;
for (let c = 48; c <= 57; c++) symbolOf[c] = c - 48 + 26;
symbolOf[124] = 36;

export interface NameKeyFilter {
  /** False only when `normalizeName(name).key` is none of the keys. */
  mayHaveKey(name: string): boolean;
}

export function nameKeyFilter(keys: Iterable<string>): NameKeyFilter {
  const tokenIds = new Map<string, number>();
  const keyTokens: number[][] = [];
  for (const key of new Set(keys)) {
    if (key === '') continue;
    const tokens: number[] = [];
    for (const t of new Set(key.split(' '))) {
      if (!/^[A-Z0-9|]+$/.test(t)) return { mayHaveKey: () => true };
      let id = tokenIds.get(t);
      if (id === undefined) tokenIds.set(t, (id = tokenIds.size));
      tokens.push(id);
    }
    keyTokens.push(tokens);
  }
  const tokenList = [...tokenIds.keys()];
  const witnessFor = witnesses(keyTokens, tokenList);
  const { next, ends } = searchAutomaton(tokenList);
  const hasEnds = Uint8Array.from(ends, (e) => (e.length > 0 ? 1 : 0));
  const seen = new Int32Array(tokenIds.size);
  let round = 0;
  // The keys whose witness the name has, candidates[0..count).
  const candidates = new Int32Array(keyTokens.length);
  let count = 0;
  const mark = (state: number): void => {
    for (const token of ends[state]!) {
      if (seen[token] === round) continue;
      seen[token] = round;
      for (const k of witnessFor[token]!) candidates[count++] = k;
    }
  };
  const anyComplete = (): boolean => {
    for (let i = 0; i < count; i++) {
      let all = true;
      for (const t of keyTokens[candidates[i]!]!) all &&= seen[t] === round;
      if (all) return true;
    }
    return false;
  };
  return {
    mayHaveKey(name) {
      if (keyTokens.length === 0) return false;
      round++;
      count = 0;
      let state = 0;
      for (let j = 0; j < name.length; j++) {
        const c = name.charCodeAt(j);
        if (c < 0x20 || c > 0x7e) return true;
        const symbol = symbolOf[c]!;
        if (symbol < 0) continue;
        state = next[state * SYMBOLS + symbol]!;
        if (hasEnds[state] === 1) mark(state);
      }
      return count > 0 && anyComplete();
    },
  };
}

/**
 * The keys each token is the witness of: a key is looked at only when its witness is found (a
 * token found is otherwise only marked). Of its tokens of four characters or more (seldom in a
 * name by chance), or else of all, the one it shares with the fewest other keys, the longest of
 * those.
 */
function witnesses(
  keyTokens: readonly (readonly number[])[],
  tokens: readonly string[],
): number[][] {
  const sharing = new Int32Array(tokens.length);
  for (const list of keyTokens) for (const t of list) sharing[t]!++;
  const rank = (t: number) =>
    (tokens[t]!.length >= 4 ? 0 : 1e6) + sharing[t]! * 100 - tokens[t]!.length;
  const witnessFor: number[][] = tokens.map(() => []);
  keyTokens.forEach((list, k) => {
    witnessFor[list.reduce((a, b) => (rank(b) < rank(a) ? b : a))]!.push(k);
  });
  return witnessFor;
}

interface SearchAutomaton {
  /** The state after a state and a symbol. */
  readonly next: Int32Array;
  /** The tokens (indexes into the list given) that end where a state is reached. */
  readonly ends: readonly (readonly number[])[];
}

/** Aho–Corasick over the skeleton's alphabet, its failure links folded into `next`. */
function searchAutomaton(tokens: readonly string[]): SearchAutomaton {
  const goto: number[][] = [[]];
  const ends: number[][] = [[]];
  tokens.forEach((t, id) => {
    let s = 0;
    for (const ch of t) {
      const a = symbolOf[ch.charCodeAt(0)]!;
      let n = goto[s]![a];
      if (n === undefined) {
        n = goto.push([]) - 1;
        ends.push([]);
        goto[s]![a] = n;
      }
      s = n;
    }
    ends[s]!.push(id);
  });
  const next = new Int32Array(goto.length * SYMBOLS);
  const fail = new Int32Array(goto.length);
  const queue: number[] = [];
  for (let a = 0; a < SYMBOLS; a++) {
    const n = goto[0]![a];
    if (n !== undefined) {
      next[a] = n;
      queue.push(n);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    ends[s]!.push(...ends[fail[s]!]!);
    for (let a = 0; a < SYMBOLS; a++) {
      const n = goto[s]![a];
      if (n === undefined) next[s * SYMBOLS + a] = next[fail[s]! * SYMBOLS + a]!;
      else {
        fail[n] = next[fail[s]! * SYMBOLS + a]!;
        next[s * SYMBOLS + a] = n;
        queue.push(n);
      }
    }
  }
  return { next, ends };
}
