/** The EDIFACT syntax layer: reading, writing and checking interchanges, for message mappers and services. */
export type { Delimiters, EdifactMessage, Segment } from './segment.ts';
export { DEFAULT_DELIMITERS, DEFAULT_DELIMITERS_V4, unaText } from './delimiters.ts';
export {
  EDIFACT_DIAGNOSTIC_CODES,
  type EdifactDiagnosticCode,
} from './edifact-diagnostic-codes.ts';
export { parseDecimal } from './parse-decimal.ts';
export { readInterchange, type InterchangeReadResult } from './read-interchange.ts';
export { SegmentTable } from './segment-table.ts';
export { tableOf } from './message-table.ts';
export { streamInterchange, type InterchangeStream } from './stream-interchange.ts';
export { UNT_COUNT_POLICIES, type ReaderOptions, type UntCountPolicy } from './reader-options.ts';
export { SYNTAX_IDENTIFIERS, type SyntaxIdentifier } from './syntax-identifier.ts';
export { serializeSegment } from './serializer.ts';
export {
  writeInterchange,
  type InterchangeEnvelope,
  type OutboundMessage,
} from './interchange-writer.ts';
export type { GroupHeader, InterchangeHeader, ReceivedLog, ReceivedMessage } from './received.ts';
export { toRepertoire } from './to-repertoire.ts';
