/**
 * Sorts a read's diagnostics into the CONTRL reporting levels of one subject interchange:
 * interchange (UCI), group (UCF), message envelope (UCM), segment and element (UCS/UCD).
 * Only errors of the syntax layer count; warnings and application diagnostics belong elsewhere.
 */
import type { Diagnostic } from '../../../core/diagnostic.ts';
import {
  EDIFACT_DIAGNOSTIC_CODES,
  type EdifactDiagnosticCode,
  type GroupHeader,
  type InterchangeHeader,
  type ReceivedLog,
} from '../syntax/index.ts';
import { isGroupLevel, isMessageEnvelopeLevel } from './syntax-error-code.ts';

export interface SyntaxError {
  readonly code: EdifactDiagnosticCode;
  readonly diagnostic: Diagnostic;
}

export interface ContrlScope {
  readonly interchange: SyntaxError[];
  readonly groups: Map<GroupHeader, SyntaxError[]>;
  /** By message reference: envelope errors (UCM) and body errors (UCS/UCD). */
  readonly messageEnvelope: Map<string, SyntaxError[]>;
  readonly messageBody: Map<string, SyntaxError[]>;
}

export function contrlScope(
  subject: InterchangeHeader,
  received: ReceivedLog,
  diagnostics: readonly Diagnostic[],
): ContrlScope {
  const scope: ContrlScope = {
    interchange: [],
    groups: new Map(),
    messageEnvelope: new Map(),
    messageBody: new Map(),
  };
  const span = interchangeSpan(subject, received);
  const groups = received.groups.filter((g) => g.interchangeRef === subject.ref);
  for (const d of diagnostics) {
    const code = edifactCode(d);
    if (code === undefined || d.severity !== 'error' || !belongs(d, subject, span)) continue;
    place(scope, { code, diagnostic: d }, groups);
  }
  return scope;
}

function place(scope: ContrlScope, e: SyntaxError, groups: readonly GroupHeader[]): void {
  const at = e.diagnostic.at;
  if (at?.message !== undefined) {
    const target = isMessageEnvelopeLevel(e.code) ? scope.messageEnvelope : scope.messageBody;
    push(target, at.message, e);
    return;
  }
  const group = isGroupLevel(e.code) ? groupAt(groups, at?.offset) : undefined;
  if (group) push(scope.groups, group, e);
  else scope.interchange.push(e);
}

function push<K>(map: Map<K, SyntaxError[]>, key: K, e: SyntaxError): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

function edifactCode(d: Diagnostic): EdifactDiagnosticCode | undefined {
  return (EDIFACT_DIAGNOSTIC_CODES as readonly string[]).includes(d.code)
    ? (d.code as EdifactDiagnosticCode)
    : undefined;
}

/** Byte span of the subject interchange: from its UNB to the next interchange's UNB. */
function interchangeSpan(subject: InterchangeHeader, received: ReceivedLog): [number, number] {
  const next = received.interchanges.find((i) => i.offset > subject.offset);
  return [subject.offset, next?.offset ?? Number.POSITIVE_INFINITY];
}

function belongs(d: Diagnostic, subject: InterchangeHeader, [from, to]: [number, number]): boolean {
  const at = d.at;
  if (at?.interchange !== undefined) return at.interchange === subject.ref;
  return at?.offset !== undefined && at.offset >= from && at.offset < to;
}

function groupAt(
  groups: readonly GroupHeader[],
  offset: number | undefined,
): GroupHeader | undefined {
  if (offset === undefined) return groups[groups.length - 1];
  return groups.find((g) => offset >= g.startOffset && offset <= g.endOffset);
}
