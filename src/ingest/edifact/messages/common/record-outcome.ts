/**
 * Per-record outcomes: a record whose own segments gave an error is set aside as rejected (with
 * its diagnostics and segment range) so the intake can quarantine it while the others go through.
 */
import { hasErrors, type Diagnostic } from '../../../../core/diagnostic.ts';
import type { RecordKind, RejectedRecord } from './mapped-message.ts';

/** The diagnostics of a record that has none (shared, so a clean record allocates no list). */
export const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

export interface Outcome<T> {
  readonly records: T[];
  readonly rejected: RejectedRecord[];
  readonly diagnostics: Diagnostic[];
}

export function emptyOutcome<T>(): Outcome<T> {
  return { records: [], rejected: [], diagnostics: [] };
}

/** Adds a record, or its rejection when it has no value or its diagnostics include an error. */
export function settle<T>(
  outcome: Outcome<T>,
  record: {
    readonly kind: RecordKind;
    readonly key: string;
    readonly range: { readonly from: number; readonly to: number };
    readonly value: T | undefined;
    readonly diagnostics: readonly Diagnostic[];
  },
): void {
  // Nearly every record has no diagnostic: no spread call and no search for it.
  const clean = record.diagnostics.length === 0;
  if (!clean) outcome.diagnostics.push(...record.diagnostics);
  if (record.value !== undefined && (clean || !hasErrors(record.diagnostics))) {
    outcome.records.push(record.value);
    return;
  }
  outcome.rejected.push({
    kind: record.kind,
    key: record.key,
    diagnostics: record.diagnostics,
    segmentRange: { from: record.range.from, to: record.range.to },
  });
}
