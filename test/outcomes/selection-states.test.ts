// The pure state machine: every action from every state, with holds, verdicts and findings; the
// concealment list covers the simulator's typologies; customs statuses are told once each.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/app-error.ts';
import { CONCEALMENTS } from '../../src/sim/typologies/typology.ts';
import { CONCEALMENT_CODES } from '../../src/risk/outcomes/concealment-codes.ts';
import { customsStatusOf } from '../../src/risk/outcomes/customs-status.ts';
import {
  assertTransition,
  OUTCOME_ACTIONS,
  refusalOf,
  SELECTION_STATES,
  type SelectionFacts,
} from '../../src/risk/outcomes/selection-states.ts';

const facts = (f: Partial<SelectionFacts> & Pick<SelectionFacts, 'state'>): SelectionFacts => ({
  mandatoryHold: false,
  holdWaived: false,
  ...f,
});

describe('selection state machine', () => {
  it('allows exactly the documented steps without a hold', () => {
    const allowed = (f: SelectionFacts) =>
      OUTCOME_ACTIONS.filter((a) => refusalOf(a, f) === undefined);
    expect(allowed(facts({ state: 'selected' }))).toEqual(['scan', 'inspect']);
    expect(allowed(facts({ state: 'scanned', verdict: 'clear' }))).toEqual(['inspect', 'release']);
    expect(allowed(facts({ state: 'scanned', verdict: 'anomaly' }))).toEqual(['inspect']);
    expect(allowed(facts({ state: 'inspected', found: true }))).toEqual(['seize']);
    expect(allowed(facts({ state: 'inspected', found: false }))).toEqual(['release']);
    expect(allowed(facts({ state: 'seized', found: true }))).toEqual(['seize', 'custody']);
    expect(allowed(facts({ state: 'released' }))).toEqual([]);
  });

  it('keeps a mandatory hold until an inspection or a waiver', () => {
    const held = { mandatoryHold: true };
    expect(refusalOf('release', facts({ state: 'scanned', verdict: 'clear', ...held }))).toMatch(
      /mandatory hold/,
    );
    expect(
      refusalOf('release', facts({ state: 'inspected', found: false, ...held })),
    ).toBeUndefined();
    expect(refusalOf('waive', facts({ state: 'selected', ...held }))).toBeUndefined();
    const waived = { ...held, holdWaived: true };
    expect(refusalOf('release', facts({ state: 'selected', ...waived }))).toBeUndefined();
    expect(
      refusalOf('release', facts({ state: 'scanned', verdict: 'clear', ...waived })),
    ).toBeUndefined();
    expect(refusalOf('waive', facts({ state: 'selected', ...waived }))).toMatch(/already waived/);
    expect(refusalOf('waive', facts({ state: 'selected' }))).toMatch(/no mandatory hold/);
    expect(refusalOf('waive', facts({ state: 'released', ...held }))).toMatch(/closed/);
  });

  it('names both states in the conflict error', () => {
    for (const state of SELECTION_STATES) {
      try {
        assertTransition('scan', facts({ state }));
        expect(state).toBe('selected');
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('conflict');
        expect((e as AppError).message).toContain(`"${state}"`);
        expect((e as AppError).details).toMatchObject({
          from: state,
          to: 'scanned',
          action: 'scan',
        });
      }
    }
  });

  it("covers the simulator's concealment methods", () => {
    for (const c of CONCEALMENTS) expect(CONCEALMENT_CODES).toContain(c);
  });

  it('tells CUSI on an anomaly or an inspection, once, and CUSR on release', () => {
    expect(customsStatusOf('scan', 'clear', ['CUSS'])).toBeUndefined();
    expect(customsStatusOf('scan', 'anomaly', ['CUSS'])).toBe('CUSI');
    expect(customsStatusOf('inspect', undefined, ['CUSS', 'CUSI'])).toBeUndefined();
    expect(customsStatusOf('inspect', undefined, ['CUSS'])).toBe('CUSI');
    expect(customsStatusOf('seize', undefined, ['CUSS', 'CUSI'])).toBeUndefined();
    expect(customsStatusOf('release', undefined, ['CUSS'])).toBe('CUSR');
  });
});
