/**
 * DTM segments read by number from a segment table. A value in the format its length announces
 * (CCYYMMDD under 102, CCYYMMDDHHMM under 203, CCYYMMDDHHMMSS under 204: what nearly every
 * sender writes) is read as a whole number in place, nothing sliced; any other goes through
 * `readDtm`, which gives every diagnostic at the same element and component.
 */
import type { IsoDateTime } from '../../../../core/cargo/index.ts';
import type { SegmentTable } from '../../syntax/segment-table.ts';
import { plainEdifactDateOfDigits, plainFormatOfDigits } from './edifact-date.ts';
import { readDtm, type Sink } from './field-readers.ts';
import type { MessageContext } from './message-context.ts';

/** The date of DTM segment i (C507: qualifier, value, format) as ISO UTC, as `readDtm` reads it. */
export function readDtmIn(
  ctx: MessageContext,
  t: SegmentTable,
  i: number,
  sink: Sink,
): IsoDateTime | undefined {
  const n = t.digits(i, 1, 2);
  const format = n >= 0 ? plainFormatOfDigits(n) : undefined;
  const plain =
    format !== undefined && t.valueIs(i, 1, 3, format)
      ? plainEdifactDateOfDigits(n, format)
      : undefined;
  return plain ?? readDtm(ctx, t.segment(i), sink);
}
