// Party history on the simulator's world: how many bills have a shipper or consignee this node
// has not counted before, by day of the node's history. Not a speed figure: it is why a party's
// age waits for two weeks of history and why an agency's first-shipment rules may wait too (the
// default ones do not: docs/targeting.md, Party history). Each day is compared with the steady
// share of the last week of the run, the peer figure here.
import { generateDays, simConfig } from '../src/sim/index.ts';
import { partyKeysOf } from '../src/services/targeting/history-keys.ts';

export const title =
  'Party history: bills with a first-time shipper or consignee, by day of the node history';

const DAYS = Number(process.env.BENCH_NOVELTY_DAYS ?? 30);

export async function run(): Promise<void> {
  const config = simConfig({
    seed: 'party-novelty',
    startDate: '2026-01-05',
    days: DAYS,
    containersPerDay: 2_000,
  });
  const seen = new Set<string>();
  const shares: { day: number; bills: number; shipper: number; consignee: number }[] = [];
  for (const d of generateDays(config)) {
    let bills = 0;
    let shipper = 0;
    let consignee = 0;
    const today: string[] = [];
    for (const call of d.calls)
      for (const f of call.filings)
        for (const c of f.consignments) {
          bills++;
          const keys = partyKeysOf(c).filter((k) => k.role === 'shipper' || k.role === 'consignee');
          const fresh = new Set(
            keys.filter((k) => !seen.has(`${k.role}|${k.key}`)).map((k) => k.role),
          );
          if (fresh.has('shipper')) shipper++;
          if (fresh.has('consignee')) consignee++;
          for (const k of keys) today.push(`${k.role}|${k.key}`);
        }
    // A day's bills are counted into the history after the day, as a node scoring them would.
    for (const k of today) seen.add(k);
    shares.push({ day: d.index, bills, shipper: shipper / bills, consignee: consignee / bills });
  }
  const last = shares.slice(-7);
  const steady = (f: 'shipper' | 'consignee') => last.reduce((n, s) => n + s[f], 0) / last.length;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(
    `simulated ${DAYS} days at ${config.port}, ${config.containersPerDay} containers a day; steady share (last 7 days): shipper ${pct(steady('shipper'))}, consignee ${pct(steady('consignee'))}`,
  );
  console.log('day  bills  first-time shipper (× steady)  first-time consignee (× steady)');
  for (const s of shares)
    console.log(
      `${String(s.day).padStart(3)}  ${String(s.bills).padStart(5)}  ${pct(s.shipper).padStart(6)} (${(s.shipper / steady('shipper')).toFixed(1)}×)${' '.repeat(17)}${pct(s.consignee).padStart(6)} (${(s.consignee / steady('consignee')).toFixed(1)}×)`,
    );
  await Promise.resolve();
}
