/** Renders run statistics as a short text table (target beside measured) for the CLI and benchmarks. */
import type { Measure, SimStats } from './sim-stats.ts';
import { TYPOLOGIES } from './typologies/typology.ts';

const pct = (x: number, digits = 2) => `${(x * 100).toFixed(digits)} %`;
const row = (label: string, m: Measure, digits = 2) =>
  `  ${label.padEnd(34)} ${pct(m.target, digits).padStart(10)} ${pct(m.measured, digits).padStart(10)}`;

export function formatStats(s: SimStats): string[] {
  return [
    `${s.days} days, ${s.calls} vessel calls, ${s.containersMoved} containers moved (${s.discharged} discharged), ${s.consignments} consignments`,
    `  ${''.padEnd(34)} ${'target'.padStart(10)} ${'measured'.padStart(10)}`,
    row('reefer share (full discharged)', s.reeferShare),
    row('transshipment share', s.transshipmentShare),
    row('empty share (moved)', s.emptyShare),
    row(`smuggling rate (${s.smugglingRate.cases} cases)`, s.smugglingRate, 3),
    ...TYPOLOGIES.map((t) => row(`  ${t} (${s.typologies[t].cases})`, s.typologies[t], 3)),
    '  top origins:',
    ...s.topOrigins.map((o) => row(`    ${o.country}`, o)),
    '  commodity mix (HS):',
    ...s.commodityMix.map((c) => row(`    ${c.hs} ${c.description.slice(0, 24)}`, c)),
  ];
}
