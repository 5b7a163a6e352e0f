/**
 * Items kept under ASCII prefixes (upper case), found by walking a value's code units once: the
 * items of every prefix the value begins with, its letters compared in either case. A code unit
 * from 128 up ends the walk (it meets no ASCII letter, as in `condition-test.ts`). The nodes are
 * rows of one typed array over the prefixes' characters, laid out again after an addition.
 */
export class PrefixTrie<T> {
  private readonly prefixes: { readonly prefix: string; readonly item: T }[] = [];
  private walk: Walk<T> | undefined;

  add(prefix: string, item: T): void {
    this.prefixes.push({ prefix, item });
    this.walk = undefined;
  }

  /** Calls `visit` with the items of each prefix of `value`, shortest first. */
  prefixesOf(value: string, visit: (items: readonly T[]) => void): void {
    const { symbolOf, width, next, items } = (this.walk ??= layOut(this.prefixes));
    let node = 0;
    for (let j = 0; j < value.length; j++) {
      const c = value.charCodeAt(j);
      const symbol = c < 128 ? symbolOf[c]! : -1;
      if (symbol < 0) return;
      node = next[node * width + symbol]!;
      if (node === 0) return;
      const here = items[node]!;
      if (here.length > 0) visit(here);
    }
  }
}

interface Walk<T> {
  /** Column of each ASCII code unit (a lower-case letter's is its capital's), or -1. */
  readonly symbolOf: Int16Array;
  readonly width: number;
  /** Child of a node by column; 0 (the root, nobody's child) for none. */
  readonly next: Int32Array;
  readonly items: readonly (readonly T[])[];
}

function layOut<T>(prefixes: readonly { readonly prefix: string; readonly item: T }[]): Walk<T> {
  const symbolOf = new Int16Array(128).fill(-1);
  let width = 0;
  for (const { prefix } of prefixes)
    for (let j = 0; j < prefix.length; j++) {
      const c = prefix.charCodeAt(j);
      if (symbolOf[c] === -1) {
        symbolOf[c] = width++;
        if (c >= 65 && c <= 90) symbolOf[c + 32] = symbolOf[c]!;
      }
    }
  const children: number[][] = [[]];
  const items: T[][] = [[]];
  for (const { prefix, item } of prefixes) {
    let node = 0;
    for (let j = 0; j < prefix.length; j++) {
      const symbol = symbolOf[prefix.charCodeAt(j)]!;
      let child = children[node]![symbol];
      if (child === undefined) {
        child = children.push([]) - 1;
        items.push([]);
        children[node]![symbol] = child;
      }
      node = child;
    }
    items[node]!.push(item);
  }
  const next = new Int32Array(children.length * width);
  children.forEach((row, node) => row.forEach((child, s) => (next[node * width + s] = child)));
  return { symbolOf, width, next, items };
}
