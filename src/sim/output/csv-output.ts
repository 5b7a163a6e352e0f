/** The simulated day's consignments as one CSV manifest, through the intake's CSV writer. */
import { writeCsvManifest } from '../../ingest/csv/index.ts';
import type { SimDay } from '../sim-day.ts';

export function csvFile(day: SimDay): { path: string; text: string } | undefined {
  const consignments = day.calls.flatMap((c) => c.filings.flatMap((f) => f.consignments));
  return consignments.length === 0
    ? undefined
    : { path: `csv/${day.date}.csv`, text: writeCsvManifest(consignments) };
}
