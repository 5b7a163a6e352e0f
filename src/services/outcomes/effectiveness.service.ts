/**
 * Effectiveness figures for ministers and managers: hits and kilograms per scan, targeted against
 * the random control sample with Wilson intervals, overall or per rule, route or period; and
 * seizures by port and year.
 */
import { AppError } from '../../core/app-error.ts';
import {
  EFFECTIVENESS_GROUPS,
  effectiveness,
  type EffectivenessGroup,
  type EffectivenessRow,
} from '../../risk/outcomes/effectiveness.ts';
import {
  listExaminedSelections,
  seizureTotalsByPortAndYear,
  type SeizureTotals,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { ruleReasonRefs } from '../targeting/compact-explanation.ts';
import { requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';

export interface EffectivenessQuery {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly groupBy?: string | undefined;
}

export interface EffectivenessReport {
  readonly from: string;
  readonly to: string;
  readonly groupBy: EffectivenessGroup;
  readonly confidence: number;
  readonly groups: readonly EffectivenessRow[];
}

export interface StatsService {
  effectiveness(actor: Actor, query?: EffectivenessQuery): Promise<EffectivenessReport>;
  seizures(actor: Actor): Promise<SeizureTotals[]>;
}

function dateOf(name: string, raw: string | undefined, fallback: Date): Date {
  if (raw === undefined || raw === '') return fallback;
  const at = new Date(raw);
  if (Number.isNaN(at.getTime()))
    throw new AppError('bad_request', `${name} "${raw}" is not an ISO 8601 date or date-time`);
  return at;
}

function groupOf(raw: string | undefined): EffectivenessGroup {
  const value = raw ?? 'all';
  if ((EFFECTIVENESS_GROUPS as readonly string[]).includes(value))
    return value as EffectivenessGroup;
  throw new AppError(
    'bad_request',
    `groupBy "${value}" is not one of ${EFFECTIVENESS_GROUPS.join(', ')}`,
  );
}

export function createStatsService(deps: AuditDeps): StatsService {
  const spec = (action: string) => ({
    action,
    resourceType: 'statistics',
  });
  return {
    effectiveness: (actor, query = {}) =>
      auditedTransaction(
        deps,
        actor,
        { ...spec('stats.effectiveness'), agencyId: actor.agencyId },
        async (tx) => {
          requireAccess(actor, 'stats.read');
          const groupBy = groupOf(query.groupBy);
          const from = dateOf('from', query.from, new Date(0));
          const to = dateOf('to', query.to, new Date(deps.clock.now().getTime() + 1));
          if (from >= to)
            throw new AppError(
              'bad_request',
              `from ${from.toISOString()} is not before to ${to.toISOString()}`,
            );
          const rows = await listExaminedSelections(tx, actor.agencyId, from, to);
          return {
            from: from.toISOString(),
            to: to.toISOString(),
            groupBy,
            confidence: 0.95,
            groups: effectiveness(
              rows.map((r) => ({ ...r, rules: ruleReasonRefs(r.explanation) })),
              groupBy,
            ),
          };
        },
      ),
    seizures: (actor) =>
      auditedTransaction(
        deps,
        actor,
        { ...spec('stats.seizures'), agencyId: actor.agencyId },
        async (tx) => {
          requireAccess(actor, 'stats.read');
          return seizureTotalsByPortAndYear(tx, actor.agencyId);
        },
      ),
  };
}
