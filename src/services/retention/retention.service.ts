/**
 * Retention: the effective rule per data class, the purge run (per class, in an audited
 * transaction that writes a tombstone for every row it deletes or pseudonymises), and legal holds
 * that keep a consignment, container or entity — alone or as part of a case — out of every purge.
 * Audit events name classes, counts and hold targets only, never the personal data itself.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/app-error.ts';
import type { Database } from '../../storage/index.ts';
import {
  allowPurge,
  countTombstones,
  insertHold,
  listHolds,
  listRuleOverrides,
  releaseHolds,
  upsertRule,
  type LegalHold,
  type TombstoneCount,
} from '../../storage/repositories/retention.repository.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { auditedTransaction } from '../audit/audited-transaction.ts';
import type { Clock } from '../clock.ts';
import { purgeSteps } from './purge-steps.ts';
import {
  DATA_CLASSES,
  DEFAULT_RULES,
  MAX_RETAIN_DAYS,
  ruleText,
  type DataClass,
  type HoldKind,
  type RetentionAction,
  type RetentionRule,
} from './retention-rules.ts';

const BATCH = 2000;
const DAY_MS = 86_400_000;

export interface RetentionDeps {
  readonly database: Database;
  readonly clock: Clock;
}

export interface RetentionStatus {
  readonly rules: readonly RetentionRule[];
  readonly activeHolds: number;
  readonly tombstones: readonly TombstoneCount[];
}

export interface ClassRun {
  readonly dataClass: DataClass;
  readonly rule: string;
  readonly cutoff: string;
  /** Records touched per step (tombstones written). */
  readonly steps: Readonly<Record<string, number>>;
}

export interface PurgeRun {
  readonly runId: string;
  readonly classes: readonly ClassRun[];
}

export interface HoldInput {
  readonly kind: HoldKind;
  readonly targetId: string;
  readonly reason: string;
  readonly caseRef?: string;
}

