/**
 * `portcullis node init|keys`, `portcullis partner add|list|keys|token|connect` and `portcullis
 * sync`: this node's identity and signing keys, the partner registry (keys with rotation, bearer
 * tokens shown once and stored hashed, endpoints, audit keys) and one sync run with every partner
 * (with the check of each partner's audit tree head, and of the heads other partners hold of it).
 */
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { actingFor, createActor } from '../../services/access/actor.ts';
import type { AppContext } from '../../services/app-context.ts';
import { loadConfig } from '../../services/config.ts';
import type { SyncReport } from '../../services/exchange/sync.service.ts';
import { printJson } from '../output.ts';

interface Common {
  dataDir?: string;
  json?: boolean;
}

/**
 * The operator at the console: registry administration, releases and sync, acting for the agency
 * the node was set up for (`node init --agency`), whose registry it is.
 */
const CONSOLE_OPERATOR = createActor({
  kind: 'user',
  id: 'cli',
  agencyId: 'local',
  roles: ['admin', 'liaison-officer', 'partner-node'],
});

async function withExchange<T>(o: Common, body: (context: AppContext) => Promise<T>) {
  const config = loadConfig(undefined, o.dataDir ? { dataDir: o.dataDir } : {});
  const { createAppContext } = await import('../../services/app-context.ts');
  const context = await createAppContext(config);
  try {
    return await body(context);
  } finally {
    await context.close();
  }
}

async function services(context: AppContext) {
  const { exchangeContext } = await import('../../services/exchange/exchange-context.ts');
  const { createPartnerRegistry } =
    await import('../../services/exchange/partner-registry.service.ts');
  const { createSyncService } = await import('../../services/exchange/sync.service.ts');
  const { loadNodeIdentity } = await import('../../services/exchange/node-identity.ts');
  const ctx = exchangeContext(context);
  const node = await loadNodeIdentity(context.database.db, context.clock.now());
  return {
    ctx,
    operator: actingFor(CONSOLE_OPERATOR, node.agencyId),
    registry: createPartnerRegistry(ctx),
    sync: createSyncService(ctx),
  };
}

const common = (c: Command) =>
  c
    .option('--data-dir <dir>', 'node data directory (database and keys)')
    .option('--json', 'print the result as JSON');
const list = (v: string) => v.split(',').filter((x) => x !== '');
/** A key given inline, or the file holding it. */
const keyText = (v: string) => (existsSync(v) ? readFileSync(v, 'utf8') : v);
interface UpdateOptions {
  push?: boolean;
  requireSignedRequests?: boolean;
  auditKey?: string;
}
const jwkOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { kty: string };

function headLine(h: NonNullable<SyncReport['partners'][number]['auditHead']>): string {
  const size = h.treeSize === undefined ? '' : ` (${h.treeSize} entries)`;
  const verified = h.outcome === 'accepted' || h.outcome === 'unchanged' || h.outcome === 'none';
  return `${verified ? '' : 'ALARM '}${h.outcome}${size}${h.message ? ` — ${h.message}` : ''}`;
}

type WitnessReport = NonNullable<SyncReport['partners'][number]['witnesses']>[number];

/** The head another partner holds of this one's log, compared with the one held here. */
function witnessLine(w: WitnessReport): string {
  const alarm = w.outcome !== 'consistent' && w.outcome !== 'not-compared';
  const why = w.reason ? ` (${w.reason})` : '';
  return `${alarm ? 'ALARM ' : ''}${w.outcome}${why}${w.message ? ` — ${w.message}` : ''}`;
}

