/**
 * The context a mapper carries through one message: the message, its options, and the helpers
 * that give every diagnostic its exact place (segment number, tag, element, component).
 */
import {
  diagnostic,
  withPosition,
  type Diagnostic,
  type DiagnosticParams,
  type Position,
  type Severity,
} from '../../../../core/diagnostic.ts';
import type { EdifactMessage, Segment } from '../../syntax/segment.ts';
import { tableOf } from '../../syntax/message-table.ts';
import type { SegmentTable } from '../../syntax/segment-table.ts';
import type { MapOptions } from './mapped-message.ts';
import { recentFields, type RecentFields } from './recent-values.ts';

export interface MessageContext {
  readonly message: EdifactMessage;
  readonly options: MapOptions;
  /** The message's segments by number (0 = UNH), read in place. */
  readonly table: SegmentTable;
  /** Codes and texts read recently in this message, to reuse instead of slicing again. */
  readonly recent: RecentFields;
}

export function createContext(message: EdifactMessage, options: MapOptions = {}): MessageContext {
  return { message, options, table: tableOf(message), recent: recentFields() };
}

/** The position of a segment (and optionally one of its elements/components) in the message. */
export function positionOf(
  ctx: MessageContext,
  seg: Segment,
  element?: number,
  component?: number,
): Position {
  return position(ctx, seg.index, seg.tag, seg.line, element, component);
}

/** The position of segment i of a table (and optionally one of its elements/components). */
export function positionIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  element?: number,
  component?: number,
): Position {
  return position(ctx, t.index(i), t.tag(i), t.line(i), element, component);
}

function position(
  ctx: MessageContext,
  segment: number,
  tag: string,
  line: number,
  element: number | undefined,
  component: number | undefined,
): Position {
  const at: { -readonly [K in keyof Position]: Position[K] } = {
    interchange: ctx.message.interchangeRef,
    message: ctx.message.reference,
    segment,
    tag,
    line,
  };
  if (ctx.options.source !== undefined) at.source = ctx.options.source;
  if (element !== undefined) at.element = element;
  if (component !== undefined) at.component = component;
  return at;
}

/** A new diagnostic placed at a segment element. */
export function segmentDiagnostic(
  ctx: MessageContext,
  seg: Segment,
  place: { readonly element?: number; readonly component?: number },
  code: string,
  message: string,
  severity: Severity = 'error',
  params?: DiagnosticParams,
): Diagnostic {
  const at = positionOf(ctx, seg, place.element, place.component);
  return diagnostic(code, message, at, severity, params);
}

/** A new diagnostic placed at an element of segment i of a table. */
export function diagnosticIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  place: { readonly element?: number; readonly component?: number },
  code: string,
  message: string,
  severity: Severity = 'error',
  params?: DiagnosticParams,
): Diagnostic {
  const at = positionIn(ctx, t, i, place.element, place.component);
  return diagnostic(code, message, at, severity, params);
}

/** Places diagnostics that a core parse function returned (they carry only a field name). */
export function placeDiagnostics(
  ctx: MessageContext,
  seg: Segment,
  element: number,
  component: number,
  found: readonly Diagnostic[],
): Diagnostic[] {
  if (found.length === 0) return [];
  const at = positionOf(ctx, seg, element, component);
  return found.map((d) => withPosition(d, at));
}
