/**
 * The reason templates of a rule-set version, compiled, by rule id: what words a stored rule
 * reason (compact-explanation.ts). Scoring takes them from the rules it ran; readers from the
 * version an assessment names (`setId@version`): the bundled default set or one of its earlier
 * releases, or the agency's stored
 * version, which never changes once stored. Cached per process.
 */
import { parseRuleSet } from '../../risk/rules/parse-rule-set.ts';
import { compileReason } from '../../risk/rules/reason-template.ts';
import type { CheckedRule } from '../../risk/rules/rule.ts';
import { ruleSetByVersion, type Db } from '../../storage/index.ts';
import type { ReasonTemplates } from './compact-explanation.ts';
import { bundledRuleSet } from './default-rule-set.ts';

const NO_TEMPLATES: ReasonTemplates = new Map();

export function reasonTemplatesOf(rules: readonly CheckedRule[]): ReasonTemplates {
  return new Map(rules.map((r) => [r.definition.id, compileReason(r.definition.reason)]));
}

/** The templates of the rule-set version an assessment names, loaded once per version. */
export function createReasonTemplateCache() {
  const known = new Map<string, ReasonTemplates>();
  return async (db: Db, agencyId: string, ruleSetVersion: string): Promise<ReasonTemplates> => {
    const key = `${agencyId}\u001f${ruleSetVersion}`;
    const cached = known.get(key);
    if (cached) return cached;
    const templates = await load(db, agencyId, ruleSetVersion);
    if (templates !== NO_TEMPLATES) known.set(key, templates);
    return templates;
  };
}

async function load(db: Db, agencyId: string, ruleSetVersion: string) {
  const at = ruleSetVersion.lastIndexOf('@');
  if (at < 0) return NO_TEMPLATES;
  const setId = ruleSetVersion.slice(0, at);
  const version = ruleSetVersion.slice(at + 1);
  const stored = await ruleSetByVersion(db, agencyId, setId, version);
  if (stored) {
    const parsed = parseRuleSet(stored.document);
    return parsed.ok ? reasonTemplatesOf(parsed.value.rules) : NO_TEMPLATES;
  }
  const bundled = bundledRuleSet(setId, version);
  return bundled ? reasonTemplatesOf(bundled.rules) : NO_TEMPLATES;
}
