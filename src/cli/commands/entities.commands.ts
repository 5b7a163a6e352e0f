/**
 * `portcullis screen` (a name, a file, or `--pending` jobs), `portcullis watchlist load|list`, `portcullis entity search|show|merge|split|evaluate`
 * and `portcullis graph neighbours|paths|communities`: screening, watchlists, entity resolution
 * and link graphs, on the node's database as an analyst of the given agency.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { AppContext } from '../../services/app-context.ts';
import type { Actor } from '../../services/access/actor.ts';
import {
  MEMBER_PAGE,
  type EntitiesService,
  type EntityProfile,
  type ScreeningService,
} from '../../services/entities/index.ts';
import { loadConfig } from '../../services/config.ts';
import { fail, printJson } from '../output.ts';

interface Common {
  readonly agency: string;
  readonly dataDir?: string;
  readonly json?: boolean;
}

const common = (c: Command) =>
  c
    .option('--agency <id>', 'agency whose data is used', 'local')
    .option('--data-dir <dir>', 'embedded database directory')
    .option('--json', 'print the result as JSON');

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Identical records as one line each (`--json` lists every record in `memberList`). */
function memberLines(p: EntityProfile): string[] {
  const lines = p.memberGroups.map(
    (g) =>
      `  ${g.records}× ${g.roles.join('/')} ${g.name}` +
      [g.address, g.country]
        .filter((x) => x !== undefined)
        .map((x) => `, ${x}`)
        .join('') +
      ` (filed ${[...new Set([day(g.firstFiled), day(g.lastFiled)])].join('…')}; first record ${g.partyId})`,
  );
  const more = p.memberGroupsTotal - p.memberGroups.length;
  return more > 0 ? [...lines, `  … ${more} more lines of records`] : lines;
}

/**
 * "  76 records filed as Li Co. at 69 Gangwan Avenue, 3220 Yiwu, CN": the country left out when
 * the records name none.
 */
export function sameNameAddressLine(s: EntityProfile['sameNameAndAddress'][number]): string {
  const at = [s.address, s.country].filter((x) => x !== '').join(', ');
  const elsewhere = s.elsewhere > 0 ? ` (${s.elsewhere} more in other entities)` : '';
  return `  ${s.records} records filed as ${s.name} at ${at}${elsewhere}`;
}

async function withEntities<T>(
  o: Common,
  body: (
    s: {
      screening: ScreeningService;
      entities: EntitiesService;
      context: AppContext;
    },
    actor: Actor,
  ) => Promise<T>,
): Promise<T> {
  const config = loadConfig(undefined, o.dataDir ? { dataDir: o.dataDir } : {});
  const { createAppContext } = await import('../../services/app-context.ts');
  const { createActor } = await import('../../services/access/actor.ts');
  const services = await import('../../services/entities/index.ts');
  const context = await createAppContext(config);
  try {
    const deps = { database: context.database, clock: context.clock };
    const actor = createActor({ kind: 'user', id: 'cli', agencyId: o.agency, roles: ['analyst'] });
    return await body(
      {
        screening: services.screeningServiceOf(context),
        entities: services.createEntitiesService(deps),
        context,
      },
      actor,
    );
  } finally {
    await context.close();
  }
}

const show = (o: Common, value: unknown, text: () => string) =>
  o.json ? printJson(value) : console.log(text());

/** Names from a CSV: a `name` column (and optional `country`), or the first column. */
function namesFromCsv(text: string): Array<{ name: string; country?: string }> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const head = (lines[0] ?? '')
    .toLowerCase()
    .split(',')
    .map((h) => h.trim());
  const hasHeader = head.includes('name');
  const ni = hasHeader ? head.indexOf('name') : 0;
  const ci = hasHeader ? head.indexOf('country') : -1;
  return lines.slice(hasHeader ? 1 : 0).map((l) => {
    const cells = l.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    const country = ci >= 0 ? cells[ci] : undefined;
    return { name: cells[ni] ?? '', ...(country ? { country } : {}) };
  });
}

const int = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('not a positive integer');
  return n;
};

interface ScreenOptions {
  readonly country?: string;
  readonly file?: string;
  readonly pending?: boolean;
}

/** Works off the `screen` jobs intake queued: each filing's parties screened, hits stored. */
async function screenPending(o: Common): Promise<void> {
  const { createScreeningWorker } = await import('../../services/entities/index.ts');
  const run = await withEntities(o, ({ screening, context }, actor) =>
    createScreeningWorker(context, screening, 'cli').screenPending(actor, 100_000),
  );
  show(
    o,
    run,
    () => `Screened ${run.jobs} filing(s): ${run.hits} watchlist hit(s), ${run.failed} failed.`,
  );
  if (run.failed > 0) process.exitCode = 1;
}

