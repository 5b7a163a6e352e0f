/**
 * Scanner capacity of a terminal for one shift: the containers its scanners can take in the
 * shift's hours, from each scanner's containers-per-hour rate.
 */
export interface ScannerCapacity {
  readonly name: string;
  readonly containersPerHour: number;
}

export interface ShiftSpec {
  /** Shift label, e.g. "2026-01-05/early". */
  readonly name: string;
  readonly hours: number;
}

export function shiftCapacity(scanners: readonly ScannerCapacity[], shift: ShiftSpec): number {
  let total = 0;
  for (const s of scanners) total += Math.max(0, s.containersPerHour) * Math.max(0, shift.hours);
  return Math.floor(total);
}
