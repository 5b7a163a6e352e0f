/**
 * The field readers of `field-readers.ts` for segments read by number from a segment table: the
 * same core parse functions and diagnostics at the same element and component, without a
 * segment object, a place object or a string per value on the happy path. Codes already read
 * in the message (UN/LOCODE, HS, country) are recognised in place and not parsed again.
 */
import { diagnostic, withPosition, type Diagnostic } from '../../../../core/diagnostic.ts';
import type { Result } from '../../../../core/result.ts';
import {
  parseContainerNumber,
  parseCountryCode,
  parseHsCode,
  parseScac,
  parseUnLocode,
  type ContainerNumber,
  type CountryCode,
  type HsCode,
  type Scac,
  type UnLocode,
} from '../../../../core/identifiers/index.ts';
import type { SegmentTable } from '../../syntax/segment-table.ts';
import { numberOf } from './decimal-text.ts';
import type { Sink } from './field-readers.ts';
import { positionIn, type MessageContext } from './message-context.ts';
import type { RecentValues } from './recent-values.ts';

/** A value already read from segment i, through a core parse function; diagnostics placed there. */
export function parseIn<T, L>(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  element: number,
  component: number,
  raw: string,
  sink: Sink,
  parse: (raw: string, lookup?: L) => Result<T>,
  lookup?: L,
): T | undefined {
  const r = parse(raw, lookup);
  placeIn(ctx, t, i, element, component, r.diagnostics, sink);
  return r.ok ? r.value : undefined;
}

/** A parse's diagnostics, placed at the element of segment i they came from. */
function placeIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  element: number,
  component: number,
  diagnostics: readonly Diagnostic[],
  sink: Sink,
): void {
  if (diagnostics.length === 0) return;
  const at = positionIn(ctx, t, i, element, component);
  for (const d of diagnostics) sink.push(withPosition(d, at));
}

/** A code through its parse function, or a code of the same kind read before in the message. */
function readCode<T, L>(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  element: number,
  component: number,
  sink: Sink,
  recent: RecentValues,
  parse: (raw: string, lookup?: L) => Result<T>,
  lookup?: L,
): T | undefined {
  const seen = recent.find(t, i, element, component);
  if (seen !== undefined) return seen as T;
  const raw = t.value(i, element, component);
  if (raw === undefined) return undefined;
  const r = parse(raw, lookup);
  if (r.ok && r.diagnostics.length === 0 && (r.value as unknown) === raw) recent.add(raw);
  placeIn(ctx, t, i, element, component, r.diagnostics, sink);
  return r.ok ? r.value : undefined;
}

export function readLocodeIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  element: number,
  sink: Sink,
): UnLocode | undefined {
  const lookup = ctx.options.lookups?.locode;
  return readCode(ctx, t, i, element, 1, sink, ctx.recent.locode, parseUnLocode, lookup);
}

export function readHsCodeIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  element: number,
  sink: Sink,
): HsCode | undefined {
  const lookup = ctx.options.lookups?.hs6;
  return readCode(ctx, t, i, element, 1, sink, ctx.recent.hs, parseHsCode, lookup);
}

export function readCountryIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  element: number,
  component: number,
  sink: Sink,
): CountryCode | undefined {
  const lookup = ctx.options.lookups?.country;
  return readCode(
    ctx,
    t,
    i,
    element,
    component,
    sink,
    ctx.recent.country,
    parseCountryCode,
    lookup,
  );
}

export function readContainerNumberIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  element: number,
  sink: Sink,
): ContainerNumber | undefined {
  const raw = t.value(i, element, 1);
  return raw === undefined
    ? undefined
    : parseIn(ctx, t, i, element, 1, raw, sink, parseContainerNumber);
}

export function readScacIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  element: number,
  sink: Sink,
): Scac | undefined {
  const raw = t.value(i, element, 1);
  return raw === undefined ? undefined : parseIn(ctx, t, i, element, 1, raw, sink, parseScac);
}

/** A number element (weights, counts, temperatures); a non-number is a diagnostic. */
export function readNumberIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  element: number,
  component: number,
  sink: Sink,
): number | undefined {
  const plain = t.decimal(i, element, component);
  if (plain === undefined) return undefined;
  if (!Number.isNaN(plain)) return plain;
  // NaN also for a segment kept as an object, whose component may be absent.
  const raw = t.value(i, element, component);
  if (raw === undefined) return undefined;
  const n = numberOf(raw);
  if (Number.isFinite(n)) return n;
  const at = positionIn(ctx, t, i, element, component);
  sink.push(diagnostic('edifact.number', `"${raw}" is not a number.`, at, 'error', { value: raw }));
  return undefined;
}
