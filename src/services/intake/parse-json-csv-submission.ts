/**
 * DCSA Track & Trace and CSV manifest uploads: the whole payload is one unit (one filing
 * version); each rejected event or bill becomes a quarantine candidate with the part of the
 * payload it came from.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { parseCsvManifest } from '../../ingest/csv/index.ts';
import { parseDcsaEvents } from '../../ingest/dcsa/index.ts';
import type { ParsedSubmission, QuarantineCandidate } from './parsed-submission.ts';

export interface TextParseInput {
  readonly text: string;
  readonly source: string;
  /** Document number for the filing key: the Idempotency-Key, file name or content hash. */
  readonly documentNumber: string;
}

export function parseDcsaSubmission(input: TextParseInput): ParsedSubmission {
  const parsed = parseDcsaEvents(input.text, input.source);
  const rejected = parsed.diagnostics
    .filter((d) => d.code === 'dcsa.event-rejected')
    .map((d) => dcsaCandidate(d, input.text, parsed.diagnostics));
  return {
    format: 'dcsa-json',
    diagnostics: [],
    units: [
      {
        messageType: 'DCSA-TNT',
        function: 'original',
        documentNumber: input.documentNumber,
        records: parsed.records,
        rejected,
        diagnostics: parsed.diagnostics,
      },
    ],
  };
}

function dcsaCandidate(d: Diagnostic, text: string, all: readonly Diagnostic[]) {
  const pointer = d.at?.pointer ?? '';
  const own = all.filter((x) => x !== d && x.at?.pointer?.startsWith(pointer) === true);
  const first = own.find((x) => x.severity === 'error');
  const candidate: QuarantineCandidate = {
    kind: 'container-event',
    key: pointer || '/',
    reason: first?.message ?? d.message,
    diagnostics: own,
    ...(d.at ? { position: d.at } : {}),
    payload: valueAt(text, pointer),
  };
  return candidate;
}

/** The JSON value at an RFC 6901 pointer, or undefined. */
function valueAt(text: string, pointer: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

export function parseCsvSubmission(input: TextParseInput): ParsedSubmission {
  const parsed = parseCsvManifest(input.text, input.source);
  const lines = input.text.split(/\r?\n/);
  const rejected = parsed.diagnostics
    .filter((d) => d.code === 'csv.consignment-rejected')
    .map((d) => csvCandidate(d, lines, parsed.diagnostics));
  return {
    format: 'csv',
    diagnostics: [],
    units: [
      {
        messageType: 'CSV-MANIFEST',
        function: 'original',
        documentNumber: input.documentNumber,
        records: parsed.records,
        rejected,
        diagnostics: parsed.diagnostics,
      },
    ],
  };
}

function csvCandidate(d: Diagnostic, lines: readonly string[], all: readonly Diagnostic[]) {
  const bill = /^Bill (.+?) is not mapped/.exec(d.message)?.[1] ?? `record ${d.at?.record ?? '?'}`;
  const errors = all.filter((x) => x.severity === 'error' && x.message.includes(bill));
  const records = new Set(errors.map((x) => x.at?.record).filter((r) => r !== undefined));
  if (d.at?.record !== undefined) records.add(d.at.record);
  const rows = [...records].sort((a, b) => a - b).map((r) => lines[r - 1] ?? '');
  const candidate: QuarantineCandidate = {
    kind: 'consignment',
    key: bill,
    reason: errors[0]?.message ?? d.message,
    diagnostics: errors.length > 0 ? errors : [d],
    ...(d.at ? { position: d.at } : {}),
    payload: { header: lines[0] ?? '', records: [...records], rows },
  };
  return candidate;
}
