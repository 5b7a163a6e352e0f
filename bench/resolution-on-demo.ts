/**
 * Entity resolution on a demo's stored parties, scored against the simulator's truth:
 * `npx tsx bench/resolution-on-demo.ts <demo data dir>` (the `.portcullis` folder of a
 * `portcullis demo --no-serve` run). Reads the agency's latest parties as the entities service
 * does, resolves them in memory (fastest of five runs), and regenerates the demo's simulated days
 * (options and time from its demo.json) to know the company behind each stored party, matched by
 * bill, role and name. Prints entities, the largest clusters, the most split true entities and
 * pairwise and B-cubed precision and recall over the parties matched. Not a test: asserts nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_AGENCY } from '../src/cli/demo/demo-actors.ts';
import { demoWorld, type DemoOptions } from '../src/cli/demo/demo-world.ts';
import {
  evaluateResolution,
  recordFromParty,
  resolveParties,
  type ResolutionResult,
} from '../src/intel/resolution/index.ts';
import { createAppContext } from '../src/services/app-context.ts';
import { companyOfParty, generateDays } from '../src/sim/index.ts';
import { listLatestParties, type StoredParty } from '../src/storage/index.ts';

const dir = process.argv[2] ?? '.portcullis';
const marker = JSON.parse(readFileSync(path.join(dir, 'demo.json'), 'utf8')) as {
  options: DemoOptions;
  at: string;
};

const keyOf = (bill: string, role: string, name: string) => `${bill}\u0000${role}\u0000${name}`;

/** bill + role + name → the simulated entity behind it (several when ambiguous). */
function truthIndex(): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const day of generateDays(demoWorld(marker.options, new Date(marker.at))))
    for (const call of day.calls)
      for (const filing of call.filings)
        for (const c of filing.consignments)
          for (const p of c.parties) {
            const company = companyOfParty(p);
            if (!company) continue;
            const key = keyOf(c.billNumber, p.role, p.name);
            index.set(key, (index.get(key) ?? new Set()).add(company.entityId));
          }
  return index;
}

function timed(parties: readonly StoredParty[]): { result: ResolutionResult; ms: number } {
  const records = parties.map((p) => recordFromParty(p.id, p.party));
  let best = Infinity;
  let result: ResolutionResult | undefined;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    result = resolveParties(records);
    best = Math.min(best, performance.now() - started);
  }
  return { result: result as ResolutionResult, ms: best };
}

const context = await createAppContext({ dataDir: dir });
const parties = await listLatestParties(context.database.db, DEMO_AGENCY);
await context.close();
const { result, ms } = timed(parties);
const entityOf = new Map(result.entities.flatMap((e) => e.memberIds.map((m) => [m, e.id])));
const byId = new Map(parties.map((p) => [p.id, p]));
const nameOf = (id: string) => byId.get(id)?.party.name ?? id;

const index = truthIndex();
const truth = new Map<string, string>();
let ambiguous = 0;
for (const p of parties) {
  const found = index.get(keyOf(p.billNumber, p.party.role, p.party.name));
  if (found?.size === 1) truth.set(p.id, [...found][0] as string);
  else if (found) ambiguous++;
}
const quality = evaluateResolution(entityOf, truth);

const sizes = result.entities
  .map((e) => ({
    size: e.memberIds.length,
    name: nameOf(e.memberIds[0] ?? ''),
    identified: e.memberIds.some((m) => {
      const ids = byId.get(m)?.party.identifiers;
      return Boolean(ids?.eori ?? ids?.vat ?? ids?.other?.imo);
    }),
  }))
  .sort((a, b) => b.size - a.size);
const unidentified = sizes.filter((s) => !s.identified);
/** Per true entity: the resolved entities its records are in, and how many records it has. */
const spread = new Map<string, { entities: Set<string>; records: number }>();
for (const [id, t] of truth) {
  const s = spread.get(t) ?? { entities: new Set<string>(), records: 0 };
  s.entities.add(entityOf.get(id) ?? id);
  s.records++;
  spread.set(t, s);
}
const split = [...spread]
  .map(([t, s]) => ({ t, entities: s.entities.size, records: s.records }))
  .sort((a, b) => b.entities - a.entities)
  .slice(0, 5);
const f = (x: number) => x.toFixed(6);
console.log(
  `parties ${parties.length}, entities ${result.entities.length}, candidate pairs ${result.candidatePairs}, resolution ${ms.toFixed(0)} ms (fastest of 5)`,
);
console.log(
  `largest entities: ${sizes
    .slice(0, 8)
    .map((s) => `${s.size} ${s.name}`)
    .join('; ')}`,
);
console.log(
  `largest without EORI, VAT or IMO: ${unidentified
    .slice(0, 5)
    .map((s) => `${s.size} ${s.name}`)
    .join('; ')}`,
);
console.log(
  `most split true entities: ${split.map((s) => `${s.t} ${s.records} records in ${s.entities} entities`).join('; ')}`,
);
console.log(
  `truth: ${truth.size} parties matched, ${ambiguous} ambiguous, ${parties.length - truth.size - ambiguous} unmatched; ${quality.trueEntities} true entities, ${quality.predictedEntities} resolved`,
);
console.log(
  `pairwise precision ${f(quality.pairwise.precision)} recall ${f(quality.pairwise.recall)} F1 ${f(quality.pairwise.f1)}; B-cubed precision ${f(quality.bcubed.precision)} recall ${f(quality.bcubed.recall)} F1 ${f(quality.bcubed.f1)}`,
);
