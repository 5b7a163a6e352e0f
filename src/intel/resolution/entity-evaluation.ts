/**
 * Entity resolution quality against known truth: pairwise precision and recall (of all pairs of
 * records put in one entity, how many are truly one; of all truly-same pairs, how many were found)
 * and B-cubed precision and recall (per record, averaged), which do not let a few large clusters
 * dominate.
 */
export interface ResolutionQuality {
  readonly records: number;
  readonly predictedEntities: number;
  readonly trueEntities: number;
  readonly pairwise: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly bcubed: { readonly precision: number; readonly recall: number; readonly f1: number };
}

const pairs = (n: number): number => (n * (n - 1)) / 2;
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function countBy<K>(keys: Iterable<K>): Map<K, number> {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** `predicted` and `truth` map every record id to its entity label. */
export function evaluateResolution(
  predicted: ReadonlyMap<string, string>,
  truth: ReadonlyMap<string, string>,
): ResolutionQuality {
  const ids = [...truth.keys()].filter((id) => predicted.has(id));
  const pred = (id: string) => predicted.get(id) as string;
  const real = (id: string) => truth.get(id) as string;
  const predSize = countBy(ids.map(pred));
  const realSize = countBy(ids.map(real));
  const both = countBy(ids.map((id) => `${pred(id)}\u0000${real(id)}`));
  let tp = 0;
  for (const n of both.values()) tp += pairs(n);
  let predPairs = 0;
  for (const n of predSize.values()) predPairs += pairs(n);
  let realPairs = 0;
  for (const n of realSize.values()) realPairs += pairs(n);
  let bp = 0;
  let br = 0;
  for (const id of ids) {
    const overlap = both.get(`${pred(id)}\u0000${real(id)}`) as number;
    bp += overlap / (predSize.get(pred(id)) as number);
    br += overlap / (realSize.get(real(id)) as number);
  }
  const p = predPairs === 0 ? 1 : tp / predPairs;
  const r = realPairs === 0 ? 1 : tp / realPairs;
  const n = Math.max(1, ids.length);
  return {
    records: ids.length,
    predictedEntities: predSize.size,
    trueEntities: realSize.size,
    pairwise: { precision: p, recall: r, f1: f1(p, r) },
    bcubed: { precision: bp / n, recall: br / n, f1: f1(bp / n, br / n) },
  };
}
