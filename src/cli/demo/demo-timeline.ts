/**
 * What the demo does, in time order, up to now: each simulated file is submitted when its sender
 * prepared it, each vessel call that has arrived is planned two hours before its arrival, and
 * what its scans found is recorded twelve hours after it (when that is past). Files prepared
 * after now are the future (moves not yet made, stowage plans not yet sent) and are held back.
 * The entry summaries (CUSCAR) of the calls still to arrive are set apart: the demo submits
 * them after the history, so that the model retrained at now scores them.
 */
import { simFiles, type SimCall, type SimDay, type SimFile } from '../../sim/index.ts';

const HOUR_MS = 3_600_000;
/** Officers plan a call's scans this long before it arrives. */
export const PLAN_LEAD_MS = 2 * HOUR_MS;
/** A call's scans and their outcomes are recorded this long after it arrived. */
export const OUTCOMES_AFTER_MS = 12 * HOUR_MS;

export type DemoStep =
  | { readonly kind: 'submit'; readonly at: string; readonly file: SimFile }
  | { readonly kind: 'plan'; readonly at: string; readonly call: SimCall }
  | { readonly kind: 'outcomes'; readonly at: string; readonly call: SimCall };

export interface DemoTimeline {
  /** At or before now, oldest first. */
  readonly steps: readonly DemoStep[];
  /** The CUSCARs of the calls arriving after now, oldest first (all prepared before now). */
  readonly arrivalFilings: readonly SimFile[];
  /** The calls arriving after now. */
  readonly arrivals: readonly SimCall[];
  /** Files prepared after now: not sent. */
  readonly heldBack: number;
}

const KIND_ORDER: Record<DemoStep['kind'], number> = { submit: 0, plan: 1, outcomes: 2 };
const nameOf = (s: DemoStep) => (s.kind === 'submit' ? s.file.path : s.call.id);
const iso = (ms: number) => new Date(ms).toISOString();
const arrivalOf = (call: SimCall) => Date.parse(call.portCall.eta ?? '');

function callSteps(calls: readonly SimCall[], now: number): DemoStep[] {
  return calls.flatMap((call): DemoStep[] => {
    const arrival = arrivalOf(call);
    const outcomesAt = arrival + OUTCOMES_AFTER_MS;
    return [
      { kind: 'plan', at: iso(arrival - PLAN_LEAD_MS), call },
      ...(outcomesAt <= now ? [{ kind: 'outcomes', at: iso(outcomesAt), call } as const] : []),
    ];
  });
}

export function demoTimeline(days: readonly SimDay[], now: Date, home: string): DemoTimeline {
  const nowMs = now.getTime();
  const calls = days.flatMap((d) => d.calls);
  const arrived = calls.filter((c) => arrivalOf(c) <= nowMs);
  const arrivals = calls.filter((c) => arrivalOf(c) > nowMs);
  const later = new Set(arrivals.map((c) => c.id));
  const files = simFiles(days, home).filter((f) => f.sender !== undefined);
  const ready = files.filter((f) => Date.parse(f.preparedAt) <= nowMs);
  const setApart = (f: SimFile) =>
    f.callId !== undefined && later.has(f.callId) && f.path.startsWith('cuscar/');
  const steps: DemoStep[] = [
    ...ready
      .filter((f) => !setApart(f))
      .map((file): DemoStep => ({ kind: 'submit', at: file.preparedAt, file })),
    ...callSteps(arrived, nowMs),
  ].sort(
    (a, b) =>
      Date.parse(a.at) - Date.parse(b.at) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      nameOf(a).localeCompare(nameOf(b)),
  );
  return {
    steps,
    arrivalFilings: ready.filter(setApart),
    arrivals,
    heldBack: files.length - ready.length,
  };
}
