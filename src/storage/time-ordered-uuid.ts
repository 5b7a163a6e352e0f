/**
 * Row ids made in the process as time-ordered UUIDs (RFC 9562 version 7: milliseconds since the
 * epoch, then a counter, then random bits), increasing within the process. A bulk write's new
 * ids then land at the right-hand end of every btree that holds them (primary keys, the
 * consignment id in its containers and parties) instead of at random pages: fewer pages touched
 * and written per row.
 */
import { randomUUID } from 'node:crypto';

/** Ids within one millisecond (the 12-bit counter); past that the clock part moves ahead. */
const PER_MS = 0x1000;

let lastMs = 0;
let counter = 0;

/** A new UUIDv7, greater than every one made before it in this process. */
export function timeOrderedUuid(): string {
  const now = Date.now();
  if (now > lastMs) [lastMs, counter] = [now, 0];
  else if (++counter === PER_MS) [lastMs, counter] = [lastMs + 1, 0];
  const time = lastMs.toString(16).padStart(12, '0');
  const seq = counter.toString(16).padStart(3, '0');
  // randomUUID() already carries the RFC variant in the fourth group.
  return `${time.slice(0, 8)}-${time.slice(8)}-7${seq}-${randomUUID().slice(19)}`;
}