function registerScreen(program: Command): void {
  common(program.command('screen [name]'))
    .description('screen a name (or every name of --file) against the watchlists')
    .option('--country <cc>', 'ISO country of the party')
    .option('--file <csv>', 'CSV of names (column "name", optional "country")')
    .option('--pending', "run the queued screening jobs of accepted filings (the server's loop)")
    .action(async (name: string | undefined, o: Common & ScreenOptions) => {
      if (o.pending) return screenPending(o);
      if (!name && !o.file) fail('screen: give a name, --file names.csv or --pending', 2);
      const queries = o.file
        ? namesFromCsv(await readFile(o.file, 'utf8'))
        : [{ name: name ?? '', ...(o.country ? { country: o.country } : {}) }];
      const results = await withEntities(o, async ({ screening }, actor) => {
        const out = [];
        for (const q of queries)
          out.push({ ...q, matches: q.name.trim() === '' ? [] : await screening.screen(actor, q) });
        return out;
      });
      if (o.json) return printJson(o.file ? results : { matches: results[0]?.matches ?? [] });
      for (const r of results) {
        console.log(`${r.name}: ${r.matches.length === 0 ? 'no match' : ''}`);
        for (const m of r.matches)
          console.log(
            `  ${m.score.toFixed(3)}  ${m.name} [${m.listId} ${m.entryId}] ${m.programmes.join(' ')}${m.narcotics ? ' NARCOTICS' : ''}\n    ${m.reasons.map((x) => `${x.kind}: ${x.detail}`).join('; ')}`,
          );
      }
    });
}

function registerWatchlist(program: Command): void {
  const wl = program.command('watchlist').description('watchlists screened by the agency');
  common(wl.command('load <file>'))
    .description(
      'load or refresh a list from a file (an OFAC sdn.csv, plain or gzip, or an agency CSV)',
    )
    .option('--list <id>', 'list id (ofac-sdn replaces the bundled list)', 'ofac-sdn')
    .option('--name <name>', 'display name')
    .option('--format <format>', 'ofac-sdn or csv', 'ofac-sdn')
    .action(async (file: string, o: Common & { list: string; name?: string; format: string }) => {
      if (o.format !== 'ofac-sdn' && o.format !== 'csv') fail('--format: ofac-sdn or csv', 2);
      const bytes = new Uint8Array(await readFile(file));
      const r = await withEntities(o, ({ screening }, actor) =>
        screening.load(actor, {
          listId: o.list,
          name: o.name ?? o.list,
          format: o.format as 'ofac-sdn' | 'csv',
          bytes,
          source: file,
        }),
      );
      show(o, r, () =>
        [
          `Loaded ${r.summary.entries} entries into ${r.summary.listId}.`,
          ...r.diagnostics.map((d) => `  ${d.message}`),
        ].join('\n'),
      );
    });
  common(wl.command('list'))
    .description('lists, entries and thresholds')
    .action(async (o: Common) => {
      const lists = await withEntities(o, ({ screening }, actor) => screening.lists(actor));
      show(o, lists, () =>
        lists
          .map((l) => `${l.listId}\t${l.entries}\tthreshold ${l.threshold.toFixed(3)}\t${l.name}`)
          .join('\n'),
      );
    });
}

