/**
 * One component of a segment as text ('' when absent or empty), read in place from a span
 * segment: the envelope checks read a few values of every UNH and UNT, and splitting those into
 * arrays cost each message several short-lived arrays.
 */
import type { Segment } from './segment.ts';
import { SpanSegment } from './span-segment.ts';

export function componentOf(seg: Segment, element: number, component = 1): string {
  if (seg instanceof SpanSegment) return seg.value(element, component) ?? '';
  return seg.elements[element - 1]?.[component - 1] ?? '';
}
