/**
 * The reason templates of a rule-set version, compiled, by rule id: what words a stored rule
 * reason (compact-explanation.ts), in English and in each language the rules are translated
 * into (explanation-language.ts). Scoring takes them from the rules it ran; readers from the
 * version an assessment names (`setId@version`): the bundled default set or one of its earlier
 * releases, or the agency's stored version, which never changes once stored. Cached per process.
 */
import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../../core/language.ts';
import { EXPLANATION_WORDS } from '../../risk/assessment/explanation-words.ts';
import { parseRuleSet } from '../../risk/rules/parse-rule-set.ts';
import { compileReason } from '../../risk/rules/reason-template.ts';
import type { CheckedRule } from '../../risk/rules/rule.ts';
import { ruleSetByVersion, type Db } from '../../storage/index.ts';
import type { ReasonTemplates } from './compact-explanation.ts';
import { bundledRuleSet } from './default-rule-set.ts';

/** The reason templates of one rule-set version. */
export interface VersionReasons {
  /** In English: what scoring wrote and what is stored. */
  readonly templates: ReasonTemplates;
  /** In each translated language, for the rules that carry a translation into it. */
  readonly translations: Readonly<Record<TranslatedLanguage, ReasonTemplates>>;
}

const NO_REASONS: VersionReasons = versionReasonsOf([]);

export function reasonTemplatesOf(rules: readonly CheckedRule[]): ReasonTemplates {
  return new Map(rules.map((r) => [r.definition.id, compileReason(r.definition.reason)]));
}

export function versionReasonsOf(rules: readonly CheckedRule[]): VersionReasons {
  const translated = (language: TranslatedLanguage): ReasonTemplates => {
    const words = EXPLANATION_WORDS[language].values;
    return new Map(
      rules.flatMap((r) => {
        const text = r.definition.reasonTranslations?.[language];
        return text === undefined ? [] : [[r.definition.id, compileReason(text, words)] as const];
      }),
    );
  };
  const translations = Object.fromEntries(
    TRANSLATED_LANGUAGES.map((l) => [l, translated(l)]),
  ) as Record<TranslatedLanguage, ReasonTemplates>;
  return { templates: reasonTemplatesOf(rules), translations };
}

/** The templates of the rule-set version an assessment names, loaded once per version. */
export function createReasonTemplateCache() {
  const known = new Map<string, VersionReasons>();
  return async (db: Db, agencyId: string, ruleSetVersion: string): Promise<VersionReasons> => {
    const key = `${agencyId}\u001f${ruleSetVersion}`;
    const cached = known.get(key);
    if (cached) return cached;
    const reasons = await load(db, agencyId, ruleSetVersion);
    if (reasons !== NO_REASONS) known.set(key, reasons);
    return reasons;
  };
}

async function load(db: Db, agencyId: string, ruleSetVersion: string): Promise<VersionReasons> {
  const at = ruleSetVersion.lastIndexOf('@');
  if (at < 0) return NO_REASONS;
  const setId = ruleSetVersion.slice(0, at);
  const version = ruleSetVersion.slice(at + 1);
  const stored = await ruleSetByVersion(db, agencyId, setId, version);
  if (stored) {
    const parsed = parseRuleSet(stored.document);
    return parsed.ok ? versionReasonsOf(parsed.value.rules) : NO_REASONS;
  }
  const bundled = bundledRuleSet(setId, version);
  return bundled ? versionReasonsOf(bundled.rules) : NO_REASONS;
}
