/**
 * The EDIFACT answers to an EDIFACT upload: CONTRL for the syntax (from what the reader received
 * and said) and APERAK for the application (one per message, with every diagnostic the mappers
 * and the intake gave it). Both are addressed back to the interchange's sender.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { writeAperak, writeContrl } from '../../ingest/edifact/acknowledgements/index.ts';
import type { InterchangeEnvelope } from '../../ingest/edifact/index.ts';
import type { EdifactReceipt } from './parsed-submission.ts';

/** A 14-character interchange reference from the acknowledgement id (hex digits only). */
function controlReferenceOf(ackId: string, salt: string): string {
  return `${salt}${ackId.replace(/-/g, '').slice(0, 13)}`.toUpperCase();
}

function syntaxOf(name: string): NonNullable<InterchangeEnvelope['syntax']> {
  return name === 'UNOA' || name === 'UNOB' || name === 'UNOY' ? name : 'UNOC';
}

export function edifactAcknowledgements(
  receipt: EdifactReceipt,
  diagnostics: readonly Diagnostic[],
  ackId: string,
  issuedAt: string,
): { contrl: string; aperak: string } | undefined {
  const subject = receipt.received.interchanges[0];
  if (!subject) return undefined;
  const envelope = (salt: string): InterchangeEnvelope => ({
    sender: subject.recipient,
    recipient: subject.sender,
    controlReference: controlReferenceOf(ackId, salt),
    preparedAt: issuedAt,
    syntax: syntaxOf(subject.syntax),
    lineBreaks: true,
  });
  const contrl = writeContrl({
    envelope: envelope('C'),
    reference: '1',
    subject,
    received: receipt.received,
    diagnostics: receipt.syntaxDiagnostics,
  });
  const subjects = receipt.received.messages
    .filter((m) => m.interchangeRef === subject.ref)
    .map((m) => ({ reference: m.reference, type: m.type, interchangeRef: m.interchangeRef }));
  const aperak = writeAperak(envelope('A'), subjects, diagnostics, { issuedAt });
  return { contrl, aperak };
}
