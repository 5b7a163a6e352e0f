/**
 * EDIFACT intake and output: the syntax layer (reading and writing interchanges) and the message
 * layer (mapping CUSCAR, BAPLIE, COARRI, CODECO, COPRAR and IFTSTA to cargo records, and writing
 * them for the simulator and tests).
 */
export * from './syntax/index.ts';
export { mapMessage } from './map-message.ts';
export {
  EDIFACT_MESSAGE_TYPES,
  RECORD_KINDS,
  type EdifactMessageType,
  type MapLookups,
  type MapOptions,
  type MappedMessage,
  type RecordKind,
  type RejectedRecord,
} from './messages/common/mapped-message.ts';
export type { MeansOfTransport } from './messages/common/means-of-transport.ts';
export {
  SUPPORTED_DIRECTORIES,
  type SupportedDirectory,
} from './messages/common/message-header.ts';
export { lookupsFrom, type LookupSources } from './messages/common/reference-lookups.ts';
export { messageFromBody } from './messages/common/message-from-body.ts';
export type { SegmentSpec } from './messages/common/segment-spec.ts';
export { buildCuscarBody, writeCuscar, type CuscarInput } from './messages/cuscar/cuscar-writer.ts';
export { buildBaplieBody, writeBaplie, type BaplieInput } from './messages/baplie/baplie-writer.ts';
export {
  buildCoarriMessages,
  writeCoarri,
  type CoarriInput,
} from './messages/coarri/coarri-writer.ts';
export {
  buildCodecoMessages,
  writeCodeco,
  type CodecoInput,
} from './messages/codeco/codeco-writer.ts';
export {
  buildCoprarMessages,
  writeCoprar,
  type CoprarInput,
} from './messages/coprar/coprar-writer.ts';
export { buildIftstaBody, writeIftsta, type IftstaInput } from './messages/iftsta/iftsta-writer.ts';