export function registerExchangeCommands(program: Command): void {
  const node = program.command('node').description("this node's exchange identity");
  common(node.command('init'))
    .description('name the agency this node acts for and make a new signing key (rotates)')
    .requiredOption('--agency <id>', 'agency id, e.g. be-customs-antwerp')
    .action(async (o: Common & { agency: string }) => {
      await withExchange(o, async (context) => {
        const { initNode } = await import('../../services/exchange/node-identity.ts');
        const id = await initNode(context.database.db, o.agency, context.clock.now());
        printJson({ agency: id.agencyId, kid: id.signing.kid, publicKey: id.publicKeys[0] });
      });
    });
  common(node.command('keys'))
    .description("print this node's public keys (JWK) to give partners")
    .action(async (o: Common) => {
      await withExchange(o, async (context) => {
        const { loadNodeIdentity } = await import('../../services/exchange/node-identity.ts');
        const id = await loadNodeIdentity(context.database.db, context.clock.now());
        printJson({ agency: id.agencyId, signingKid: id.signing.kid, keys: id.publicKeys });
      });
    });

  const partner = program.command('partner').description('the partner registry');
  common(partner.command('add <id>'))
    .description('register a partner node')
    .requiredOption('--agency <id>', "the partner's agency id")
    .requiredOption('--name <name>', 'display name')
    .option('--country <cc>', 'ISO 3166 country code')
    .option('--endpoint <url>', 'base URL of its node (TAXII under /taxii2/)')
    .option('--communities <list>', 'comma-separated community ids', list, [])
    .option('--purposes <list>', 'purposes its agreement covers', list, ['customs-control'])
    .option('--key <file>', 'its Ed25519 public key as a JWK file')
    .option('--audit-key <hex|file>', 'its audit public key (`portcullis audit public-key` there)')
    .option('--push', 'it accepts objects pushed to it')
    .option('--require-signed-requests', 'refuse its TAXII requests unless signed (RFC 9421)')
    .action(async (id: string, o: Common & Record<string, unknown>) => {
      await withExchange(o, async (context) => {
        const { registry, operator } = await services(context);
        const view = await registry.add(operator, {
          id,
          agencyId: o['agency'] as string,
          name: o['name'] as string,
          communities: o['communities'] as string[],
          purposes: o['purposes'] as string[],
          acceptsPush: o['push'] === true,
          requireSignedRequests: o['requireSignedRequests'] === true,
          ...(typeof o['country'] === 'string' ? { country: o['country'] } : {}),
          ...(typeof o['endpoint'] === 'string' ? { endpoint: o['endpoint'] } : {}),
          ...(typeof o['key'] === 'string' ? { publicKey: jwkOf(o['key']) } : {}),
          ...(typeof o['auditKey'] === 'string' ? { auditPublicKey: keyText(o['auditKey']) } : {}),
        });
        printJson(view);
      });
    });
  common(partner.command('update <id>'))
    .description('change whether the partner accepts pushes and must sign its TAXII requests')
    .option('--push', 'it accepts objects pushed to it')
    .option('--no-push', 'it does not accept pushes')
    .option('--require-signed-requests', 'refuse its TAXII requests unless signed (RFC 9421)')
    .option('--no-require-signed-requests', 'accept its requests with the bearer token alone')
    .option('--audit-key <hex|file>', 'its audit public key, whose tree heads sync checks')
    .action(async (id: string, o: Common & UpdateOptions) => {
      await withExchange(o, async (context) => {
        const { registry, operator } = await services(context);
        const view = await registry.update(operator, id, {
          ...(o.push === undefined ? {} : { acceptsPush: o.push }),
          ...(o.requireSignedRequests === undefined
            ? {}
            : { requireSignedRequests: o.requireSignedRequests }),
          ...(o.auditKey === undefined ? {} : { auditPublicKey: keyText(o.auditKey) }),
        });
        printJson(view);
      });
    });
  common(partner.command('list'))
    .description('list partners with their keys')
    .action(async (o: Common) => {
      await withExchange(o, async (context) => {
        const { registry, operator } = await services(context);
        const partners = await registry.list(operator);
        if (o.json) return printJson(partners);
        for (const p of partners)
          console.log(
            `${p.id}\t${p.agencyId}\t${p.communities.join(',')}\t${p.endpoint ?? '-'}\t${p.keys.length} key(s)`,
          );
      });
    });
  common(partner.command('keys <id>'))
    .description("add a partner's new public key (rotation) or end an old one's validity")
    .option('--add <file>', 'a JWK file to add')
    .option('--expire <kid>', 'end the validity of this key now')
    .action(async (id: string, o: Common & { add?: string; expire?: string }) => {
      await withExchange(o, async (context) => {
        const { registry, operator } = await services(context);
        if (o.add) printJson(await registry.addKey(operator, id, jwkOf(o.add)));
        if (o.expire) await registry.expireKey(operator, id, o.expire);
        const all = await registry.list(operator);
        printJson(all.find((p) => p.id === id)?.keys ?? []);
      });
    });
  common(partner.command('token <id>'))
    .description('issue a bearer token for the partner (shown once, stored hashed)')
    .action(async (id: string, o: Common) => {
      await withExchange(o, async (context) => {
        const { registry, operator } = await services(context);
        const token = await registry.issueToken(operator, id);
        console.log(token);
      });
    });
  common(partner.command('connect <id>'))
    .description("set the partner's endpoint and the token it issued to this node")
    .option('--endpoint <url>', 'base URL of its node')
    .option('--token-stdin', 'read the token it issued from standard input')
    .action(async (id: string, o: Common & { endpoint?: string; tokenStdin?: boolean }) => {
      const token = o.tokenStdin ? readFileSync(0, 'utf8').trim() : undefined;
      await withExchange(o, async (context) => {
        const { registry, operator } = await services(context);
        await registry.connect(operator, id, {
          ...(o.endpoint ? { endpoint: o.endpoint } : {}),
          ...(token ? { outboundToken: token } : {}),
        });
      });
    });

  common(program.command('sync'))
    .description('pull from and push to every partner once, then match new cargo')
    .action(async (o: Common) => {
      await withExchange(o, async (context) => {
        const { sync, operator } = await services(context);
        const report = await sync.syncOnce(operator);
        if (o.json) return printJson(report);
        for (const p of report.partners) {
          console.log(
            `${p.partnerId}: ${p.applied} applied, ${p.duplicates} already had, ${p.rejected} rejected, ${p.pushed} pushed${p.error ? ` — ${p.error}` : ''}`,
          );
          if (p.auditHead) console.log(`  audit head: ${headLine(p.auditHead)}`);
          for (const w of p.witnesses ?? [])
            console.log(`  head held by ${w.witness}: ${witnessLine(w)}`);
        }
        console.log(`Lookout hits: ${report.hits} (${report.sightings} sightings sent back)`);
      });
    });
}
