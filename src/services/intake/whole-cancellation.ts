/**
 * A cancellation that names no bill cancels every bill of the filing's latest version. Senders
 * recycle document numbers, so that version may be another vessel call's: a cancellation that
 * names a call (TDT vessel IMO and voyage, LOC port) is refused when that is not the call of every
 * bill it would cancel (vessel, voyage, port of discharge), or when the latest version is itself
 * a cancellation. A field that the cancellation or a bill is silent on does not disagree; one
 * naming no call cancels the latest version's bills, whatever that version is. When it goes
 * through, it says how many bills of which version and call it cancels. Pure: the intake reads
 * the version's bills and writes what this decides.
 */
import {
  CALL_FIELDS,
  callOfBill,
  callText,
  type CallField,
  type CallFields,
  type NamedCall,
} from '../../core/cargo/named-call.ts';
import type { Consignment } from '../../core/cargo/consignment.ts';
import { diagnostic, type Diagnostic, type Position } from '../../core/diagnostic.ts';
import type { StoredFiling } from '../../storage/index.ts';
import type { ParsedUnit } from './parsed-submission.ts';

/** The latest version a cancellation without bills would cancel, with its stored bills. */
export interface WholeVersion {
  readonly version: StoredFiling;
  readonly bills: readonly Consignment[];
}

/** What the acknowledgement says a cancellation without bills cancelled. */
export interface CancelledVersion {
  readonly version: number;
  readonly bills: number;
  /** The calls of those bills, each once, in bill-number order. */
  readonly calls: readonly CallFields[];
}

/** A cancellation naming no bill (none given, none quarantined): it means the whole version. */
export function namesNoBill(unit: ParsedUnit): boolean {
  return (
    unit.function === 'cancel' &&
    unit.records.consignments.length === 0 &&
    !unit.rejected.some((r) => r.kind === 'consignment')
  );
}

export function cancelledVersion(whole: WholeVersion): CancelledVersion {
  return { version: whole.version.version, bills: whole.bills.length, calls: callsOf(whole.bills) };
}

/**
 * The refusal (an error) of a cancellation without bills, or the note (info) saying what it
 * cancels; nothing when it cancels no bill.
 */
export function judgeWholeCancellation(
  unit: ParsedUnit,
  whole: WholeVersion,
  source: string,
): Diagnostic | undefined {
  const written = facts(whole);
  const refusal = unit.call && refusalOf(unit, unit.call, whole, written);
  if (refusal) return refusal;
  if (whole.bills.length === 0) return undefined;
  const { version, bills, filed } = written;
  return diagnostic(
    'intake.cancel-whole-version',
    `${unit.messageType} ${unit.documentNumber} names no bill: it cancels the ${bills} bill${bills === 1 ? '' : 's'} of version ${version}, on ${filed}.`,
    { source, ...(unit.reference ? { message: unit.reference } : {}) },
    'info',
    { type: unit.messageType, document: unit.documentNumber, count: bills, version, filed },
  );
}

function refusalOf(unit: ParsedUnit, named: NamedCall, whole: WholeVersion, written: Facts) {
  const { version, bills, filed } = written;
  const call = callText(named);
  const plural = bills === 1 ? '' : 's';
  const params = { type: unit.messageType, document: unit.documentNumber, version, count: bills };
  const head = `${unit.messageType} ${unit.documentNumber} names no bill and cancels the call ${call}`;
  if (whole.version.function === 'cancel')
    return diagnostic(
      'intake.cancel-already-cancelled',
      `${head}, but its latest version ${version} is already a cancellation (of ${bills} bill${plural} on ${filed}); nothing is cancelled again.`,
      firstSource(named),
      'error',
      { ...params, call, filed },
    );
  const field = firstDisagreement(named, whole.bills);
  if (field === undefined) return undefined;
  const source = named.sources[field];
  const label = source?.label ?? field;
  return diagnostic(
    'intake.cancel-other-call',
    `${head} (${label}), but its latest version ${version} is for ${filed}: its ${bills} bill${plural} stay as filed. Name the bills to cancel, or the call of version ${version}.`,
    source?.at,
    'error',
    { ...params, call, filed, field: label },
  );
}

/** The first field, in TDT then LOC order, on which a bill's call differs from the named call. */
function firstDisagreement(named: NamedCall, bills: readonly Consignment[]): CallField | undefined {
  const calls = bills.map(callOfBill);
  return CALL_FIELDS.find((field) => {
    const wanted = named[field];
    return wanted !== undefined && calls.some((c) => c[field] !== undefined && c[field] !== wanted);
  });
}

function firstSource(named: NamedCall): Position | undefined {
  for (const field of CALL_FIELDS) {
    const source = named.sources[field];
    if (source) return source.at;
  }
  return undefined;
}

/** At most this many calls are written out; the rest are counted. */
const CALLS_WRITTEN = 3;

/** The version, its number of bills and their calls written out ("IMO 9321483, 007W, BEANR"). */
interface Facts {
  readonly version: number;
  readonly bills: number;
  readonly filed: string;
}

function facts(whole: WholeVersion): Facts {
  const calls = callsOf(whole.bills).map(callText);
  const written = calls.slice(0, CALLS_WRITTEN);
  if (calls.length > CALLS_WRITTEN) written.push(`+${calls.length - CALLS_WRITTEN}`);
  return {
    version: whole.version.version,
    bills: whole.bills.length,
    filed: written.length === 0 ? '-' : written.join('; '),
  };
}

function callsOf(bills: readonly Consignment[]): CallFields[] {
  const byText = new Map<string, CallFields>();
  for (const bill of bills) {
    const call = callOfBill(bill);
    const text = callText(call);
    if (!byText.has(text)) byText.set(text, call);
  }
  return [...byText.values()];
}
