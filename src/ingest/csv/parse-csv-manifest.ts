/**
 * CSV manifests → consignments (docs/csv-manifest.md). One row per goods item × container,
 * grouped by bill number. A consignment with any error is left out (the intake quarantines it,
 * see `csv.consignment-rejected`) while the other bills still map. Never throws.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import { emptyCargoRecords, type CargoRecords } from '../../core/cargo/filing.ts';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { ConsignmentDraft } from './consignment-drafts.ts';
import { REQUIRED_COLUMNS, resolveColumn, type CsvColumn } from './csv-columns.ts';
import type { CsvLookups } from './csv-parties.ts';
import { CsvRowReader, type CsvHeaderMap } from './csv-row-reader.ts';
import {
  readBillValues,
  readContainerNumber,
  readEquipmentValues,
  readGoodsValues,
} from './csv-row-values.ts';
import { readCsvTable, type CsvRow } from './csv-table.ts';

export interface CsvParseResult {
  readonly records: CargoRecords;
  readonly diagnostics: readonly Diagnostic[];
}

function headerMap(
  header: readonly string[],
  diagnostics: Diagnostic[],
  source?: string,
): CsvHeaderMap {
  const index = new Map<CsvColumn, number>();
  const written = new Map<CsvColumn, string>();
  const at = (field: string) => ({
    ...(source === undefined ? {} : { source }),
    record: 1,
    line: 1,
    field,
  });
  header.forEach((h, i) => {
    const c = resolveColumn(h);
    if (c === undefined)
      diagnostics.push(
        diagnostic(
          'csv.unknown-column',
          `Column "${h}" is not a manifest column and is ignored.`,
          at(h),
          'warning',
          { column: h },
        ),
      );
    else if (index.has(c))
      diagnostics.push(
        diagnostic(
          'csv.duplicate-column',
          `Column "${h}" repeats ${c}; the first one is used.`,
          at(h),
          'warning',
          { column: h, repeats: c },
        ),
      );
    else {
      index.set(c, i);
      written.set(c, h.trim());
    }
  });
  for (const c of REQUIRED_COLUMNS) {
    if (!index.has(c))
      diagnostics.push(
        diagnostic(
          'csv.missing-column',
          `Required column ${c} is missing from the header.`,
          at(c),
          'error',
          { column: c },
        ),
      );
  }
  return { index, written };
}

function addRow(drafts: Map<string, ConsignmentDraft>, r: CsvRowReader, lookups: CsvLookups): void {
  const before = r.diagnostics.length;
  const billNumber = r.text('bill_number', true);
  if (billNumber === undefined) return;
  let draft = drafts.get(billNumber);
  if (draft) draft.checkSameBill(r);
  else {
    draft = new ConsignmentDraft(r.row.record, readBillValues(r, billNumber, lookups), r);
    drafts.set(billNumber, draft);
  }
  const itemNumber = r.number('item_number', { integer: true });
  const container = readContainerNumber(r);
  const item = readGoodsValues(r, itemNumber ?? draft.goods.size + 1, lookups);
  if (item)
    draft.addGoods(
      itemNumber === undefined ? `record ${r.row.record}` : `item ${itemNumber}`,
      item,
      container,
    );
  if (container) draft.addEquipment(r, readEquipmentValues(r, container));
  if (r.diagnostics.slice(before).some((d) => d.severity === 'error')) draft.rejected = true;
}

function finish(
  drafts: Map<string, ConsignmentDraft>,
  diagnostics: Diagnostic[],
  source?: string,
): Consignment[] {
  const out: Consignment[] = [];
  for (const d of drafts.values()) {
    const c = d.rejected ? undefined : d.toConsignment();
    if (c) out.push(c);
    else {
      const at = { ...(source === undefined ? {} : { source }), record: d.firstRecord };
      diagnostics.push(
        diagnostic(
          'csv.consignment-rejected',
          `Bill ${d.bill.billNumber} is not mapped because of errors in its rows.`,
          at,
          'info',
          { bill: d.bill.billNumber },
        ),
      );
    }
  }
  return out;
}

export function parseCsvManifest(
  text: string,
  source?: string,
  lookups: CsvLookups = {},
): CsvParseResult {
  const table = readCsvTable(text, source);
  const diagnostics: Diagnostic[] = [...table.diagnostics];
  const header = headerMap(table.header, diagnostics, source);
  if (table.rows.length === 0) {
    diagnostics.push(
      diagnostic(
        'csv.no-rows',
        'The manifest has no data rows.',
        source === undefined ? undefined : { source },
        'warning',
      ),
    );
  }
  const drafts = new Map<string, ConsignmentDraft>();
  if (!diagnostics.some((d) => d.code === 'csv.missing-column')) {
    for (const row of table.rows as CsvRow[])
      addRow(drafts, new CsvRowReader(row, header, diagnostics, source), lookups);
  }
  const consignments = finish(drafts, diagnostics, source);
  return { records: { ...emptyCargoRecords(), consignments }, diagnostics };
}
