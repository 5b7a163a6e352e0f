/**
 * CONTRL, the syntax and service report (ISO 9735-4; message CONTRL:D:3:UN for syntax version 3,
 * CONTRL:4:1:UN for version 4): accepts or rejects the subject interchange (UCI), its groups
 * (UCF) and messages (UCM), and points at each segment (UCS) and data element (UCD) in error,
 * with the 0085 syntax error codes, from the reader's diagnostics.
 */
import type { Diagnostic } from '../../../core/diagnostic.ts';
import {
  writeInterchange,
  type InterchangeEnvelope,
  type InterchangeHeader,
  type OutboundMessage,
  type ReceivedLog,
  type ReceivedMessage,
} from '../syntax/index.ts';
import { contrlScope, type ContrlScope, type SyntaxError } from './contrl-scope.ts';
import { syntaxErrorCode } from './syntax-error-code.ts';

/** 0083 action codes. */
export const CONTRL_ACTIONS = { rejected: '4', acknowledged: '7', received: '8' } as const;

type Body = OutboundMessage['body'][number];

export interface ContrlInput {
  /** The envelope of the CONTRL interchange itself (we are its sender). */
  readonly envelope: InterchangeEnvelope;
  /** UNH 0062 of the CONTRL message. */
  readonly reference: string;
  /** The interchange being reported on, and what the reader received and said about it. */
  readonly subject: InterchangeHeader;
  readonly received: ReceivedLog;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Also list accepted messages (default true) when their interchange and group are accepted;
   * rejected messages are always listed.
   */
  readonly listAccepted?: boolean;
  /** Default: the subject's syntax version ('4' gives CONTRL 4:1, anything else D:3). */
  readonly syntaxVersion?: '3' | '4';
}

export function writeContrl(input: ContrlInput): string {
  return writeInterchange(input.envelope, [contrlMessage(input)]);
}

export function contrlMessage(input: ContrlInput): OutboundMessage {
  const v4 = (input.syntaxVersion ?? input.subject.syntaxVersion) === '4';
  const scope = contrlScope(input.subject, input.received, input.diagnostics);
  const messages = input.received.messages.filter((m) => m.interchangeRef === input.subject.ref);
  const body: Body[] = [uci(input.subject, scope.interchange)];
  // Action 4 at a level rejects everything below it: then only messages with their own errors
  // are listed (an accepted UCM under a rejected UCI or UCF would contradict it).
  const listAccepted = input.listAccepted !== false && scope.interchange.length === 0;
  for (const m of messages.filter((x) => x.groupRef === undefined))
    body.push(...messageResponse(m, scope, listAccepted));
  for (const [group, errors] of groupsOf(input, scope)) {
    body.push(ucf(group, errors));
    for (const m of messages.filter((x) => x.groupRef === group.ref))
      body.push(...messageResponse(m, scope, listAccepted && errors.length === 0));
  }
  return {
    type: 'CONTRL',
    version: v4 ? '4' : 'D',
    release: v4 ? '1' : '3',
    agency: 'UN',
    reference: input.reference,
    body,
  };
}

function groupsOf(input: ContrlInput, scope: ContrlScope) {
  const groups = input.received.groups.filter((g) => g.interchangeRef === input.subject.ref);
  return groups.map((g) => [g, scope.groups.get(g) ?? []] as const);
}

function uci(subject: InterchangeHeader, errors: readonly SyntaxError[]): Body {
  const party = (id: string, q?: string) => (q === undefined ? [id] : [id, q]);
  const elements = [
    [subject.ref],
    party(subject.sender, subject.senderQualifier),
    party(subject.recipient, subject.recipientQualifier),
    [action(errors.length > 0)],
    ...errorPointer(errors[0]),
  ];
  return { tag: 'UCI', elements };
}

function ucf(
  group: { ref: string; sender: string; recipient: string },
  errors: readonly SyntaxError[],
): Body {
  const elements = [
    [group.ref],
    [group.sender],
    [group.recipient],
    [action(errors.length > 0)],
    ...errorPointer(errors[0]),
  ];
  return { tag: 'UCF', elements };
}

function messageResponse(m: ReceivedMessage, scope: ContrlScope, listAccepted: boolean): Body[] {
  const envelopeErrors = scope.messageEnvelope.get(m.reference) ?? [];
  const bodyErrors = scope.messageBody.get(m.reference) ?? [];
  const rejected = !m.delivered || envelopeErrors.length > 0 || bodyErrors.length > 0;
  if (!rejected && !listAccepted) return [];
  const id = [m.type, m.version, m.release, m.agency];
  if (m.associationCode !== undefined) id.push(m.associationCode);
  const ucm: Body = {
    tag: 'UCM',
    elements: [[m.reference], id, [action(rejected)], ...errorPointer(envelopeErrors[0])],
  };
  return [ucm, ...segmentErrors(bodyErrors)];
}

/** UCS per segment in error (in segment order), each followed by a UCD per element in error. */
function segmentErrors(errors: readonly SyntaxError[]): Body[] {
  const bySegment = new Map<number, SyntaxError[]>();
  for (const e of errors) {
    const n = e.diagnostic.at?.segment ?? 0;
    bySegment.set(n, [...(bySegment.get(n) ?? []), e]);
  }
  const out: Body[] = [];
  for (const [segment, list] of [...bySegment].sort((a, b) => a[0] - b[0])) {
    const whole = list.find((e) => e.diagnostic.at?.element === undefined);
    out.push({
      tag: 'UCS',
      elements: whole ? [[String(segment)], [syntaxErrorCode(whole.code)]] : [[String(segment)]],
    });
    for (const e of list.filter((x) => x.diagnostic.at?.element !== undefined)) {
      out.push({ tag: 'UCD', elements: [[syntaxErrorCode(e.code)], dataElementPosition(e)] });
    }
  }
  return out;
}

/** 0085, 0135 (service segment tag) and S011 for the first error at a level, trailing empties left out. */
function errorPointer(e: SyntaxError | undefined): string[][] {
  if (!e) return [];
  const at = e.diagnostic.at;
  const tag = at?.tag !== undefined && at.tag.startsWith('UN') ? at.tag : undefined;
  if (at?.element === undefined)
    return tag === undefined ? [[syntaxErrorCode(e.code)]] : [[syntaxErrorCode(e.code)], [tag]];
  return [[syntaxErrorCode(e.code)], [tag ?? ''], dataElementPosition(e)];
}

/** S011: 0098 counts the segment tag as position 1, so element n after the tag is n + 1. */
function dataElementPosition(e: SyntaxError): string[] {
  const at = e.diagnostic.at;
  const position = [String((at?.element ?? 0) + 1)];
  if (at?.component !== undefined) position.push(String(at.component));
  return position;
}

function action(rejected: boolean): string {
  return rejected ? CONTRL_ACTIONS.rejected : CONTRL_ACTIONS.acknowledged;
}
