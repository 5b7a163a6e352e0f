/**
 * The analysts' side of targeting: rule set versions (draft → active, backtests), the model
 * registry (list, activate, retrain from recorded outcomes), the scanners whose rates give
 * shift capacity, and the import of past bills into the history at go-live. Every method checks access first and runs in an audited transaction.
 */
import { AppError } from '../../core/app-error.ts';
import type { BacktestReport } from '../../risk/rules/backtest.ts';
import type { GbdtParams } from '../../risk/gbdt/gbdt-params.ts';
import {
  activateModel,
  activateRuleSet,
  listModels,
  listRuleSets,
  upsertScanner,
  type Db,
  type ModelSummary,
  type Scanner,
  type StoredRuleSet,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import { importHistoryFile, type HistoryFile, type HistoryImportReport } from './history-import.ts';
import { retrainModel } from './retrain-model.ts';
import { addRuleSetDraft, backtestRuleSet, ruleSetOfAgency } from './rule-set-admin.ts';

export interface TargetingAdmin {
  listRuleSets(actor: Actor): Promise<StoredRuleSet[]>;
  getRuleSet(actor: Actor, id: string): Promise<StoredRuleSet>;
  addRuleSet(actor: Actor, document: unknown): Promise<StoredRuleSet>;
  activateRuleSet(actor: Actor, id: string): Promise<StoredRuleSet>;
  backtestRuleSet(actor: Actor, id: string): Promise<BacktestReport[]>;
  listModels(actor: Actor): Promise<ModelSummary[]>;
  activateModel(actor: Actor, version: string): Promise<ModelSummary>;
  retrainModel(actor: Actor, params?: Partial<GbdtParams>): Promise<ModelSummary>;
  addScanner(actor: Actor, scanner: Omit<Scanner, 'agencyId'>): Promise<void>;
  /** Counts a file of past bills into the agency's party and route history (go-live). */
  importHistory(actor: Actor, file: HistoryFile): Promise<HistoryImportReport>;
}

export function createTargetingAdmin(deps: AuditDeps): TargetingAdmin {
  const run = <T>(
    actor: Actor,
    permission: Permission,
    action: string,
    resourceId: string | undefined,
    body: (tx: Db) => Promise<T>,
  ) =>
    auditedTransaction(
      deps,
      actor,
      {
        action,
        resourceType: action.split('.')[0]!,
        agencyId: actor.agencyId,
        ...(resourceId === undefined ? {} : { resourceId }),
      },
      (tx) => {
        requireAccess(actor, permission);
        return body(tx);
      },
    );
  const now = () => deps.clock.now();
  return {
    listRuleSets: (actor) =>
      run(actor, 'rule.read', 'rule.list', undefined, (tx) => listRuleSets(tx, actor.agencyId)),
    getRuleSet: (actor, id) =>
      run(actor, 'rule.read', 'rule.read', id, (tx) => ruleSetOfAgency(tx, id, actor.agencyId)),
    addRuleSet: (actor, document) =>
      run(actor, 'rule.write', 'rule.create', undefined, (tx) =>
        addRuleSetDraft(tx, actor.agencyId, document, actor.id, now()),
      ),
    activateRuleSet: (actor, id) =>
      run(actor, 'rule.write', 'rule.activate', id, async (tx) => {
        const stored = await ruleSetOfAgency(tx, id, actor.agencyId);
        if (stored.status === 'active') return stored;
        return (await activateRuleSet(tx, stored.id, actor.agencyId, now()))!;
      }),
    backtestRuleSet: (actor, id) =>
      run(actor, 'rule.read', 'rule.backtest', id, async (tx) =>
        backtestRuleSet(tx, await ruleSetOfAgency(tx, id, actor.agencyId)),
      ),
    listModels: (actor) =>
      run(actor, 'model.read', 'model.list', undefined, (tx) => listModels(tx, actor.agencyId)),
    activateModel: (actor, version) =>
      run(actor, 'model.train', 'model.activate', version, async (tx) => {
        const model = await activateModel(tx, actor.agencyId, version, now());
        if (!model) throw notFoundFor('model.train');
        return model;
      }),
    retrainModel: (actor, params) =>
      run(actor, 'model.train', 'model.train', undefined, (tx) =>
        retrainModel(tx, actor.agencyId, now(), params),
      ),
    addScanner: (actor, scanner) =>
      run(actor, 'scan-plan.write', 'scanner.configure', scanner.name, async (tx) => {
        if (!(scanner.containersPerHour > 0))
          throw new AppError('validation_failed', 'containers per hour must be positive');
        await upsertScanner(tx, { ...scanner, agencyId: actor.agencyId });
      }),
    importHistory: (actor, file) =>
      run(actor, 'model.train', 'history.import', file.name, (tx) =>
        importHistoryFile(tx, actor.agencyId, file, now()),
      ),
  };
}
