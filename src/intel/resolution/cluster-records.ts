/**
 * Clustering: analysts' `same` decisions first, then candidate links strongest first, each joining
 * two clusters unless an analyst said they are different or their exclusive identifiers (EORI,
 * VAT, IMO) disagree — so one shared telephone cannot chain two registered companies together.
 */
import { EXCLUSIVE_KINDS } from './identifier-keys.ts';
import type { PreparedRecord } from './party-record.ts';
import type { ResolutionDecision } from './resolution-decision.ts';

export interface Link {
  readonly i: number;
  readonly j: number;
  readonly score: number;
}

export class Clusters {
  private readonly parent: Int32Array;
  /** Per root: exclusive identifier values of its members, as "kind:value". */
  private readonly exclusive: Array<Set<string> | undefined>;
  /** Per root: records an analyst said are different from some member. */
  private readonly apart: Array<number[] | undefined>;

  constructor(records: readonly PreparedRecord[]) {
    this.parent = Int32Array.from(records, (_, i) => i);
    this.exclusive = records.map((r) => {
      const keys = [...r.identifiers]
        .filter(([kind]) => EXCLUSIVE_KINDS.has(kind))
        .map(([kind, v]) => `${kind}:${v}`);
      return keys.length > 0 ? new Set(keys) : undefined;
    });
    this.apart = records.map(() => undefined);
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  keepApart(i: number, j: number): void {
    for (const [x, y] of [
      [i, j],
      [j, i],
    ] as const) {
      const root = this.find(x);
      (this.apart[root] ??= []).push(y);
    }
  }

  /** Joins the clusters of i and j unless forbidden; `force` ignores identifier conflicts. */
  join(i: number, j: number, force = false): boolean {
    const a = this.find(i);
    const b = this.find(j);
    if (a === b) return true;
    if (this.forbidden(a, b) || (!force && this.conflicting(a, b))) return false;
    this.parent[b] = a;
    this.apart[a] = [...(this.apart[a] ?? []), ...(this.apart[b] ?? [])];
    const ea = this.exclusive[a];
    const eb = this.exclusive[b];
    this.exclusive[a] = ea && eb ? new Set([...ea, ...eb]) : (ea ?? eb);
    return true;
  }

  private forbidden(a: number, b: number): boolean {
    return (
      (this.apart[a] ?? []).some((x) => this.find(x) === b) ||
      (this.apart[b] ?? []).some((x) => this.find(x) === a)
    );
  }

  /** Both clusters carry an exclusive identifier of one kind and none of those values agree. */
  private conflicting(a: number, b: number): boolean {
    const ea = this.exclusive[a];
    const eb = this.exclusive[b];
    if (!ea || !eb) return false;
    const kinds = (s: Set<string>) => new Set([...s].map((k) => k.slice(0, k.indexOf(':'))));
    const kb = kinds(eb);
    for (const kind of kinds(ea)) {
      if (!kb.has(kind)) continue;
      const shared = [...ea].some((v) => v.startsWith(`${kind}:`) && eb.has(v));
      if (!shared) return true;
    }
    return false;
  }
}

/**
 * Analysts' decisions in the order they were made; a later `same` between two groups overrides an
 * earlier `different` between them (an entity split and later merged back is one entity).
 */
export function applyDecisions(
  clusters: Clusters,
  decisions: readonly ResolutionDecision[],
  index: ReadonlyMap<string, number>,
): void {
  const known = decisions.flatMap((d) => {
    const a = index.get(d.a);
    const b = index.get(d.b);
    return a === undefined || b === undefined ? [] : [{ kind: d.kind, a, b }];
  });
  const later = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (later.has(r) && later.get(r) !== r) r = later.get(r) as number;
    return r;
  };
  const kept: Array<{ a: number; b: number }> = [];
  for (let i = known.length - 1; i >= 0; i--) {
    const d = known[i] as { kind: string; a: number; b: number };
    if (d.kind === 'same') later.set(find(d.a), find(d.b));
    else if (find(d.a) !== find(d.b)) kept.push(d);
  }
  for (const d of kept) clusters.keepApart(d.a, d.b);
  for (const d of known) if (d.kind === 'same') clusters.join(d.a, d.b, true);
}
