/**
 * `portcullis retention status|run|set|hold|release|holds`: the retention rules in force, a purge
 * run (tombstones and audit events written by the service), rule changes, and legal holds on a
 * consignment, container or entity, optionally grouped under a case, released one by one or by case.
 * The CLI acts as the node's administrator for the agency given (default `local`).
 */
import type { Command } from 'commander';
import { createActor } from '../../services/access/actor.ts';
import { loadConfig } from '../../services/config.ts';
import {
  DATA_CLASSES,
  HOLD_KINDS,
  isDataClass,
  isHoldKind,
  RETENTION_ACTIONS,
  type RetentionAction,
} from '../../services/retention/retention-rules.ts';
import type { RetentionService } from '../../services/retention/retention.service.ts';
import { fail, printJson } from '../output.ts';

interface Common {
  dataDir?: string;
  agency: string;
  json?: boolean;
}

async function withRetention<T>(o: Common, body: (s: RetentionService) => Promise<T>) {
  const config = loadConfig(undefined, o.dataDir ? { dataDir: o.dataDir } : {});
  const { createAppContext } = await import('../../services/app-context.ts');
  const { createRetentionService } = await import('../../services/retention/retention.service.ts');
  const context = await createAppContext(config);
  try {
    return await body(createRetentionService(context));
  } finally {
    await context.close();
  }
}

const operator = (o: Common) =>
  createActor({ kind: 'user', id: 'cli', agencyId: o.agency, roles: ['admin'] });

const common = (c: Command) =>
  c
    .option('--data-dir <dir>', 'node data directory')
    .option('--agency <id>', 'agency the command acts for', 'local')
    .option('--json', 'print the result as JSON');

function show(o: Common, value: unknown, text: () => void) {
  if (o.json) printJson(value);
  else text();
}

export function registerRetentionCommand(program: Command): void {
  const retention = program
    .command('retention')
    .description('retention periods, the purge, and legal holds');
  common(retention.command('status'))
    .description('rules in force, active holds and tombstones so far')
    .action(async (o: Common) => {
      const status = await withRetention(o, (s) => s.status(operator(o)));
      show(o, status, () => {
        for (const r of status.rules)
          console.log(
            `${r.dataClass.padEnd(14)} ${r.action} after ${r.retainDays} days${r.configured ? '' : ' (default)'}`,
          );
        console.log(`active legal holds: ${status.activeHolds}`);
        for (const t of status.tombstones)
          console.log(`tombstones ${t.dataClass}/${t.recordKind} ${t.action}: ${t.count}`);
      });
    });
  common(retention.command('run'))
    .description('purge what the rules say must go (every class, or those named)')
    .argument('[classes...]', `data classes: ${DATA_CLASSES.join(', ')}`)
    .action(async (classes: string[], o: Common) => {
      const bad = classes.filter((c) => !isDataClass(c));
      if (bad.length > 0)
        fail(`unknown data class ${bad.join(', ')}; use ${DATA_CLASSES.join(', ')}`);
      const only = classes.filter(isDataClass);
      const run = await withRetention(o, (s) =>
        s.run(operator(o), only.length > 0 ? only : undefined),
      );
      show(o, run, () => {
        console.log(`Retention run ${run.runId}`);
        for (const c of run.classes)
          console.log(`  ${c.rule} (before ${c.cutoff}): ${JSON.stringify(c.steps)}`);
      });
    });
  common(retention.command('set'))
    .description('change the retention period (and action) of a data class')
    .argument('<class>', DATA_CLASSES.join(', '))
    .argument('<days>', 'days to keep')
    .option('--action <action>', RETENTION_ACTIONS.join(' or '))
    .action(async (dataClass: string, days: string, o: Common & { action?: string }) => {
      if (!isDataClass(dataClass)) fail(`unknown data class ${dataClass}`);
      if (o.action !== undefined && !(RETENTION_ACTIONS as readonly string[]).includes(o.action))
        fail(`--action must be ${RETENTION_ACTIONS.join(' or ')}`);
      const rule = await withRetention(o, (s) =>
        s.setRule(operator(o), dataClass, Number(days), o.action as RetentionAction | undefined),
      );
      show(o, rule, () =>
        console.log(`${rule.dataClass}: ${rule.action} after ${rule.retainDays} days`),
      );
    });
  registerHoldCommands(retention);
}

function registerHoldCommands(retention: Command) {
  common(retention.command('hold'))
    .description('place a legal hold: nothing it covers is purged until it is released')
    .argument('<kind>', HOLD_KINDS.join(', '))
    .argument('<id>', 'bill number (or consignment id), container number or entity id')
    .requiredOption('--reason <text>', 'why (kept with the hold, not in the audit log)')
    .option('--case <ref>', 'case the hold belongs to')
    .action(async (kind: string, id: string, o: Common & { reason: string; case?: string }) => {
      if (!isHoldKind(kind)) fail(`unknown hold kind ${kind}; use ${HOLD_KINDS.join(', ')}`);
      const hold = await withRetention(o, (s) =>
        s.placeHold(operator(o), {
          kind,
          targetId: id,
          reason: o.reason,
          ...(o.case ? { caseRef: o.case } : {}),
        }),
      );
      show(o, hold, () => console.log(`Legal hold ${hold.id} on ${kind} ${id}`));
    });
  common(retention.command('release'))
    .description('release a legal hold by id, or every hold of a case')
    .argument('[id]', 'hold id')
    .option('--case <ref>', 'release every active hold of this case')
    .requiredOption('--reason <text>', 'why the hold ends')
    .action(async (id: string | undefined, o: Common & { case?: string; reason: string }) => {
      if ((id === undefined) === (o.case === undefined)) fail('give a hold id or --case, not both');
      const match = id !== undefined ? { id } : { caseRef: o.case as string };
      const released = await withRetention(o, (s) => s.releaseHold(operator(o), match, o.reason));
      show(o, released, () => console.log(`Released ${released.length} legal hold(s)`));
    });
  common(retention.command('holds'))
    .description('list legal holds')
    .option('--all', 'include released holds')
    .action(async (o: Common & { all?: boolean }) => {
      const holds = await withRetention(o, (s) => s.holds(operator(o), !o.all));
      show(o, holds, () => {
        for (const h of holds)
          console.log(
            `${h.id} ${h.targetKind} ${h.targetId}${h.caseRef ? ` case ${h.caseRef}` : ''} placed ${h.placedAt} by ${h.placedBy}${h.releasedAt ? ` released ${h.releasedAt}` : ''}`,
          );
      });
    });
}
