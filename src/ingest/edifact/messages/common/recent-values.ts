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
  /** The kept values' character codes, which the table compares in place. */
  private readonly codes: Uint16Array[] = [];
  private next = 0;

  /** The kept value that component (element, component) of segment i reads, if any. */
  find(t: SegmentTable, i: number, element: number, component: number): string | undefined {
    if (this.values.length === 0) return undefined;
    const k = t.oneOfCodes(i, element, component, this.values, this.codes);
    return k < 0 ? undefined : this.values[k];
  }

  add(value: string): void {
    const codes = new Uint16Array(value.length);
    for (let c = 0; c < value.length; c++) codes[c] = value.charCodeAt(c);
    const slot = this.values.length < SIZE ? this.values.length : this.next++ % SIZE;
    this.values[slot] = value;
    this.codes[slot] = codes;
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
