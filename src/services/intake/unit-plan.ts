/**
 * Decides what happens to one parsed unit before anything is written: the filing function's
 * checks against the stored history (a replace or cancel needs an earlier version; a cancellation
 * naming no bill, the latest version's call: `whole-cancellation.ts`), the sender's
 * all-or-nothing policy, duplicate bills, and the resulting status.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { CargoRecords } from '../../core/cargo/filing.ts';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import type { StoredFiling } from '../../storage/index.ts';
import type { AckStatus } from './acknowledgement.ts';
import { recordCount, type ParsedUnit } from './parsed-submission.ts';
import type { SenderPolicy } from './sender-policy.ts';
import { judgeWholeCancellation, type WholeVersion } from './whole-cancellation.ts';

export interface UnitPlan {
  /** False when no filing version is written (rejected as a whole). */
  readonly write: boolean;
  readonly records: CargoRecords;
  readonly status: AckStatus;
  readonly diagnostics: readonly Diagnostic[];
}

export function planUnit(
  unit: ParsedUnit,
  latest: StoredFiling | undefined,
  policy: SenderPolicy,
  source: string,
  whole?: WholeVersion,
): UnitPlan {
  const extra: Diagnostic[] = [];
  const history = historyCheck(unit, latest, source);
  if (history) return rejected(unit, [history]);
  const cancels = whole && judgeWholeCancellation(unit, whole, source);
  if (cancels?.severity === 'error') return rejected(unit, [cancels]);
  if (cancels) extra.push(cancels);
  if (policy.acceptance === 'all-or-nothing' && unit.rejected.length > 0) {
    extra.push(
      diagnostic(
        'intake.all-or-nothing',
        `${unit.rejected.length} record(s) of ${unit.messageType} ${unit.documentNumber} are invalid; the sender's all-or-nothing policy rejects the whole message.`,
        { source, ...(unit.reference ? { message: unit.reference } : {}) },
        'error',
        { count: unit.rejected.length, type: unit.messageType, document: unit.documentNumber },
      ),
    );
    return rejected(unit, extra);
  }
  if (unit.function === 'original' && latest && latest.function !== 'cancel') {
    extra.push(
      diagnostic(
        'intake.original-repeated',
        `${unit.messageType} ${unit.documentNumber} was already filed (version ${latest.version}); this original is stored as version ${latest.version + 1}.`,
        { source },
        'warning',
        {
          type: unit.messageType,
          document: unit.documentNumber,
          version: latest.version,
          next: latest.version + 1,
        },
      ),
    );
  }
  const records = dedupeBills(unit.records, extra, source);
  const empty = emptyUnit(unit, records, source);
  if (empty) extra.push(empty);
  const diagnostics = [...unit.diagnostics, ...extra];
  const status = statusOf(unit, records, diagnostics);
  return { write: status !== 'rejected', records, status, diagnostics };
}

/**
 * A unit that yields no record (and rejects none) is never accepted: unless a cancellation, it
 * is rejected, with this error when nothing the parser said explains why.
 */
function emptyUnit(unit: ParsedUnit, records: CargoRecords, source: string) {
  if (unit.function === 'cancel' || recordCount(records) > 0 || unit.rejected.length > 0) return;
  if (unit.diagnostics.some((d) => d.severity === 'error')) return;
  return diagnostic(
    'intake.no-records',
    `${unit.messageType} ${unit.documentNumber} holds no consignment, equipment or event to file.`,
    { source, ...(unit.reference ? { message: unit.reference } : {}) },
    'error',
    { type: unit.messageType, document: unit.documentNumber },
  );
}

function historyCheck(unit: ParsedUnit, latest: StoredFiling | undefined, source: string) {
  if (unit.function === 'original' || latest) return undefined;
  const replace = unit.function === 'replace';
  return diagnostic(
    replace ? 'intake.replace-unknown-filing' : 'intake.cancel-unknown-filing',
    `${unit.messageType} ${unit.documentNumber} ${replace ? 'replaces' : 'cancels'} a filing that was never received; send the original first.`,
    { source, ...(unit.reference ? { message: unit.reference } : {}) },
    'error',
    { type: unit.messageType, document: unit.documentNumber },
  );
}

function rejected(unit: ParsedUnit, extra: readonly Diagnostic[]): UnitPlan {
  return {
    write: false,
    records: unit.records,
    status: 'rejected',
    diagnostics: [...unit.diagnostics, ...extra],
  };
}

function statusOf(unit: ParsedUnit, records: CargoRecords, diagnostics: readonly Diagnostic[]) {
  const accepted = recordCount(records);
  if (unit.rejected.length > 0) return accepted > 0 ? 'partially-accepted' : 'rejected';
  // Nothing usable (e.g. JSON that holds no event, a CUSCAR without a consignment): nothing to file.
  if (accepted === 0 && unit.function !== 'cancel') return 'rejected';
  if (diagnostics.some((d) => d.severity === 'error')) return 'accepted-with-warnings';
  return diagnostics.some((d) => d.severity === 'warning') ? 'accepted-with-warnings' : 'accepted';
}

/** A bill filed twice in one message: the last one counts. */
function dedupeBills(records: CargoRecords, out: Diagnostic[], source: string): CargoRecords {
  const byBill = new Map<string, Consignment>();
  for (const c of records.consignments) {
    if (byBill.has(c.billNumber))
      out.push(
        diagnostic(
          'intake.bill-repeated',
          `Bill ${c.billNumber} appears more than once in the message; the last one is kept.`,
          { source, field: 'billNumber' },
          'warning',
          { bill: c.billNumber },
        ),
      );
    byBill.set(c.billNumber, c);
  }
  if (byBill.size === records.consignments.length) return records;
  return { ...records, consignments: [...byBill.values()] };
}
