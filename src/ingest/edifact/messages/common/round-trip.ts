/**
 * Test support for the message round trips: an interchange written by a writer, read by the
 * syntax layer and mapped, failing loudly on any syntax error.
 */
import { hasErrors } from '../../../../core/diagnostic.ts';
import { mapMessage } from '../../map-message.ts';
import { readInterchange } from '../../syntax/read-interchange.ts';
import type { MapOptions, MappedMessage } from './mapped-message.ts';

export function readAndMap(text: string | Uint8Array, options: MapOptions = {}): MappedMessage[] {
  const read = readInterchange(text);
  if (hasErrors(read.diagnostics))
    throw new Error(`syntax errors: ${JSON.stringify(read.diagnostics)}`);
  return read.messages.map((m) => mapMessage(m, options));
}

export const TEST_ENVELOPE = {
  sender: 'SENDER',
  recipient: 'PORTCULLIS',
  controlReference: 'R1',
  preparedAt: '2024-03-01T10:00:00Z',
  syntax: 'UNOC',
} as const;
