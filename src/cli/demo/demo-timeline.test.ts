import { describe, expect, it } from 'vitest';
import { generateDays, simFiles } from '../../sim/index.ts';
import { demoTimeline, PLAN_LEAD_MS } from './demo-timeline.ts';
import { callsBetween, demoWindow, demoWorld, type DemoOptions } from './demo-world.ts';

const NOW = new Date('2026-11-23T17:00:00Z');
const OPTIONS: DemoOptions = {
  days: 2,
  upcomingDays: 1,
  seed: 'timeline',
  containersPerDay: 400,
  scanShare: 0.03,
};

function build(now = NOW) {
  const config = demoWorld(OPTIONS, now);
  const days = callsBetween([...generateDays(config)], demoWindow(OPTIONS, now));
  return { config, days, timeline: demoTimeline(days, now, config.port) };
}

const { config, days, timeline } = build();
const eta = (c: { portCall: { eta?: string } }) => Date.parse(c.portCall.eta ?? '');

describe('the demo world', () => {
  it('holds the calls arriving from days × 24 h before now to upcoming days × 24 h after', () => {
    expect(config.startDate).toBe('2026-11-21');
    expect(config.days).toBe(4);
    const calls = days.flatMap((d) => d.calls);
    expect(calls.length).toBeGreaterThan(10);
    for (const c of calls) {
      expect(eta(c)).toBeGreaterThan(NOW.getTime() - 2 * 86_400_000);
      expect(eta(c)).toBeLessThanOrEqual(NOW.getTime() + 86_400_000);
    }
    const ids = new Set(calls.map((c) => c.id));
    for (const d of days) for (const k of d.cases) expect(ids.has(k.callId)).toBe(true);
  });
});

describe('demoTimeline', () => {
  it('is the same for the same seed and now', () => {
    const again = build().timeline;
    const names = (t: typeof timeline) =>
      t.steps.map((s) => `${s.at}|${s.kind}|${s.kind === 'submit' ? s.file.path : s.call.id}`);
    expect(names(again)).toEqual(names(timeline));
    expect(again.heldBack).toBe(timeline.heldBack);
  });

  it('does nothing after now, in time order, and holds back what was prepared later', () => {
    const times = timeline.steps.map((s) => Date.parse(s.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    for (const f of timeline.arrivalFilings)
      expect(Date.parse(f.preparedAt)).toBeLessThanOrEqual(NOW.getTime());
    const sent = timeline.steps.filter((s) => s.kind === 'submit').length;
    const files = simFiles(days, config.port).filter((f) => f.sender !== undefined);
    const later = files.filter((f) => Date.parse(f.preparedAt) > NOW.getTime());
    expect(timeline.heldBack).toBe(later.length);
    expect(later.length).toBeGreaterThan(0);
    expect(sent + timeline.arrivalFilings.length + timeline.heldBack).toBe(files.length);
  });

  it('plans the calls that arrived before their arrival, and sends the arrivals’ CUSCARs last', () => {
    const arrived = days.flatMap((d) => d.calls).filter((c) => eta(c) <= NOW.getTime());
    const plans = timeline.steps.filter((s) => s.kind === 'plan');
    expect(plans.map((s) => s.call.id).sort()).toEqual(arrived.map((c) => c.id).sort());
    for (const p of plans) expect(Date.parse(p.at)).toBe(eta(p.call) - PLAN_LEAD_MS);
    expect(timeline.arrivals.length).toBeGreaterThan(0);
    for (const c of timeline.arrivals) expect(eta(c)).toBeGreaterThan(NOW.getTime());
    const arrivals = new Set(timeline.arrivals.map((c) => c.id));
    expect(timeline.arrivalFilings.length).toBeGreaterThan(0);
    for (const f of timeline.arrivalFilings) {
      expect(f.path.startsWith('cuscar/')).toBe(true);
      expect(arrivals.has(f.callId ?? '')).toBe(true);
    }
    for (const s of timeline.steps)
      if (s.kind === 'submit' && s.file.path.startsWith('cuscar/'))
        expect(arrivals.has(s.file.callId ?? '')).toBe(false);
  });
});
