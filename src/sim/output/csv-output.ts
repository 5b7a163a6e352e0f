/**
 * The simulated day's consignments as a CSV manifest, through the intake's CSV writer. Until
 * that writer exists in `src/ingest/csv`, no CSV file is written.
 */
import type { SimDay } from '../sim-day.ts';

export function csvFile(_day: SimDay): { path: string; text: string } | undefined {
  return undefined;
}
