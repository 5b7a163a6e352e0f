/**
 * Writes a complete interchange: UNA (always), UNB, each message between UNH and a UNT whose
 * segment count is computed, and UNZ with the message count.
 */
import { DEFAULT_DELIMITERS, DEFAULT_DELIMITERS_V4, unaText } from './delimiters.ts';
import type { Delimiters } from './segment.ts';
import { serializeSegment } from './serializer.ts';

export interface InterchangeEnvelope {
  sender: string;
  recipient: string;
  controlReference: string;
  /** ISO 8601 date-time; its written digits are used as they stand (no time-zone shift). */
  preparedAt: string;
  syntax?: 'UNOA' | 'UNOB' | 'UNOC' | 'UNOY';
  senderQualifier?: string;
  recipientQualifier?: string;
  /** Put a line break after each segment terminator (readable; every reader here accepts it). */
  lineBreaks?: boolean;
}

export interface OutboundMessage {
  type: string;
  version: string;
  release: string;
  agency: string;
  associationCode?: string;
  reference: string;
  body: readonly { tag: string; elements: readonly (readonly string[])[] }[];
}

export function writeInterchange(
  env: InterchangeEnvelope,
  messages: readonly OutboundMessage[],
): string {
  const syntax = env.syntax ?? 'UNOC';
  const v4 = syntax === 'UNOY';
  const d: Delimiters = v4 ? DEFAULT_DELIMITERS_V4 : DEFAULT_DELIMITERS;
  const nl = env.lineBreaks ? '\n' : '';
  const parts = [unaText(d), unb(env, syntax, v4, d)];
  // A loop, not push(...spread): one message may hold far more segments than the call stack allows.
  for (const m of messages) for (const segment of messageSegments(m, d)) parts.push(segment);
  parts.push(serializeSegment('UNZ', [[String(messages.length)], [env.controlReference]], d));
  return parts.join(nl) + nl;
}

function unb(env: InterchangeEnvelope, syntax: string, v4: boolean, d: Delimiters): string {
  const party = (id: string, q?: string): string[] => (q === undefined ? [id] : [id, q]);
  return serializeSegment(
    'UNB',
    [
      [syntax, v4 ? '4' : '3'],
      party(env.sender, env.senderQualifier),
      party(env.recipient, env.recipientQualifier),
      preparedAt(env.preparedAt, v4),
      [env.controlReference],
    ],
    d,
  );
}

/** S004: YYMMDD (v3) or CCYYMMDD (v4), and HHMM, from an ISO date-time. */
function preparedAt(iso: string, v4: boolean): string[] {
  const digits = iso.replace(/[^0-9]/g, '');
  const date = digits.slice(0, 8).padEnd(8, '0');
  const time = digits.slice(8, 12).padEnd(4, '0');
  return [v4 ? date : date.slice(2), time];
}

function messageSegments(m: OutboundMessage, d: Delimiters): string[] {
  const id = [m.type, m.version, m.release, m.agency];
  if (m.associationCode !== undefined) id.push(m.associationCode);
  const out = [serializeSegment('UNH', [[m.reference], id], d)];
  for (const s of m.body) out.push(serializeSegment(s.tag, s.elements, d));
  out.push(serializeSegment('UNT', [[String(m.body.length + 2)], [m.reference]], d));
  return out;
}
