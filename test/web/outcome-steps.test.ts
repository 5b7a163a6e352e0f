// The selection page offers exactly the steps the workflow allows and the user may take: a held
// container gets the supervisor's waiver and, once waived, its release; an anomaly is not released.
import { describe, expect, it } from 'vitest';
import type { SelectionDetail } from '../../web/src/api/types.ts';
import { offeredSteps } from '../../web/src/lib/outcome-steps.ts';

const selection = (over: Partial<SelectionDetail>): SelectionDetail => ({
  id: 's-1',
  containerNumber: 'MSKU3000005',
  callId: '9811000:2403W:BEANR',
  state: 'selected',
  version: 1,
  reason: 'targeted',
  mandatoryHold: false,
  holdWaived: false,
  updatedAt: '2026-11-22T08:00:00.000Z',
  history: [],
  seizures: [],
  custody: [],
  ...over,
});
const roles =
  (...permissions: string[]) =>
  (p: string) =>
    permissions.includes(p);
const officer = roles('scan.record');
const supervisor = roles('hold.waive');
const everyone = roles(
  'scan.record',
  'inspection.record',
  'seizure.record',
  'custody.record',
  'hold.waive',
);
const steps = (s: SelectionDetail, can: (p: string) => boolean) => [...offeredSteps(s, can)].sort();
const scan = (verdict: string) => ({
  verdict,
  scannerId: 'SC-1',
  imageRef: 'img://1',
  recordedBy: '00000000-0000-4000-8000-000000000001',
  recordedAt: '2026-11-22T09:00:00.000Z',
});

describe('steps offered on a selection', () => {
  it('offers a held container the waiver to a supervisor only, and its release once waived', () => {
    const held = selection({ mandatoryHold: true });
    expect(steps(held, supervisor)).toEqual(['waive']);
    expect(steps(held, officer)).toEqual(['scan']);
    expect(steps({ ...held, holdWaived: true }, officer)).toEqual(['release', 'scan']);
    expect(steps({ ...held, holdWaived: true }, supervisor)).toEqual([]);
  });

  it('releases after a clear scan but not after an anomaly, nor a held container', () => {
    const scanned = selection({ state: 'scanned', version: 2, scan: scan('clear') });
    expect(steps(scanned, officer)).toEqual(['release']);
    expect(steps({ ...scanned, scan: scan('anomaly') }, officer)).toEqual([]);
    expect(steps({ ...scanned, mandatoryHold: true }, officer)).toEqual([]);
    expect(steps({ ...scanned, scan: scan('anomaly') }, everyone)).toEqual(['inspect']);
  });

  it('asks for a seizure after a find, a release after none, custody after a seizure', () => {
    const inspection = {
      team: 'B',
      findings: 'bricks',
      recordedBy: '00000000-0000-4000-8000-000000000001',
      recordedAt: '2026-11-22T10:00:00.000Z',
    };
    const found = selection({ state: 'inspected', inspection: { ...inspection, found: true } });
    expect(steps(found, everyone)).toEqual(['seize']);
    const none = selection({ state: 'inspected', inspection: { ...inspection, found: false } });
    expect(steps(none, everyone)).toEqual(['release']);
    expect(steps(selection({ state: 'seized' }), everyone)).toEqual(['custody', 'seize']);
    expect(steps(selection({ state: 'released' }), everyone)).toEqual([]);
    expect(steps(selection({ state: 'withdrawn' }), everyone)).toEqual([]);
  });
});
