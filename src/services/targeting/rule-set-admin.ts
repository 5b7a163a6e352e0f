/**
 * Rule set versions as analysts manage them: store a draft (refused with every diagnostic when
 * it does not parse), activate it, and backtest each of its rules on the assessments whose
 * outcomes are known (their feature snapshots).
 */
import { AppError } from '../../core/app-error.ts';
import { backtestRule, type BacktestReport } from '../../risk/rules/backtest.ts';
import { parseRuleSet } from '../../risk/rules/parse-rule-set.ts';
import type { RuleSet } from '../../risk/rules/rule.ts';
import { unpackFeatures } from './feature-snapshot.ts';
import {
  getRuleSet,
  insertRuleSet,
  listLabelledAssessments,
  type Db,
  type StoredRuleSet,
} from '../../storage/index.ts';

export function checkedRuleSet(document: unknown): RuleSet {
  const parsed = parseRuleSet(document);
  if (!parsed.ok) {
    throw new AppError('validation_failed', 'the rule set does not parse', {
      diagnostics: parsed.diagnostics,
    });
  }
  return parsed.value;
}

export async function addRuleSetDraft(
  tx: Db,
  agencyId: string,
  document: unknown,
  createdBy: string,
  now: Date,
): Promise<StoredRuleSet> {
  const set = checkedRuleSet(document);
  const stored = await insertRuleSet(tx, {
    agencyId,
    setId: set.id,
    version: set.version,
    document,
    createdBy,
    createdAt: now,
  });
  if (!stored) throw new AppError('conflict', `rule set ${set.id}@${set.version} already exists`);
  return stored;
}

export async function ruleSetOfAgency(tx: Db, id: string, agencyId: string) {
  const stored = await getRuleSet(tx, id);
  if (!stored || stored.agencyId !== agencyId) throw AppError.notFound('rule');
  return stored;
}

export async function backtestRuleSet(tx: Db, stored: StoredRuleSet): Promise<BacktestReport[]> {
  const set = checkedRuleSet(stored.document);
  const history = (await listLabelledAssessments(tx, stored.agencyId, true)).flatMap((r) => {
    const values = unpackFeatures(r.features);
    return values ? [{ values, positive: r.found }] : [];
  });
  return set.rules.map((rule) => backtestRule(rule, history));
}
