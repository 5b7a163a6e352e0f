// Time-ordered ids: valid version-7 UUIDs, strictly increasing even when many share a millisecond.
import { afterEach, expect, it, vi } from 'vitest';
import { timeOrderedUuid } from './time-ordered-uuid.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => vi.useRealTimers());

it('makes RFC 9562 version-7 UUIDs carrying the current millisecond', () => {
  vi.useFakeTimers({ now: new Date('2030-01-02T03:04:05.678Z') });
  const id = timeOrderedUuid();
  expect(id).toMatch(V7);
  const ms = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
  expect(new Date(ms).toISOString()).toBe('2030-01-02T03:04:05.678Z');
});

it('increases strictly within one millisecond, past the counter, and when the clock steps back', () => {
  vi.useFakeTimers({ now: new Date('2031-05-06T07:08:09.010Z') });
  const ids = Array.from({ length: 10_000 }, () => timeOrderedUuid());
  vi.setSystemTime(new Date('2031-05-06T07:08:08.000Z'));
  ids.push(timeOrderedUuid());
  for (const id of ids) expect(id).toMatch(V7);
  const sorted = [...ids].sort();
  expect(sorted).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
});
