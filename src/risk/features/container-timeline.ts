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
  for (const event of events) {
    if (event.containerNumber !== container || event.classifier !== 'ACT') continue;
    const at = isoToMs(event.eventAt);
    if (!Number.isNaN(at)) out.push({ event, at });
  }
  return out.sort((a, b) => a.at - b.at);
}
