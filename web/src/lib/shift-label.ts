/**
 * What a scan plan's `shift` label means, for the plan page to say it as an officer would. The
 * planner labels a shift by the UTC hour it starts when none is given (`2026-11-22T09`,
 * src/services/targeting/make-scan-plan.ts); a shift given by name is a day and a name
 * (`2026-11-22/early`, the CLI's `--shift`); anything else is shown as it was given.
 */
export const SHIFT_NAMES = ['early', 'late', 'night', 'day'] as const;
export type ShiftName = (typeof SHIFT_NAMES)[number];

export type ShiftLabel =
  | { readonly kind: 'none' }
  /** Starts at `start` (an ISO instant). */
  | { readonly kind: 'from'; readonly start: string }
  /** On `day` (YYYY-MM-DD); `name` is one of SHIFT_NAMES (lower-cased) or the name as given. */
  | { readonly kind: 'named'; readonly day: string; readonly name: string }
  | { readonly kind: 'text'; readonly text: string };

const STARTING_HOUR = /^(\d{4}-\d{2}-\d{2})T(\d{2})(?::(\d{2}))?$/;
const DAY_AND_NAME = /^(\d{4}-\d{2}-\d{2})\/(.+)$/;

const validDay = (day: string) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`));

export function shiftLabel(shift: string): ShiftLabel {
  const label = shift.trim();
  if (label === '') return { kind: 'none' };
  const hour = STARTING_HOUR.exec(label);
  if (hour?.[1] && hour[2] && Number(hour[2]) < 24 && validDay(hour[1]))
    return { kind: 'from', start: `${hour[1]}T${hour[2]}:${hour[3] ?? '00'}:00Z` };
  const named = DAY_AND_NAME.exec(label);
  if (named?.[1] && named[2] && validDay(named[1])) {
    const name = named[2].trim();
    const known = SHIFT_NAMES.find((n) => n === name.toLowerCase());
    return { kind: 'named', day: named[1], name: known ?? name };
  }
  return { kind: 'text', text: label };
}

export const isShiftName = (name: string): name is ShiftName =>
  (SHIFT_NAMES as readonly string[]).includes(name);
