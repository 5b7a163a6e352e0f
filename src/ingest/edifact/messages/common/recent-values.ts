/**
 * The last few distinct values read for one kind of field (UN/LOCODEs, HS codes, size types…),
 * compared with the text in place: a value seen before is returned without slicing a new
 * string, and a code checked before is not parsed again. Only values that read exactly as they
 * were written (no normalising, no diagnostic) are kept, so a hit gives what a parse would.
 */
import type { SegmentTable } from '../../syntax/segment-table.ts';

const SIZE = 8;

export class RecentValues {
  private readonly values: string[] = [];
  private next = 0;

  /** The kept value that component (element, component) of segment i reads, if any. */
  find(t: SegmentTable, i: number, element: number, component: number): string | undefined {
    const k = this.values.length === 0 ? -1 : t.oneOf(i, element, component, this.values);
    return k < 0 ? undefined : this.values[k];
  }

  add(value: string): void {
    if (this.values.length < SIZE) this.values.push(value);
    else this.values[this.next++ % SIZE] = value;
  }

  /** The component's text: a kept value when it is one, else a new slice that is then kept. */
  read(t: SegmentTable, i: number, element: number, component = 1): string | undefined {
    const hit = this.find(t, i, element, component);
    if (hit !== undefined) return hit;
    const v = t.value(i, element, component);
    if (v !== undefined) this.add(v);
    return v;
  }
}

/** One set of recent values per message and field kind. */
export interface RecentFields {
  readonly locode: RecentValues;
  readonly hs: RecentValues;
  readonly country: RecentValues;
  /** Short coded texts: size types, package kinds, currencies. */
  readonly text: RecentValues;
  /** Goods descriptions, which often repeat from one item to the next. */
  readonly description: RecentValues;
}

export function recentFields(): RecentFields {
  return {
    locode: new RecentValues(),
    hs: new RecentValues(),
    country: new RecentValues(),
    text: new RecentValues(),
    description: new RecentValues(),
  };
}
