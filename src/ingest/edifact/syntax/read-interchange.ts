/** Reads a whole interchange held in memory: every deliverable message plus all diagnostics. */
import type { Diagnostic } from '../../../core/diagnostic.ts';
import { InterchangeParser } from './interchange-parser.ts';
import type { ReaderOptions } from './reader-options.ts';
import type { ReceivedLog } from './received.ts';
import type { EdifactMessage } from './segment.ts';

export interface InterchangeReadResult {
  readonly messages: EdifactMessage[];
  readonly diagnostics: Diagnostic[];
  /** Every interchange, group and message header received, including messages not delivered. */
  readonly received: ReceivedLog;
}

/** Bytes are decoded per the UNB syntax identifier; a string is taken as already decoded. */
export function readInterchange(
  input: string | Uint8Array,
  options: ReaderOptions = {},
): InterchangeReadResult {
  const messages: EdifactMessage[] = [];
  const parser = new InterchangeParser(options, (m) => messages.push(m));
  if (typeof input === 'string') parser.pushText(input);
  else parser.pushBytes(input);
  const diagnostics = [...parser.end()];
  return { messages, diagnostics, received: parser.received };
}
