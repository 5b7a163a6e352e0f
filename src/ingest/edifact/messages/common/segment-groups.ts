/**
 * Segment groups walker: splits a run of segments into groups, each starting at a trigger segment
 * (EQD, CNI, GID, LOC+147, NAD…) and running until the next trigger or a segment that closes the
 * groups (CNT, UNT, or the trigger of an enclosing group). Directories differ in group numbers,
 * not in these trigger segments, so one walker serves D95B, D96A and D00B.
 */
import type { Segment } from '../../syntax/segment.ts';

export interface GroupSplit {
  /** Segments before the first trigger. */
  readonly head: readonly Segment[];
  readonly groups: readonly (readonly Segment[])[];
  /** Segments from the first closing segment on. */
  readonly tail: readonly Segment[];
}

export type SegmentTest = (seg: Segment) => boolean;

export function splitGroups(
  segs: readonly Segment[],
  isTrigger: SegmentTest,
  isClosing: SegmentTest = () => false,
): GroupSplit {
  // Boundaries first, then one exact-size slice per group (pushing one by one over-allocates).
  const groups: Segment[][] = [];
  let first = -1;
  let open = -1;
  let i = 0;
  for (; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    if (isClosing(seg)) break;
    if (!isTrigger(seg)) continue;
    if (open >= 0) groups.push(segs.slice(open, i));
    else first = i;
    open = i;
  }
  if (open >= 0) groups.push(segs.slice(open, i));
  const head = segs.slice(0, first < 0 ? i : first);
  return { head, groups, tail: i < segs.length ? segs.slice(i) : [] };
}

export function byTag(...tags: string[]): SegmentTest {
  return (seg) => tags.includes(seg.tag);
}

/** The 1-based, inclusive segment range a group covers. */
export function rangeOf(group: readonly Segment[]): { from: number; to: number } {
  return { from: group[0]?.index ?? 0, to: group[group.length - 1]?.index ?? 0 };
}
