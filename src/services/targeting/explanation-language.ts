/**
 * An assessment's explanation in the reader's language. Explanations are stored and read back
 * in English (stored-explanation.ts); in French or Dutch, each reason is reworded on read from
 * the English one (translate-explanation.ts) with the translated reason templates of the
 * rule-set version the assessment names, and the sentence around the reasons is written in the
 * language. Nothing stored changes, so assessments made before a rule set had translations read
 * in the language too once its version has them. English is exactly what it was.
 */
import { SOURCE_LANGUAGE, type Language } from '../../core/language.ts';
import { RISK_BANDS, type RiskBand } from '../../risk/assessment/assessment-config.ts';
import { EXPLANATION_WORDS } from '../../risk/assessment/explanation-words.ts';
import {
  translatedSentence,
  translateReasons,
} from '../../risk/assessment/translate-explanation.ts';
import type { FeatureValues } from '../../risk/features/feature-vector.ts';
import type { Db, StoredAssessment } from '../../storage/index.ts';
import { createReasonTemplateCache } from './reason-templates.ts';
import { RULES_ONLY, withSentence, type StoredExplanation } from './stored-explanation.ts';

/**
 * The assessment (its explanation already in English words) with its reasons and sentence in
 * `language`; in English, with its sentence as withSentence gives it.
 */
export function createExplanationLocalizer(reasonsOf = createReasonTemplateCache()) {
  return async <T extends StoredAssessment>(
    db: Db,
    a: T,
    values: Readonly<FeatureValues> | undefined,
    language: Language,
  ): Promise<T> => {
    if (language === SOURCE_LANGUAGE) return withSentence(a);
    const e = a.explanation as Partial<StoredExplanation> | null;
    if (!e || !Array.isArray(e.reasons)) return a;
    const version = await reasonsOf(db, a.agencyId, a.ruleSetVersion);
    const words = EXPLANATION_WORDS[language];
    const rules = { english: version.templates, translated: version.translations[language] };
    const record = (values ?? {}) as Readonly<Record<string, unknown>>;
    const reasons = translateReasons(e.reasons, record, rules, words);
    const band = RISK_BANDS.find((b): b is RiskBand => b === a.band);
    const rulesOnly =
      e.rulesOnly === true || (typeof e.text === 'string' && e.text.endsWith(RULES_ONLY));
    const text = band
      ? translatedSentence(band, a.score, a.mandatoryHold, reasons, rulesOnly, words)
      : e.text;
    return { ...a, explanation: { ...e, reasons, ...(text === undefined ? {} : { text }) } };
  };
}
