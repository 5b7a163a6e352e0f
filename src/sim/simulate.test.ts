import { describe, expect, it } from 'vitest';
import { parseContainerNumber } from '../core/identifiers/container-number.ts';
import { parseEori } from '../core/identifiers/eori.ts';
import { parseHsCode } from '../core/identifiers/hs-code.ts';
import { parseImoNumber } from '../core/identifiers/imo-number.ts';
import { parseUnLocode } from '../core/identifiers/un-locode.ts';
import { getReferenceData } from '../reference/index.ts';
import { simConfig } from './sim-config.ts';
import type { SimDay } from './sim-day.ts';
import { generateDays, simulate } from './simulate.ts';

const small = simConfig({ seed: 'test-port', days: 2, containersPerDay: 800 });

function run(config = small): SimDay[] {
  return [...generateDays(config)];
}

describe('simulate', () => {
  const days = run();
  const consignments = days.flatMap((d) =>
    d.calls.flatMap((c) => c.filings.flatMap((f) => f.consignments)),
  );

  it('generates the same world from the same seed, and another from another seed', async () => {
    expect(JSON.stringify(run())).toBe(JSON.stringify(days));
    expect(JSON.stringify(run({ ...small, seed: 'other' }))).not.toBe(JSON.stringify(days));
    const streamed: SimDay[] = [];
    for await (const d of simulate(small)) streamed.push(d);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(days));
  });

  it('moves about the configured number of containers a day through several vessel calls', () => {
    const moved = days.reduce(
      (n, d) => n + d.calls.reduce((m, c) => m + c.discharged.length + c.loaded.length, 0),
      0,
    );
    expect(moved / 2).toBeGreaterThan(400);
    expect(moved / 2).toBeLessThan(1600);
    expect(days.every((d) => d.calls.length >= 3)).toBe(true);
  });

  it('uses only identifiers the core parsers and the reference data accept', () => {
    const ref = getReferenceData();
    const known = (code: string) => ref.locodes.has(code);
    const hs6 = (code: string) => ref.hs.hasHs6(code);
    for (const c of consignments) {
      const ports = [c.route.portOfLoading, c.route.portOfDischarge, ...c.route.transshipmentPorts];
      for (const p of ports) expect(parseUnLocode(p, known).ok, p).toBe(true);
      for (const g of c.goods) expect(parseHsCode(g.hsCode ?? '', hs6).ok, g.hsCode).toBe(true);
      for (const e of c.equipment) expect(parseContainerNumber(e.containerNumber).ok).toBe(true);
      for (const p of c.parties)
        if (p.identifiers?.eori)
          expect(parseEori(p.identifiers.eori, (cc) => ref.countries.has(cc)).ok).toBe(true);
      expect(parseImoNumber(c.vesselImo ?? '').ok).toBe(true);
    }
    for (const e of days.flatMap((d) => d.containerEvents))
      expect(known(e.location ?? ''), e.location).toBe(true);
  });

  it('files every entry summary at least 24 hours before loading at the port of loading', () => {
    const events = days.flatMap((d) => d.containerEvents);
    const firstLoad = new Map<string, number>();
    for (const e of events)
      if (e.eventType === 'LOAD')
        for (const b of e.billNumbers ?? [])
          firstLoad.set(b, Math.min(firstLoad.get(b) ?? Infinity, Date.parse(e.eventAt)));
    for (const d of days)
      for (const call of d.calls)
        for (const f of call.filings)
          for (const c of f.consignments) {
            const load = firstLoad.get(c.billNumber) ?? NaN;
            expect(load - Date.parse(f.filedAt)).toBeGreaterThanOrEqual(24 * 3_600_000);
          }
  });

  it('orders every container timeline in time and ends imports with a gate-out at the port', () => {
    const byContainer = new Map<string, SimDay['containerEvents'][number][]>();
    for (const day of days) {
      const cloned = new Set(day.cases.map((k) => k.containerNumber));
      for (const e of day.containerEvents) {
        if (cloned.has(e.containerNumber)) continue;
        const key = `${day.date}:${e.containerNumber}`;
        byContainer.set(key, [...(byContainer.get(key) ?? []), e]);
      }
    }
    let gateOuts = 0;
    for (const list of byContainer.values()) {
      const times = list.map((e) => Date.parse(e.eventAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      if (list.at(-1)?.eventType === 'GTOT') gateOuts++;
    }
    expect(gateOuts).toBeGreaterThan(byContainer.size / 4);
  });

  it('reports a container number at most once per call and day unless it was cloned', () => {
    for (const d of days) {
      const cloned = new Set(
        d.cases.filter((k) => k.typology === 'cloned-container').map((k) => k.containerNumber),
      );
      const seen = new Map<string, number>();
      for (const call of d.calls)
        for (const e of [...call.discharged, ...call.loaded])
          seen.set(e.containerNumber, (seen.get(e.containerNumber) ?? 0) + 1);
      for (const [n, count] of seen) if (!cloned.has(n)) expect(count, n).toBe(1);
    }
  });
});
