/**
 * Places (LOC): the UN/LOCODE in C517 and the terminal or facility in C519 ("LOC+11+ITGOA:139:6+
 * VTE:TER:ZZZ"). Place qualifiers (3227) used across the messages are named here.
 */
import type { UnLocode } from '../../../../core/identifiers/index.ts';
import type { Segment } from '../../syntax/segment.ts';
import { readLocode, type Sink } from './field-readers.ts';
import type { MessageContext } from './message-context.ts';
import { findSegment, valueAt } from './segment-access.ts';

export const PLACE = {
  departure: '5',
  delivery: '7',
  loading: '9',
  discharge: '11',
  transshipment: '13',
  receipt: '88',
  nextPortOfCall: '61',
  stowageCell: '147',
  status: '175',
  positioning: '165',
} as const;

const COUNTRY_LIST = '162';

export interface Place {
  readonly locode?: UnLocode;
  readonly facility?: string;
}

export function readPlace(ctx: MessageContext, loc: Segment, sink: Sink): Place {
  const locode = readLocode(ctx, { seg: loc, element: 2 }, sink);
  // C519 names a terminal or berth ("VTE:TER:ZZZ"); under code list 162 it is only a country.
  const facility = valueAt(loc, 3, 2) === COUNTRY_LIST ? undefined : valueAt(loc, 3);
  return {
    ...(locode === undefined ? {} : { locode }),
    ...(facility === undefined ? {} : { facility }),
  };
}

/** The place under the first of the given qualifiers found in the segments. */
export function findPlace(
  ctx: MessageContext,
  segs: readonly Segment[],
  qualifiers: readonly string[],
  sink: Sink,
): (Place & { readonly loc: Segment }) | undefined {
  for (const q of qualifiers) {
    const loc = findSegment(segs, 'LOC', q);
    if (loc) return { loc, ...readPlace(ctx, loc, sink) };
  }
  return undefined;
}
