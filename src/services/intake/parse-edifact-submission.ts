/**
 * EDIFACT uploads: streams the interchange message by message and maps each message only when
 * the intake asks for the next unit (inside its transaction), so memory holds one message and
 * its records at a time, never the parsed whole. Each rejected record keeps its segments as sent,
 * for the quarantine. The first message is read up front: by then the UNB control reference (for
 * idempotency) is known.
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
  const messages = stream[Symbol.asyncIterator]();
  const first = await messages.next();
  const mapDiagnostics: Diagnostic[] = [];
  const decoder = new TextDecoder('utf-8');
  const slice: Slice = (a, b) => decoder.decode(input.bytes.subarray(a, b));
  const options = { source: input.source, ...(input.lookups ? { lookups: input.lookups } : {}) };
  let consumed = false;
  async function* units(): AsyncGenerator<ParsedUnit> {
    if (consumed) throw new Error('the units of an EDIFACT upload can be read only once');
    consumed = true;
    for (let next = first; !next.done; next = await messages.next()) {
      const mapped = mapMessage(next.value, options);
      if (mapped.type === undefined) mapDiagnostics.push(...mapped.diagnostics);
      else yield unitOf(mapped, next.value, slice);
    }
  }
  const interchange = stream.received.interchanges[0];
  return {
    format: 'edifact',
    units: { [Symbol.asyncIterator]: units },
    // Complete once the units have been read.
    get diagnostics() {
      return [...stream.diagnostics, ...mapDiagnostics];
    },
    ...(interchange ? { interchangeRef: interchange.ref } : {}),
    get edifact() {
      return { received: stream.received, syntaxDiagnostics: [...stream.diagnostics] };
    },
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
    ...(mapped.call === undefined ? {} : { call: mapped.call }),
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
