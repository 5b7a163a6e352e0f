// Scan planner: holds first, then expected value, a uniform control draw with its propensity,
// and the bandit's control share within its bounds.
import { describe, expect, it } from 'vitest';
import { createRandomSource } from '../gbdt/random-source.ts';
import { tuneControlShare } from './control-bandit.ts';
import { planScans } from './plan-scans.ts';
import type { ScanCandidate } from './scan-candidate.ts';
import { shiftCapacity } from './scan-capacity.ts';

const candidate = (i: number, score: number, hold = false): ScanCandidate => ({
  containerNumber: `C${String(i).padStart(4, '0')}`,
  billNumber: `B${i}`,
  score,
  mandatoryHold: hold,
});

const candidates = Array.from({ length: 1000 }, (_, i) => candidate(i, ((i * 7919) % 1000) / 1000));

describe('planScans', () => {
  it('plans holds first, then the highest scores, then a control sample from the rest', () => {
    const input = [...candidates, candidate(5000, 0.01, true), candidate(5001, 0.02, true)];
    const plan = planScans({
      candidates: input,
      capacity: 102,
      controlShare: 0.1,
      random: createRandomSource(1),
    });
    const by = (r: string) => plan.selections.filter((s) => s.reason === r);
    expect(by('hold').map((s) => s.containerNumber)).toEqual(['C5000', 'C5001']);
    expect(by('control')).toHaveLength(10);
    expect(by('targeted')).toHaveLength(90);
    const lowestTargeted = Math.min(...by('targeted').map((s) => s.score));
    expect(lowestTargeted).toBeCloseTo(0.91);
    for (const s of by('control')) {
      expect(s.score).toBeLessThan(lowestTargeted);
      expect(s.propensity).toBeCloseTo(10 / 910);
    }
    expect(plan.controlPool).toBe(910);
    expect(new Set(plan.selections.map((s) => s.containerNumber)).size).toBe(102);
  });

  it('draws the control sample uniformly: each pool member about equally often over many seeds', () => {
    const small = candidates.slice(0, 40);
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) {
      const plan = planScans({
        candidates: small,
        capacity: 10,
        controlShare: 0.5,
        random: createRandomSource(seed),
      });
      for (const s of plan.selections) {
        if (s.reason === 'control')
          counts.set(s.containerNumber, (counts.get(s.containerNumber) ?? 0) + 1);
      }
    }
    // 5 of 35 drawn per plan: expected 2000 × 5/35 ≈ 286 per container.
    expect(counts.size).toBe(35);
    for (const n of counts.values()) expect(Math.abs(n - 2000 * (5 / 35))).toBeLessThan(70);
  });

  it('keeps every hold even above capacity, and warns', () => {
    const holds = [candidate(1, 0.1, true), candidate(2, 0.2, true), candidate(3, 0.3, true)];
    const plan = planScans({
      candidates: [...holds, ...candidates],
      capacity: 2,
      controlShare: 0.1,
      random: createRandomSource(3),
    });
    expect(plan.selections.map((s) => s.reason)).toEqual(['hold', 'hold', 'hold']);
    expect(plan.diagnostics[0]?.code).toBe('scan-plan.holds-over-capacity');
  });

  it('is reproducible from the seed', () => {
    const a = planScans({
      candidates,
      capacity: 50,
      controlShare: 0.2,
      random: createRandomSource(9),
    });
    const b = planScans({
      candidates,
      capacity: 50,
      controlShare: 0.2,
      random: createRandomSource(9),
    });
    expect(a.selections).toEqual(b.selections);
  });
});

describe('shiftCapacity', () => {
  it("adds each scanner's rate over the shift hours", () => {
    expect(
      shiftCapacity(
        [
          { name: 'a', containersPerHour: 20 },
          { name: 'b', containersPerHour: 12.5 },
        ],
        { name: 's', hours: 8 },
      ),
    ).toBe(260);
  });
});

describe('tuneControlShare', () => {
  const random = createRandomSource(42);
  it('stays at the base share when nothing is known', () => {
    const d = tuneControlShare({ hits: 0, scans: 0 }, { hits: 0, scans: 0 }, random);
    expect(d.share).toBeGreaterThan(0.09);
    expect(d.share).toBeLessThan(0.11);
  });
  it('shrinks to the floor when targeting clearly beats control, grows when it does not', () => {
    const edge = tuneControlShare({ hits: 60, scans: 200 }, { hits: 1, scans: 200 }, random);
    expect(edge.share).toBe(0.05);
    const none = tuneControlShare({ hits: 1, scans: 200 }, { hits: 20, scans: 200 }, random);
    expect(none.share).toBe(0.2);
  });
});
