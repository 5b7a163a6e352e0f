/** Weighted choice over a fixed list: cumulative weights built once, a binary search per draw. */
import type { Rng } from './random.ts';

export class WeightedTable<T> {
  readonly items: readonly T[];
  readonly total: number;
  private readonly cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], i) => {
      sum += Math.max(0, weight);
      this.cumulative[i] = sum;
    });
    if (sum <= 0) throw new Error('WeightedTable needs at least one positive weight');
    this.total = sum;
  }

  static of<T>(items: readonly T[], weight: (item: T) => number): WeightedTable<T> {
    return new WeightedTable(items.map((item) => [item, weight(item)] as const));
  }

  /** The probability of drawing the item at `index`. */
  share(index: number): number {
    const upper = this.cumulative[index] ?? 0;
    const lower = index > 0 ? (this.cumulative[index - 1] ?? 0) : 0;
    return (upper - lower) / this.total;
  }

  draw(rng: Rng): T {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}
