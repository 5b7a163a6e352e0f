/**
 * Every file of a simulated run, as its senders send them: per call the carrier's CUSCARs,
 * BAPLIE and departure reports, per day the CSV manifest, and the port's six-hourly reports
 * (terminals' CODECO and COARRI, carriers' DCSA events), each holding every day's moves in its
 * hours. `SimFileStream` hands them over day by day for a long run; `simFiles` gives them all at
 * once, in the order they were prepared.
 */
import { csvFile } from './csv-output.ts';
import { departureReports } from './departure-reports.ts';
import { edifactFiles } from './edifact-output.ts';
import { PortReports } from './port-reports.ts';
import type { SimFile } from './sim-file.ts';
import type { SimDay } from '../sim-day.ts';

const DAY_MS = 86_400_000;
/**
 * How far before its day a call's moves at the port can start (export gate-ins: up to about five
 * days before loading); the port's reports older than this are complete once the day is added.
 */
const EARLIEST_MOVE_DAYS = 10;

export class SimFileStream {
  private readonly reports: PortReports;

  constructor(private readonly home: string) {
    this.reports = new PortReports(home);
  }

  /** The day's own files, and the port's reports that no later day can add to. */
  add(day: SimDay): SimFile[] {
    const files = [
      ...edifactFiles(day),
      ...day.calls.flatMap((call) => departureReports(call, this.home)),
    ];
    const csv = csvFile(day);
    if (csv) files.push({ ...csv, preparedAt: `${day.date}T23:59:00Z` });
    this.reports.add(day);
    const nextDay = Date.parse(`${day.date}T00:00:00Z`) + DAY_MS;
    return [...files, ...this.reports.close(nextDay - EARLIEST_MOVE_DAYS * DAY_MS)];
  }

  /** The port's reports still open. */
  finish(): SimFile[] {
    return this.reports.close();
  }
}

/** Every file of the days (in order), sorted by the time it was prepared, then by path. */
export function simFiles(days: readonly SimDay[], home: string): SimFile[] {
  const stream = new SimFileStream(home);
  const files = [...days.flatMap((d) => stream.add(d)), ...stream.finish()];
  return files.sort(
    (a, b) => a.preparedAt.localeCompare(b.preparedAt) || a.path.localeCompare(b.path),
  );
}
