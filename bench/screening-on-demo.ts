/**
 * Watchlist screening on a demo's stored parties, as an analyst meets it:
 * `npx tsx bench/screening-on-demo.ts <demo data dir>` (the `.portcullis` folder of a
 * `portcullis demo --no-serve` run). Screens every party of every consignment version the demo
 * screened again with the code as it is now (the bundled OFAC SDN list, the default threshold,
 * three matches per party as the service keeps), and prints how many hits that makes beside the
 * open hits the demo stored, then each distinct (party name, entry) with its score and reasons.
 * Not a test: asserts nothing.
 */
import { sql, type SQL } from 'drizzle-orm';
import { DEMO_AGENCY } from '../src/cli/demo/demo-actors.ts';
import { buildScreeningIndex } from '../src/intel/screening/screening-index.ts';
import { screenName, type ScreeningHit } from '../src/intel/screening/screen-name.ts';
import { createAppContext } from '../src/services/app-context.ts';
import { bundledSdnEntries } from '../src/services/entities/bundled-watchlist.ts';
import { rowsOf } from '../src/storage/db.ts';
import { listStoredPartiesOf } from '../src/storage/index.ts';

const dir = process.argv[2] ?? '.portcullis';
const context = await createAppContext({ dataDir: dir });
const db = context.database.db;
const rows = async <T>(query: SQL): Promise<T[]> => rowsOf<T>(await db.execute(query));
const ids = (
  await rows<{ id: string }>(
    sql`SELECT consignment_id::text AS id FROM screened_consignments WHERE agency_id = ${DEMO_AGENCY}`,
  )
).map((r) => r.id);
const [stored] = await rows<{ n: number }>(
  sql`SELECT count(*)::int AS n FROM screening_hits WHERE agency_id = ${DEMO_AGENCY} AND status = 'open'`,
);
const parties = await listStoredPartiesOf(db, DEMO_AGENCY, { consignmentIds: ids });
await context.close();

const index = buildScreeningIndex(bundledSdnEntries());
const started = process.cpuUsage();
const pairs = new Map<string, { name: string; hit: ScreeningHit; count: number }>();
let hits = 0;
const names = new Set<string>();
for (const p of parties) {
  const country = p.party.address?.country;
  const found = screenName(
    index,
    country === undefined ? { name: p.party.name } : { name: p.party.name, country },
    { limit: 3 },
  );
  hits += found.length;
  if (found.length > 0) names.add(p.party.name);
  for (const hit of found) {
    const key = `${p.party.name}\u0000${hit.entry.id}`;
    const pair = pairs.get(key) ?? { name: p.party.name, hit, count: 0 };
    pair.count++;
    pairs.set(key, pair);
  }
}
const cpu = process.cpuUsage(started);

console.log(
  `${ids.length} consignment versions, ${parties.length} parties screened in ${((cpu.user + cpu.system) / 1e6).toFixed(2)} CPU-s`,
);
console.log(
  `hits now: ${hits} on ${names.size} distinct party names (${pairs.size} name-entry pairs); open hits stored by the demo: ${stored?.n}`,
);
for (const { name, hit, count } of [...pairs.values()].sort((a, b) => b.hit.score - a.hit.score))
  console.log(
    `${hit.score.toFixed(3)} ×${String(count).padStart(2)}  ${name}  →  ${hit.entry.id} ${hit.matchedName}  [${hit.reasons.map((r) => `${r.kind}: ${r.detail}`).join('; ')}]`,
  );