export function createRetentionService(deps: RetentionDeps) {
  const db = deps.database.db;

  async function rules(): Promise<RetentionRule[]> {
    const overrides = new Map((await listRuleOverrides(db)).map((o) => [o.dataClass, o]));
    return DATA_CLASSES.map((c) => {
      const o = overrides.get(c);
      return o
        ? {
            dataClass: c,
            retainDays: o.retainDays,
            action: o.action as RetentionAction,
            configured: true,
          }
        : { ...DEFAULT_RULES[c], configured: false };
    });
  }

  async function purgeClass(actor: Actor, runId: string, rule: RetentionRule): Promise<ClassRun> {
    const now = deps.clock.now();
    const cutoff = new Date(now.getTime() - rule.retainDays * DAY_MS);
    const stamp = {
      runId,
      rule: ruleText(rule),
      reason: `retention period of ${rule.retainDays} days ended`,
      at: now,
      by: `${actor.kind}:${actor.id}`,
      cutoff,
      batch: BATCH,
    };
    const spec = {
      action: 'retention.purge',
      resourceType: 'data-class',
      resourceId: rule.dataClass,
      agencyId: actor.agencyId,
      details: { runId, rule: stamp.rule, cutoff: cutoff.toISOString() },
      describe: (r: ClassRun) => ({ details: { runId, rule: stamp.rule, steps: r.steps } }),
    };
    return auditedTransaction(deps, actor, spec, async (tx) => {
      requireAccess(actor, 'retention.manage');
      await allowPurge(tx);
      const steps: Record<string, number> = {};
      for (const step of purgeSteps(rule.dataClass, rule.action)) {
        let total = 0;
        for (let n = await step.run(tx, stamp); n > 0; n = await step.run(tx, stamp)) total += n;
        steps[step.name] = (steps[step.name] ?? 0) + total;
      }
      return { dataClass: rule.dataClass, rule: stamp.rule, cutoff: cutoff.toISOString(), steps };
    });
  }

  return {
    async status(actor: Actor): Promise<RetentionStatus> {
      requireAccess(actor, 'retention.manage');
      return {
        rules: await rules(),
        activeHolds: (await listHolds(db, actor.agencyId, true)).length,
        tombstones: await countTombstones(db),
      };
    },

    async setRule(
      actor: Actor,
      dataClass: DataClass,
      retainDays: number,
      action?: RetentionAction,
    ): Promise<RetentionRule> {
      if (!Number.isInteger(retainDays) || retainDays < 1 || retainDays > MAX_RETAIN_DAYS)
        throw new AppError(
          'bad_request',
          `Retention days must be a whole number from 1 to ${MAX_RETAIN_DAYS}.`,
          { retainDays },
        );
      const current = (await rules()).find((r) => r.dataClass === dataClass);
      const rule = { dataClass, retainDays, action: action ?? current?.action ?? 'delete' };
      const spec = {
        action: 'retention.manage',
        resourceType: 'retention-rule',
        resourceId: dataClass,
        details: { retainDays, action: rule.action },
      };
      await auditedTransaction(deps, actor, spec, async (tx) => {
        requireAccess(actor, 'retention.manage');
        await upsertRule(tx, { ...rule, at: deps.clock.now(), by: `${actor.kind}:${actor.id}` });
      });
      return { ...rule, configured: true };
    },

    /** Purges every class (or the ones named); each class commits on its own. */
    async run(actor: Actor, only?: readonly DataClass[]): Promise<PurgeRun> {
      const runId = randomUUID();
      // The run is audited as a whole too, so a refused run leaves its trace.
      const start = {
        action: 'retention.purge',
        resourceType: 'retention-run',
        resourceId: runId,
        details: { classes: only ?? DATA_CLASSES },
      };
      await auditedTransaction(deps, actor, start, () => {
        requireAccess(actor, 'retention.manage');
        return Promise.resolve();
      });
      const classes: ClassRun[] = [];
      for (const rule of await rules())
        if (!only || only.includes(rule.dataClass))
          classes.push(await purgeClass(actor, runId, rule));
      return { runId, classes };
    },

    placeHold(actor: Actor, input: HoldInput): Promise<LegalHold> {
      const spec = {
        action: 'legal-hold.write',
        resourceType: input.kind,
        resourceId: input.targetId,
        agencyId: actor.agencyId,
        details: { hold: 'placed', ...(input.caseRef ? { caseRef: input.caseRef } : {}) },
        describe: (h: LegalHold) => ({ details: { hold: 'placed', holdId: h.id } }),
      };
      return auditedTransaction(deps, actor, spec, (tx) => {
        requireAccess(actor, 'legal-hold.write');
        return insertHold(tx, {
          agencyId: actor.agencyId,
          targetKind: input.kind,
          targetId: input.targetId,
          reason: input.reason,
          placedBy: `${actor.kind}:${actor.id}`,
          placedAt: deps.clock.now(),
          ...(input.caseRef ? { caseRef: input.caseRef } : {}),
        });
      });
    },

    /** Releases one hold by id, or every active hold of a case. */
    releaseHold(
      actor: Actor,
      match: { id?: string; caseRef?: string },
      reason: string,
    ): Promise<LegalHold[]> {
      if (match.id === undefined && match.caseRef === undefined)
        throw new AppError('bad_request', 'Name the hold to release: its id or a case reference.');
      const spec = {
        action: 'legal-hold.write',
        resourceType: 'legal-hold',
        resourceId: match.id ?? `case:${match.caseRef ?? ''}`,
        agencyId: actor.agencyId,
        details: { hold: 'released' },
        describe: (held: LegalHold[]) => ({
          details: { hold: 'released', holdIds: held.map((h) => h.id) },
        }),
      };
      return auditedTransaction(deps, actor, spec, async (tx) => {
        requireAccess(actor, 'legal-hold.write');
        const released = await releaseHolds(
          tx,
          actor.agencyId,
          match,
          `${actor.kind}:${actor.id}`,
          deps.clock.now(),
          reason,
        );
        if (released.length === 0) throw AppError.notFound('active legal hold');
        return released;
      });
    },

    async holds(actor: Actor, activeOnly = true): Promise<LegalHold[]> {
      requireAccess(actor, 'legal-hold.write');
      return listHolds(db, actor.agencyId, activeOnly);
    },
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
