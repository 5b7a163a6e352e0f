/**
 * The outcome workflow of one selected container as a pure state machine: selected → scanned →
 * released, or → inspected → seized (then chain-of-custody entries) or released; a selection no
 * longer in its call's plan before anything was done to it is withdrawn (by the system, when the
 * plan changes: not an officer's action). Each action is
 * checked against the current state, the scan verdict, the inspection result and the mandatory
 * hold; an illegal step is an `AppError` naming both states and what would make it legal.
 */
import { AppError } from '../../core/app-error.ts';
import { SELECTION_STATES, type SelectionState } from './selection-state-list.ts';

export { SELECTION_STATES, type SelectionState };

export const OUTCOME_ACTIONS = ['scan', 'inspect', 'seize', 'release', 'waive', 'custody'] as const;
export type OutcomeAction = (typeof OUTCOME_ACTIONS)[number];

export const SCAN_VERDICTS = ['clear', 'anomaly'] as const;
export type ScanVerdict = (typeof SCAN_VERDICTS)[number];

/** What the machine needs to know about a selection to decide a step. */
export interface SelectionFacts {
  readonly state: SelectionState;
  readonly mandatoryHold: boolean;
  readonly holdWaived: boolean;
  readonly verdict?: ScanVerdict | undefined;
  readonly found?: boolean | undefined;
}

export function isSelectionState(value: string): value is SelectionState {
  return (SELECTION_STATES as readonly string[]).includes(value);
}

/** A state no further step leaves (custody entries are added to a seizure, not a new state). */
export function isTerminal(state: SelectionState): boolean {
  return state === 'released' || state === 'seized' || state === 'withdrawn';
}

/** The state an action leads to. */
export function targetOf(action: OutcomeAction, from: SelectionState): SelectionState {
  switch (action) {
    case 'scan':
      return 'scanned';
    case 'inspect':
      return 'inspected';
    case 'seize':
      return 'seized';
    case 'release':
      return 'released';
    case 'waive':
    case 'custody':
      return from;
  }
}

/** Why the action is illegal from these facts, or undefined when it is allowed. */
export function refusalOf(action: OutcomeAction, f: SelectionFacts): string | undefined {
  const held = f.mandatoryHold && !f.holdWaived;
  switch (action) {
    case 'scan':
      return f.state === 'selected' ? undefined : 'a container is scanned once, while selected';
    case 'inspect':
      return f.state === 'selected' || f.state === 'scanned'
        ? undefined
        : 'an inspection follows the selection or the scan';
    case 'seize':
      return (f.state === 'inspected' && f.found === true) || f.state === 'seized'
        ? undefined
        : 'a seizure needs an inspection that found something';
    case 'release':
      return releaseRefusal(f, held);
    case 'waive':
      if (!f.mandatoryHold) return 'there is no mandatory hold to waive';
      if (f.holdWaived) return 'the mandatory hold is already waived';
      return isTerminal(f.state) ? 'the selection is closed' : undefined;
    case 'custody':
      return f.state === 'seized' ? undefined : 'custody entries follow a seizure';
  }
}

function releaseRefusal(f: SelectionFacts, held: boolean): string | undefined {
  switch (f.state) {
    case 'selected':
      return f.holdWaived
        ? undefined
        : 'a selected container is released only after a scan, or once its mandatory hold is waived';
    case 'scanned':
      if (f.verdict === 'anomaly') return 'an anomaly on the scan must be inspected first';
      return held
        ? 'a mandatory hold needs a physical inspection (or a supervisor waiver)'
        : undefined;
    case 'inspected':
      return f.found === true
        ? 'what the inspection found must be recorded as a seizure'
        : undefined;
    case 'seized':
    case 'released':
    case 'withdrawn':
      return 'the selection is closed';
  }
}

/** Throws a `conflict` AppError naming the states when the step is illegal; returns the target. */
export function assertTransition(action: OutcomeAction, f: SelectionFacts): SelectionState {
  const to = targetOf(action, f.state);
  const why = refusalOf(action, f);
  if (why === undefined) return to;
  throw new AppError(
    'conflict',
    `cannot ${action} a selection in state "${f.state}" (→ "${to}"): ${why}`,
    {
      from: f.state,
      to,
      action,
    },
  );
}
