/**
 * `portcullis audit head|export|public-key|partner-heads|verify`: signs a tree head over the audit
 * log, exports the log as JSON lines, prints the node's public key, lists the heads held of
 * partners' logs with their alarms (exit 1 when a partner is in alarm), and verifies an export
 * with nothing but that key (exit 0 when it verifies, 1 when it does not).
 */
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { actingFor, createActor, type Actor } from '../../services/access/actor.ts';
import type { AuditLogService } from '../../services/audit-log/audit-log.service.ts';
import { loadNodeSigningKey } from '../../services/audit-log/node-signing-key.ts';
import { parsePublicKey } from '../../services/audit-log/public-key-input.ts';
import { verifyAuditExport } from '../../services/audit-log/verify-audit-export.ts';
import { loadConfig } from '../../services/config.ts';
import type { PartnerHeadStatus } from '../../services/exchange/partner-heads.service.ts';
import { fail, printDiagnostics, printJson } from '../output.ts';

interface Common {
  dataDir?: string;
  json?: boolean;
}

/** The auditor at the console; it reads the log acting for the node's agency (`node init --agency`). */
const auditor = createActor({ kind: 'user', id: 'cli', agencyId: 'local', roles: ['auditor'] });

function configOf(o: Common) {
  return loadConfig(undefined, o.dataDir ? { dataDir: o.dataDir } : {});
}

async function withAuditLog<T>(
  o: Common,
  body: (log: AuditLogService, nodeAuditor: () => Promise<Actor>) => Promise<T>,
) {
  const config = configOf(o);
  const { createAppContext } = await import('../../services/app-context.ts');
  const { createAuditLogService } = await import('../../services/audit-log/audit-log.service.ts');
  const { loadNodeIdentity } = await import('../../services/exchange/node-identity.ts');
  const context = await createAppContext(config);
  try {
    const key = loadNodeSigningKey(config.dataDir);
    // The log is read by the node's agency only: the console reads it as that agency's auditor.
    const nodeAuditor = async () =>
      actingFor(
        auditor,
        (await loadNodeIdentity(context.database.db, context.clock.now())).agencyId,
      );
    return await body(createAuditLogService({ ...context, key }), nodeAuditor);
  } finally {
    await context.close();
  }
}

const common = (c: Command) =>
  c
    .option('--data-dir <dir>', 'node data directory (database and keys)')
    .option('--json', 'print the result as JSON');

export function registerAuditCommand(program: Command): void {
  const audit = program
    .command('audit')
    .description('the tamper-evident audit log: tree heads, export, verification');
  common(audit.command('head'))
    .description('sign a tree head over every audit event so far, store it and print it')
    .action(async (o: Common) => {
      const head = await withAuditLog(o, (log) => log.issueTreeHead(auditor));
      if (o.json) printJson(head);
      else
        console.log(
          `Tree head: ${head.treeSize} entries, root ${head.rootHash}, ${head.timestamp}`,
        );
    });
  common(audit.command('export'))
    .description('export the audit log (entries, then signed tree heads) as JSON lines')
    .requiredOption('--out <file>', 'file to write (must not exist)')
    .option('--with-head', 'sign a fresh tree head first, so every entry is covered')
    .action(exportAction);
  common(audit.command('public-key'))
    .description("print the node's audit signing public key (hex), creating the key if needed")
    .action((o: Common) => {
      const key = loadNodeSigningKey(configOf(o).dataDir);
      if (o.json) printJson({ keyId: key.keyId, publicKey: key.publicKeyHex });
      else console.log(key.publicKeyHex);
    });
  common(audit.command('partner-heads'))
    .description('per partner, the last audit tree head held of its log, verified or the alarm')
    .action(partnerHeadsAction);
  audit
    .command('verify')
    .description('verify an audit export with nothing but the node public key')
    .argument('<file>', 'export written by `portcullis audit export`')
    .requiredOption(
      '--public-key <hex|file>',
      'node public key: 64 hex digits or a file holding it',
    )
    .option('--json', 'print the report as JSON')
    .action(verifyAction);
}

async function exportAction(o: Common & { out: string; withHead?: boolean }) {
  const handle = await open(o.out, 'wx').catch(() =>
    fail(`cannot create ${o.out} (does it exist?)`),
  );
  try {
    const summary = await withAuditLog(o, async (log, nodeAuditor) => {
      const actor = await nodeAuditor();
      if (o.withHead) await log.issueTreeHead(actor);
      return log.exportLog(actor, (line) => handle.write(`${line}\n`).then(() => undefined));
    });
    if (o.json) printJson({ file: o.out, ...summary });
    else
      console.log(
        `Exported ${summary.entries} entries and ${summary.treeHeads} tree heads to ${o.out}`,
      );
  } finally {
    await handle.close();
  }
}

async function partnerHeadsAction(o: Common) {
  const { createAppContext } = await import('../../services/app-context.ts');
  const { exchangeContext } = await import('../../services/exchange/exchange-context.ts');
  const { loadNodeIdentity } = await import('../../services/exchange/node-identity.ts');
  const { createPartnerHeadsService } =
    await import('../../services/exchange/partner-heads.service.ts');
  const context = await createAppContext(configOf(o));
  try {
    // The console's auditor acts for the node's own agency.
    const node = await loadNodeIdentity(context.database.db, context.clock.now());
    const service = createPartnerHeadsService(exchangeContext(context));
    const items = await service.list(actingFor(auditor, node.agencyId));
    if (o.json) return printJson(items);
    for (const p of items) console.log(partnerHeadLine(p));
    if (items.some((p) => p.state === 'alarm')) process.exitCode = 1;
  } finally {
    await context.close();
  }
}

function partnerHeadLine(p: PartnerHeadStatus): string {
  const h = p.held?.head;
  const held = h
    ? `${h.treeSize} entries, root ${h.rootHash}, signed ${h.timestamp}, held since ${p.held?.checkedAt ?? ''}`
    : 'no head held';
  const alarm = p.lastAlarm;
  const state =
    p.state === 'alarm' && alarm
      ? `ALARM ${alarm.outcome}${alarm.witness ? ` (witness ${alarm.witness})` : ''} at ${alarm.checkedAt}: ${alarm.message ?? ''}`
      : p.state;
  const more = p.alarms > 0 ? ` (${p.alarms} alarm(s) in all)` : '';
  return `${p.partnerId}\t${state}${more}\n  ${held}`;
}

function verifyAction(file: string, o: { publicKey: string; json?: boolean }) {
  const keyText = existsSync(o.publicKey) ? readFileSync(o.publicKey, 'utf8') : o.publicKey;
  const key = parsePublicKey(keyText);
  if (!key.ok) fail(key.diagnostics.map((d) => d.message).join(' '), 2);
  const text = readFileSync(file, 'utf8');
  const result = verifyAuditExport(text, key.value, file);
  if (o.json) printJson(result);
  else printVerification(result);
  process.exitCode = result.ok ? 0 : 1;
}

function printVerification(result: ReturnType<typeof verifyAuditExport>) {
  const { report } = result;
  console.log(
    `${result.ok ? 'VERIFIED' : 'NOT VERIFIED'}: ${report.entries} entries, ${report.treeHeadsChecked} tree heads, ${report.verifiedSize} entries proven by a signed head`,
  );
  console.log(
    `  format ${result.format ?? '(no header)'}, leaves hashed the ${result.leafEncoding} way`,
  );
  for (const f of report.findings) console.log(`  ${f.severity} ${f.kind}: ${f.message}`);
  printDiagnostics(result.diagnostics);
}
