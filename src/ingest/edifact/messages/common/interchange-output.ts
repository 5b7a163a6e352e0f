/**
 * Handing writer bodies to the syntax layer: one interchange with an envelope and messages of a
 * given type in a supported directory (D95B by default).
 */
import { writeInterchange, type InterchangeEnvelope } from '../../syntax/interchange-writer.ts';
import type { FilingFunction } from '../../../../core/cargo/index.ts';
import type { SupportedDirectory } from './message-header.ts';
import { filingFunctionCode } from './message-header.ts';
import { seg, type SegmentSpec } from './segment-spec.ts';

export interface WriterBase {
  readonly envelope: InterchangeEnvelope;
  readonly directory?: SupportedDirectory;
}

export interface OutgoingMessage {
  readonly reference: string;
  readonly body: readonly SegmentSpec[];
}

export function bgmSegment(
  code: string,
  documentNumber: string,
  fn: FilingFunction = 'original',
): SegmentSpec {
  return seg('BGM', code, documentNumber, filingFunctionCode(fn));
}

export function directoryParts(directory: SupportedDirectory = 'D95B') {
  return { version: directory.slice(0, 1), release: directory.slice(1) };
}

export function writeMessages(
  type: string,
  base: WriterBase,
  messages: readonly OutgoingMessage[],
): string {
  const { version, release } = directoryParts(base.directory);
  return writeInterchange(
    base.envelope,
    messages.map((m) => ({
      type,
      version,
      release,
      agency: 'UN',
      reference: m.reference,
      body: m.body,
    })),
  );
}
