/**
 * Importing a node's history at go-live: past bills, as CSV manifests with the date each was
 * filed and what its examination found, counted into the party and route history scoring reads
 * (first seen, shipments, shipments per HS chapter, hits and seizures), as if the node had
 * scored them when they were filed. Without it a new node takes every party for a first
 * shipment for weeks (docs/targeting.md, "Party history").
 *
 * A bill counts once, here as in scoring: a bill already in the history (imported before, or
 * scored) is skipped and reported, so importing a file twice changes nothing. A bill with an
 * error in its rows, a filing date that is not one or lies in the future, or an unknown outcome
 * is left out with its diagnostic; the file's other bills are imported.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { parseCsvManifest } from '../../ingest/csv/index.ts';
import {
  isHistoryHeader,
  readHistoryColumns,
  type BillHistoryValues,
} from '../../ingest/csv/csv-history-columns.ts';
import { knownBills, recordOutcomeHistory, recordShipments, type Db } from '../../storage/index.ts';
import { shipmentOf } from './history-keys.ts';

export interface HistoryFile {
  /** Name shown in diagnostics (the file's path). */
  readonly name: string;
  readonly text: string;
}

export interface HistoryImportReport {
  readonly file: string;
  /** Bills mapped from the file with valid history values. */
  readonly bills: number;
  /** Bills counted into the history now. */
  readonly imported: number;
  /** Bills already counted (an earlier import, or scored by this node). */
  readonly alreadyCounted: number;
  /** Bills left out for errors (see the diagnostics). */
  readonly rejected: number;
  readonly seizures: number;
  readonly hits: number;
  /** Earliest and latest filing date imported. */
  readonly from?: string;
  readonly to?: string;
  readonly diagnostics: readonly Diagnostic[];
}

interface DatedBill {
  readonly consignment: Consignment;
  readonly values: BillHistoryValues;
}

/** Reads one file's bills with their dates and outcomes; bills in error are counted as rejected. */
function readHistoryFile(file: HistoryFile, now: Date) {
  const parsed = parseCsvManifest(file.text, file.name);
  const history = readHistoryColumns(file.text, file.name);
  const diagnostics: Diagnostic[] = [
    // The manifest parser does not know the history columns; they are read here.
    ...parsed.diagnostics.filter(
      (d) => !(d.code === 'csv.unknown-column' && isHistoryHeader(String(d.params?.['column']))),
    ),
    ...history.diagnostics,
  ];
  const dated: DatedBill[] = [];
  // Bills the manifest parser left out for errors in their rows, then those refused here.
  let rejected = parsed.diagnostics.filter((d) => d.code === 'csv.consignment-rejected').length;
  for (const consignment of parsed.records.consignments) {
    const values = history.bills.get(consignment.billNumber);
    if (!values) {
      // Its history values were refused (the diagnostic is in) or the file has no filed_at.
      rejected++;
      continue;
    }
    if (Date.parse(values.filedAt) > now.getTime()) {
      rejected++;
      diagnostics.push(
        diagnostic(
          'history.filed-at-future',
          `Bill ${consignment.billNumber}: filed ${values.filedAt}, after now (${now.toISOString()}); history is past cargo only.`,
          { source: file.name, record: values.record, field: 'filed_at' },
          'error',
          { bill: consignment.billNumber, value: values.filedAt },
        ),
      );
      continue;
    }
    dated.push({ consignment, values });
  }
  return { dated, diagnostics, rejected };
}

/**
 * Counts the file's bills into the agency's history, oldest first (a party's first sighting is
 * the date of its earliest bill), then adds their hits and seizures.
 */
export async function importHistoryFile(
  tx: Db,
  agencyId: string,
  file: HistoryFile,
  now: Date,
): Promise<HistoryImportReport> {
  const { dated, diagnostics, rejected } = readHistoryFile(file, now);
  const counted = await knownBills(
    tx,
    agencyId,
    dated.map((d) => d.consignment.billNumber),
  );
  const fresh = dated
    .filter((d) => !counted.has(d.consignment.billNumber))
    .sort((a, b) => a.values.filedAt.localeCompare(b.values.filedAt));
  let imported = 0;
  for (let i = 0; i < fresh.length;) {
    // Bills of one filing time are counted together, as a scoring batch would count them.
    const at = fresh[i]!.values.filedAt;
    let j = i;
    while (j < fresh.length && fresh[j]!.values.filedAt === at) j++;
    const shipments = fresh.slice(i, j).map((d) => shipmentOf(d.consignment));
    imported += await recordShipments(tx, agencyId, shipments, new Date(at));
    i = j;
  }
  let seizures = 0;
  let hits = 0;
  for (const d of fresh) {
    const { outcome, filedAt } = d.values;
    if (outcome === 'none') continue;
    const seizure = outcome === 'seizure';
    await recordOutcomeHistory(
      tx,
      agencyId,
      shipmentOf(d.consignment),
      // A seizure is a hit: the examination found what it looked for.
      { hit: true, seizure },
      new Date(filedAt),
    );
    if (seizure) seizures++;
    else hits++;
  }
  return {
    file: file.name,
    bills: dated.length,
    imported,
    alreadyCounted: dated.length - fresh.length,
    rejected,
    seizures,
    hits,
    ...(fresh.length > 0
      ? { from: fresh[0]!.values.filedAt, to: fresh[fresh.length - 1]!.values.filedAt }
      : {}),
    diagnostics,
  };
}
