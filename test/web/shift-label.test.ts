// A scan plan's shift label read as an officer would: the planner's default (the UTC hour the
// shift starts), a day and a shift name (known names translated by the page), or text as given.
import { describe, expect, it } from 'vitest';
import { shiftLabel } from '../../web/src/lib/shift-label.ts';

describe('shiftLabel', () => {
  it("reads the planner's default label as the hour the shift starts, in UTC", () => {
    expect(shiftLabel('2026-11-22T09')).toEqual({ kind: 'from', start: '2026-11-22T09:00:00Z' });
    expect(shiftLabel('2026-11-22T21:30')).toEqual({
      kind: 'from',
      start: '2026-11-22T21:30:00Z',
    });
  });

  it('reads a day and a shift name, knowing the usual names in any case', () => {
    expect(shiftLabel('2026-01-05/early')).toEqual({
      kind: 'named',
      day: '2026-01-05',
      name: 'early',
    });
    expect(shiftLabel('2026-01-05/Night')).toMatchObject({ name: 'night' });
    expect(shiftLabel('2026-01-05/B-team')).toMatchObject({ kind: 'named', name: 'B-team' });
  });

  it('keeps anything else as given, and nothing as none', () => {
    expect(shiftLabel('')).toEqual({ kind: 'none' });
    expect(shiftLabel('  ')).toEqual({ kind: 'none' });
    expect(shiftLabel('2026-11-22T25')).toEqual({ kind: 'text', text: '2026-11-22T25' });
    expect(shiftLabel('night')).toEqual({ kind: 'text', text: 'night' });
  });
});
