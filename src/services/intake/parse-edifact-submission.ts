/**
 * EDIFACT uploads: streams the interchange message by message (memory holds one message at a
 * time, not the parsed whole), maps each to cargo records, and keeps each rejected record's
 * segments as sent, for the quarantine.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import {
  mapMessage,
  streamInterchange,
  type EdifactMessage,
  type MapLookups,
  type MappedMessage,
  type RejectedRecord,
} from '../../ingest/edifact/index.ts';
import type { SenderPolicy } from './sender-policy.ts';
import type { ParsedSubmission, ParsedUnit, QuarantineCandidate } from './parsed-submission.ts';

export interface EdifactParseInput {
  readonly bytes: Uint8Array;
  readonly source: string;
  readonly policy: SenderPolicy;
  readonly lookups?: MapLookups;
}

/** The held bytes as the stream reader takes them, 1 MiB at a time. */
async function* chunksOf(bytes: Uint8Array, size = 1 << 20): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) {
    await Promise.resolve();
    yield bytes.subarray(at, at + size);
  }
}

export async function parseEdifactSubmission(input: EdifactParseInput): Promise<ParsedSubmission> {
  const stream = streamInterchange(chunksOf(input.bytes), {
    source: input.source,
    untCountPolicy: input.policy.untCount,
  });
  const units: ParsedUnit[] = [];
  const mapDiagnostics: Diagnostic[] = [];
  const decoder = new TextDecoder('utf-8');
  for await (const message of stream) {
    const options = { source: input.source, ...(input.lookups ? { lookups: input.lookups } : {}) };
    const mapped = mapMessage(message, options);
    if (mapped.type === undefined) mapDiagnostics.push(...mapped.diagnostics);
    else units.push(unitOf(mapped, message, (a, b) => decoder.decode(input.bytes.subarray(a, b))));
  }
  const received = stream.received;
  return {
    format: 'edifact',
    units,
    diagnostics: [...stream.diagnostics, ...mapDiagnostics],
    ...(received.interchanges[0] ? { interchangeRef: received.interchanges[0].ref } : {}),
    edifact: { received, syntaxDiagnostics: [...stream.diagnostics] },
  };
}

type Slice = (from: number, to: number) => string;

function unitOf(mapped: MappedMessage, message: EdifactMessage, slice: Slice): ParsedUnit {
  return {
    messageType: mapped.type ?? 'CUSCAR',
    function: mapped.function,
    documentNumber: mapped.documentNumber || mapped.reference,
    reference: mapped.reference,
    records: mapped.records,
    rejected: mapped.rejected.map((r) => candidateOf(r, message, slice)),
    diagnostics: mapped.diagnostics,
  };
}

function candidateOf(r: RejectedRecord, m: EdifactMessage, slice: Slice): QuarantineCandidate {
  const first = m.segments[r.segmentRange.from - 1];
  const after = m.segments[r.segmentRange.to];
  const text = first && after ? slice(first.offset, after.offset) : '';
  const firstError = r.diagnostics.find((d) => d.severity === 'error') ?? r.diagnostics[0];
  return {
    kind: r.kind,
    key: r.key,
    reason: firstError?.message ?? 'Rejected by validation.',
    diagnostics: r.diagnostics,
    ...(firstError?.at ? { position: firstError.at } : {}),
    payload: {
      messageReference: m.reference,
      segments: r.segmentRange,
      text,
    },
  };
}
