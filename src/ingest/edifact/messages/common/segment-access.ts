/**
 * Reading values out of a decoded segment by their 1-based element and component positions, as
 * directory texts number them; empty values read as undefined.
 */
import type { Segment } from '../../syntax/segment.ts';
import { SpanSegment } from '../../syntax/span-segment.ts';

export function valueAt(seg: Segment, element: number, component = 1): string | undefined {
  if (seg instanceof SpanSegment) return seg.value(element, component);
  const v = seg.elements[element - 1]?.[component - 1];
  return v === undefined || v === '' ? undefined : v;
}

/** The first element's first component: the qualifier of DTM, LOC, RFF, NAD, MEA, FTX… */
export function qualifierOf(seg: Segment): string | undefined {
  return valueAt(seg, 1);
}

/** All non-empty components of one element, in order. */
export function componentsAt(seg: Segment, element: number): string[] {
  if (seg instanceof SpanSegment) return seg.components(element);
  return (seg.elements[element - 1] ?? []).filter((v) => v !== '');
}

/** The non-empty components of one element joined by `glue` ('' when there are none). */
export function joinedAt(seg: Segment, element: number, glue = ''): string {
  if (seg instanceof SpanSegment) return seg.joined(element, glue);
  return componentsAt(seg, element).join(glue);
}

/** Whether the qualifier (first element, first component) is `qualifier`, without slicing it. */
function hasQualifier(seg: Segment, qualifier: string): boolean {
  if (seg instanceof SpanSegment) return seg.valueIs(1, 1, qualifier);
  return valueAt(seg, 1) === qualifier;
}

export function isSegment(seg: Segment, tag: string, qualifier?: string): boolean {
  return seg.tag === tag && (qualifier === undefined || hasQualifier(seg, qualifier));
}

/** The first segment with that tag (and qualifier) in a list. */
export function findSegment(
  segs: readonly Segment[],
  tag: string,
  qualifier?: string,
): Segment | undefined {
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Segment;
    if (s.tag === tag && (qualifier === undefined || hasQualifier(s, qualifier))) return s;
  }
  return undefined;
}

export function filterSegments(
  segs: readonly Segment[],
  tag: string,
  qualifier?: string,
): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i] as Segment;
    if (s.tag === tag && (qualifier === undefined || hasQualifier(s, qualifier))) out.push(s);
  }
  return out;
}

/**
 * An equipment number as sent, upper case without white space (the key that links SGP to EQD
 * and names a rejected record); the value itself when it is already in that form.
 */
export function equipmentKey(raw: string | undefined): string {
  if (raw === undefined) return '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 32 || (c >= 97 && c <= 122) || c > 127) return raw.replace(/\s/g, '').toUpperCase();
  }
  return raw;
}