function registerEntity(program: Command): void {
  const entity = program.command('entity').description('resolved entities behind the parties');
  common(entity.command('search <query>'))
    .description('entities by name or identifier')
    .action(async (q: string, o: Common) => {
      const found = await withEntities(o, ({ entities }, actor) => entities.search(actor, q));
      show(
        o,
        found,
        () =>
          found
            .map(
              (e) =>
                `${e.id}\t${e.members} records\t${e.consignments} consignments\t${e.names.join(' | ')}`,
            )
            .join('\n') || 'no entity',
      );
    });
  common(entity.command('show <id>'))
    .description('an entity: members, identifiers, why they matched, hits')
    .action(async (id: string, o: Common) => {
      const p = await withEntities(o, ({ entities }, actor) =>
        entities.profile(actor, id, { memberLimit: MEMBER_PAGE.max }),
      );
      show(o, p, () =>
        [
          `${p.id}: ${p.names.join(' | ')}`,
          ...memberLines(p),
          ...Object.entries(p.identifiers).map(([k, v]) => `  ${k}: ${v.join(', ')}`),
          ...p.sharedIdentifiers.map(
            (s) =>
              `  ${s.records} records share ${s.kind} ${s.value}` +
              (s.elsewhere > 0 ? ` (${s.elsewhere} more in other entities)` : ''),
          ),
          ...p.sameNameAndAddress.map(sameNameAddressLine),
          ...p.conflicts.map(
            (c) =>
              `  conflict: same ${c.identifiers.map((i) => `${i.kind} ${i.value}`).join(', ')}, different names: ` +
              [c.name, ...c.others].map((n) => `${n.name} (${n.countries.join('/')})`).join(' / '),
          ),
          ...p.links.map(
            (l) =>
              `  link ${l.a} ~ ${l.b} ${l.score.toFixed(2)}: ${l.evidence.map((e) => e.kind).join(', ')}`,
          ),
          ...(p.linksTotal > p.links.length
            ? [`  … ${p.linksTotal - p.links.length} more links`]
            : []),
          ...p.screeningHits.map(
            (h) => `  hit ${h.score} ${h.matchedName} [${h.listId}] ${h.status}`,
          ),
        ].join('\n'),
      );
    });
  common(entity.command('merge <id> <other>'))
    .description('record that two entities are one')
    .option('--note <text>', 'why')
    .action(async (id: string, other: string, o: Common & { note?: string }) => {
      const e = await withEntities(o, ({ entities }, actor) =>
        entities.merge(actor, id, other, o.note),
      );
      show(o, e, () => `Merged into ${e.id} (${e.members} records).`);
    });
  common(entity.command('split <id> <partyIds...>'))
    .description('record that these party records are a different entity')
    .option('--note <text>', 'why')
    .action(async (id: string, partyIds: string[], o: Common & { note?: string }) => {
      const list = await withEntities(o, ({ entities }, actor) =>
        entities.split(actor, id, partyIds, o.note),
      );
      show(o, list, () => list.map((e) => `${e.id}\t${e.members} records`).join('\n'));
    });
  entity
    .command('evaluate')
    .description("entity resolution precision and recall against the simulator's ground truth")
    .option('--seed <seed>', 'simulator seed', '7')
    .option('--days <n>', 'simulated days', int, 3)
    .option('--containers <n>', 'containers a day', int, 3000)
    .option('--json', 'print the result as JSON')
    .action(async (o: { seed: string; days: number; containers: number; json?: boolean }) => {
      const { evaluateSimulatedResolution } = await import('../entities/evaluate-resolution.ts');
      const q = evaluateSimulatedResolution(o.seed, o.days, o.containers);
      if (o.json) return printJson(q);
      const f = (x: number) => x.toFixed(4);
      console.log(
        `${q.records} party records, ${q.trueEntities} true entities, ${q.predictedEntities} resolved\n` +
          `pairwise precision ${f(q.pairwise.precision)} recall ${f(q.pairwise.recall)}\n` +
          `B-cubed  precision ${f(q.bcubed.precision)} recall ${f(q.bcubed.recall)}`,
      );
    });
}

function registerGraph(program: Command): void {
  const graph = program
    .command('graph')
    .description('the link graph of entities, contacts and cargo');
  common(graph.command('neighbours <id>'))
    .description('nodes within k hops of an entity or node')
    .option('--hops <n>', 'hops', int, 2)
    .action(async (id: string, o: Common & { hops: number }) => {
      const g = await withEntities(o, ({ entities }, actor) => entities.graph(actor, id, o.hops));
      show(o, g, () => g.nodes.map((n) => `${n.kind}\t${n.label}\t${n.id}`).join('\n'));
    });
  common(graph.command('paths <from> <to>'))
    .description('shortest paths between two entities or nodes')
    .action(async (from: string, to: string, o: Common) => {
      const r = await withEntities(o, ({ entities }, actor) => entities.paths(actor, from, to));
      show(o, r, () => r.paths.map((p) => p.join(' — ')).join('\n') || 'no path');
    });
  common(graph.command('communities'))
    .description('communities of companies and persons, highest risk first, and the hubs left out')
    .option('--min-size <n>', 'fewest members (companies and persons) shown', int, 2)
    .option('--max-companies <n>', 'companies a hub links (default 10)', int)
    .action(async (o: Common & { minSize: number; maxCompanies?: number }) => {
      const list = await withEntities(o, ({ entities }, actor) =>
        entities.communities(actor, {
          minSize: o.minSize,
          ...(o.maxCompanies === undefined ? {} : { maxCompanies: o.maxCompanies }),
        }),
      );
      show(o, list, () =>
        [
          ...list.items.map(({ id, summary: s }) =>
            [
              `#${id} ${s.counts.companies} companies, ${s.counts.persons} persons: ` +
                s.members.items.map((m) => m.label).join(', '),
              ...s.reasons.map((r) => `  ${r.text}`),
              `  shares ${s.binds.items.map((b) => `${b.kind} ${b.label}`).join(', ') || 'dealings only'}`,
            ].join('\n'),
          ),
          `${list.total} communities; ${list.hubs.total} hubs left out (linked to more than ${list.hubs.threshold} companies)`,
        ].join('\n'),
      );
    });
}

export function registerEntitiesCommands(program: Command): void {
  registerScreen(program);
  registerWatchlist(program);
  registerEntity(program);
  registerGraph(program);
}
