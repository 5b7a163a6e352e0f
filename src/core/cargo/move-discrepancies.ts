/**
 * What the reports of one container move disagree on. Two senders' reports of the same gate-in
 * or discharge should agree on the seals, full/empty status and vessel; when they do not (a
 * terminal's seal against the carrier's), that is shown, never settled by picking one.
 */
import type { ContainerEvent } from './events.ts';

/** The fields compared between reports of one move. */
export const MOVE_DISCREPANCY_FIELDS = ['seals', 'fullEmpty', 'vessel'] as const;
export type MoveDiscrepancyField = (typeof MOVE_DISCREPANCY_FIELDS)[number];

export interface MoveDiscrepancy {
  readonly field: MoveDiscrepancyField;
  /** Each value given, sorted, with the reports that gave it (a report silent on it is left out). */
  readonly values: readonly { readonly value: string; readonly reportIds: readonly string[] }[];
}

/**
 * The value a report gives for a field, comparable between senders, or undefined when it says
 * nothing about it. Seal numbers are compared upper-cased without spaces, as a set; the vessel by
 * IMO number only (a terminal's visit reference and a carrier's voyage number differ by design).
 */
export function reportedValue(
  event: ContainerEvent,
  field: MoveDiscrepancyField,
): string | undefined {
  switch (field) {
    case 'seals': {
      const numbers = (event.seals ?? []).map((s) => s.number.replace(/\s+/g, '').toUpperCase());
      return numbers.length === 0 ? undefined : [...new Set(numbers)].sort().join(' ');
    }
    case 'fullEmpty':
      return event.fullEmpty;
    case 'vessel':
      return event.transportCall?.vesselImo;
  }
}

/** The fields on which the reports give two or more different values. */
export function discrepanciesOf(
  reports: readonly { readonly id: string; readonly event: ContainerEvent }[],
): MoveDiscrepancy[] {
  const out: MoveDiscrepancy[] = [];
  for (const field of MOVE_DISCREPANCY_FIELDS) {
    const byValue = new Map<string, string[]>();
    for (const r of reports) {
      const value = reportedValue(r.event, field);
      if (value !== undefined) byValue.set(value, [...(byValue.get(value) ?? []), r.id]);
    }
    if (byValue.size < 2) continue;
    const values = [...byValue]
      .map(([value, ids]) => ({ value, reportIds: ids.sort() }))
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    out.push({ field, values });
  }
  return out;
}
