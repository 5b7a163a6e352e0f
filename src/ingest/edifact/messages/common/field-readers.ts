/**
 * Reading identifiers out of segments through the core parse functions (container check digit,
 * IMO check digit, UN/LOCODE, HS, country), with existence checks from the lookups in the options.
 * Each reader returns the branded value, or pushes a diagnostic at the exact element and component
 * into the sink and returns undefined.
 */
import { diagnostic, type Diagnostic } from '../../../../core/diagnostic.ts';
import type { Result } from '../../../../core/result.ts';
import type { IsoDateTime } from '../../../../core/cargo/index.ts';
import {
  parseContainerNumber,
  parseCountryCode,
  parseHsCode,
  parseImoNumber,
  parseScac,
  parseUnLocode,
  type ContainerNumber,
  type CountryCode,
  type HsCode,
  type ImoNumber,
  type Scac,
  type UnLocode,
} from '../../../../core/identifiers/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { placeDiagnostics, segmentDiagnostic, type MessageContext } from './message-context.ts';
import { numberOf } from './decimal-text.ts';
import { valueAt } from './segment-access.ts';
import { parseEdifactDate, plainEdifactDate } from './edifact-date.ts';

export type Sink = Diagnostic[];

interface Place {
  readonly seg: Segment;
  readonly element: number;
  readonly component?: number;
}

/** Reads one value through a core parse function (and its existence lookup, if any). */
function read<T, L>(
  ctx: MessageContext,
  place: Place,
  sink: Sink,
  parse: (raw: string, lookup?: L) => Result<T>,
  lookup?: L,
): T | undefined {
  const raw = valueAt(place.seg, place.element, place.component ?? 1);
  return raw === undefined ? undefined : parseAt(ctx, place, raw, sink, parse, lookup);
}

/** A value already read from its place, through a core parse function; diagnostics placed there. */
export function parseAt<T, L>(
  ctx: MessageContext,
  place: Place,
  raw: string,
  sink: Sink,
  parse: (raw: string, lookup?: L) => Result<T>,
  lookup?: L,
): T | undefined {
  const r = parse(raw, lookup);
  if (r.diagnostics.length > 0) {
    const component = place.component ?? 1;
    sink.push(...placeDiagnostics(ctx, place.seg, place.element, component, r.diagnostics));
  }
  return r.ok ? r.value : undefined;
}

export function readContainerNumber(
  ctx: MessageContext,
  place: Place,
  sink: Sink,
): ContainerNumber | undefined {
  return read(ctx, place, sink, parseContainerNumber);
}

export function readLocode(ctx: MessageContext, place: Place, sink: Sink): UnLocode | undefined {
  return read(ctx, place, sink, parseUnLocode, ctx.options.lookups?.locode);
}

export function readImo(ctx: MessageContext, place: Place, sink: Sink): ImoNumber | undefined {
  return read(ctx, place, sink, parseImoNumber);
}

export function readHsCode(ctx: MessageContext, place: Place, sink: Sink): HsCode | undefined {
  return read(ctx, place, sink, parseHsCode, ctx.options.lookups?.hs6);
}

export function readCountry(
  ctx: MessageContext,
  place: Place,
  sink: Sink,
): CountryCode | undefined {
  return read(ctx, place, sink, parseCountryCode, ctx.options.lookups?.country);
}

export function readScac(ctx: MessageContext, place: Place, sink: Sink): Scac | undefined {
  return read(ctx, place, sink, parseScac);
}

const FORMAT_BY_LENGTH: Readonly<Record<number, string>> = { 8: '102', 12: '203', 14: '204' };

/**
 * A DTM segment's date (C507: qualifier, value, format) as ISO UTC. A value whose length fits
 * another format than the one announced (e.g. "20121125" under 203) is read as that format,
 * with a warning.
 */
export function readDtm(ctx: MessageContext, dtm: Segment, sink: Sink): IsoDateTime | undefined {
  const format = valueAt(dtm, 1, 3);
  const raw = valueAt(dtm, 1, 2);
  // A valid value in its announced format (nearly all) needs no result object.
  const plain = raw === undefined ? undefined : plainEdifactDate(raw, format);
  if (plain !== undefined) return plain;
  const fallback = raw === undefined ? undefined : FORMAT_BY_LENGTH[raw.length];
  if (raw !== undefined && format !== undefined && fallback !== undefined && fallback !== format) {
    const strict = parseEdifactDate(raw, format);
    const lenient = parseEdifactDate(raw, fallback);
    if (!strict.ok && lenient.ok) {
      sink.push(
        segmentDiagnostic(
          ctx,
          dtm,
          { element: 1, component: 3 },
          'dtm.format-mismatch',
          `Date "${raw}" does not match format ${format}; read as format ${fallback}.`,
          'warning',
          { value: raw, format, fallback },
        ),
      );
      return lenient.value;
    }
  }
  if (raw === undefined) return undefined;
  return parseAt(ctx, { seg: dtm, element: 1, component: 2 }, raw, sink, parseEdifactDate, format);
}

/** A number element (weights, counts, temperatures); a non-number is a diagnostic. */
export function readNumber(ctx: MessageContext, place: Place, sink: Sink): number | undefined {
  const component = place.component ?? 1;
  const raw = valueAt(place.seg, place.element, component);
  if (raw === undefined) return undefined;
  const n = numberOf(raw);
  if (Number.isFinite(n)) return n;
  const found = [
    diagnostic('edifact.number', `"${raw}" is not a number.`, undefined, 'error', { value: raw }),
  ];
  sink.push(...placeDiagnostics(ctx, place.seg, place.element, component, found));
  return undefined;
}
