/** DCSA Track & Trace 2.2 / 3.0 readers and writers. */
export { parseDcsaEvents, type DcsaParseResult } from './parse-dcsa-events.ts';
export type { DcsaReadOptions } from './event-context.ts';
export { TNT_VERSIONS, detectTntVersion, type TntVersion } from './tnt-version.ts';
export {
  writeDcsaEvents,
  type DcsaEventsToWrite,
  type DcsaWriteOptions,
} from './write-dcsa-events.ts';
