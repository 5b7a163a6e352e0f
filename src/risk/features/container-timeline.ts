/** A container's actual events, sorted by time with times parsed once: what event features read. */
import { isoToMs } from './iso-time.ts';
import type { FeatureEvent } from './feature-input.ts';

export interface TimedEvent {
  readonly event: FeatureEvent;
  readonly at: number;
}

/** Actual (ACT) events of one container, oldest first; events with unreadable times are left out. */
export function containerTimeline(
  events: readonly FeatureEvent[],
  container: string | undefined,
): TimedEvent[] {
  const out: TimedEvent[] = [];
  if (container === undefined) return out;
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (event.containerNumber !== container || event.classifier !== 'ACT') continue;
    const at = isoToMs(event.eventAt);
    if (!Number.isNaN(at)) insertByTime(out, { event, at });
  }
  return out;
}

/**
 * Inserts after every event not later (a stable sort by time, done as the events come: a
 * container has a few, mostly already in order).
 */
function insertByTime(timeline: TimedEvent[], t: TimedEvent): void {
  let i = timeline.length;
  while (i > 0 && timeline[i - 1]!.at > t.at) i--;
  if (i === timeline.length) timeline.push(t);
  else timeline.splice(i, 0, t);
}
