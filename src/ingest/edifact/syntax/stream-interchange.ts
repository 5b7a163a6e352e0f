/**
 * Streams an interchange from chunks of bytes (a file or an upload body), yielding one message at
 * a time: memory holds the current message and the undecoded tail, never the whole input.
 */
import type { Diagnostic } from '../../../core/diagnostic.ts';
import { InterchangeParser } from './interchange-parser.ts';
import type { ReaderOptions } from './reader-options.ts';
import type { ReceivedLog } from './received.ts';
import type { EdifactMessage } from './segment.ts';

export interface InterchangeStream extends AsyncIterable<EdifactMessage> {
  /** Diagnostics so far; complete once iteration has finished. */
  readonly diagnostics: readonly Diagnostic[];
  /** Headers received so far (complete once iteration has finished). */
  readonly received: ReceivedLog;
}

export function streamInterchange(
  chunks: AsyncIterable<Uint8Array>,
  options: ReaderOptions = {},
): InterchangeStream {
  const ready: EdifactMessage[] = [];
  const parser = new InterchangeParser(options, (m) => ready.push(m));
  async function* messages(): AsyncGenerator<EdifactMessage> {
    for await (const chunk of chunks) {
      parser.pushBytes(chunk);
      yield* drain(ready);
    }
    parser.end();
    yield* drain(ready);
  }
  return {
    [Symbol.asyncIterator]: () => messages(),
    get diagnostics() {
      return parser.diagnostics;
    },
    get received() {
      return parser.received;
    },
  };
}

function* drain(ready: EdifactMessage[]): Generator<EdifactMessage> {
  for (let i = 0; i < ready.length; i++) yield ready[i] as EdifactMessage;
  ready.length = 0;
}
