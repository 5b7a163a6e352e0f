import { describe, expect, it } from 'vitest';
import { MovingClock } from './moving-clock.ts';

describe('MovingClock', () => {
  it('moves back and forth up to its limit and refuses to pass it', () => {
    const clock = new MovingClock('2026-11-20T00:00:00Z', new Date('2026-11-23T17:00:00Z'));
    clock.set('2026-11-23T17:00:00Z');
    clock.set('2026-11-21T08:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-11-21T08:00:00.000Z');
    expect(() => clock.set('2026-11-23T17:00:00.001Z')).toThrow(/may not pass/);
  });
});
