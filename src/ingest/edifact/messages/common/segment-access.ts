/**
 * Reading values out of a decoded segment by their 1-based element and component positions, as
 * directory texts number them; empty values read as undefined.
 */
import type { Segment } from '../../syntax/segment.ts';

export function valueAt(seg: Segment, element: number, component = 1): string | undefined {
  const v = seg.elements[element - 1]?.[component - 1];
  return v === undefined || v === '' ? undefined : v;
}

/** The first element's first component: the qualifier of DTM, LOC, RFF, NAD, MEA, FTX… */
export function qualifierOf(seg: Segment): string | undefined {
  return valueAt(seg, 1);
}

/** All non-empty components of one element, in order. */
export function componentsAt(seg: Segment, element: number): string[] {
  return (seg.elements[element - 1] ?? []).filter((v) => v !== '');
}

export function isSegment(seg: Segment, tag: string, qualifier?: string): boolean {
  return seg.tag === tag && (qualifier === undefined || qualifierOf(seg) === qualifier);
}

/** The first segment with that tag (and qualifier) in a list. */
export function findSegment(
  segs: readonly Segment[],
  tag: string,
  qualifier?: string,
): Segment | undefined {
  return segs.find((s) => isSegment(s, tag, qualifier));
}

export function filterSegments(
  segs: readonly Segment[],
  tag: string,
  qualifier?: string,
): Segment[] {
  return segs.filter((s) => isSegment(s, tag, qualifier));
}
