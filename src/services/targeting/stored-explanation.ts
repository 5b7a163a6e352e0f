/**
 * The explanation as stored with each assessment, and its sentence rendered on read. Scoring
 * stores the reasons, fired rules, holds, components and band thresholds; the plain-words
 * sentence is a pure function of the stored band, score, hold and reasons (`explanationText`),
 * so it is not stored again next to them: that halves the bytes a 20,000-container call writes.
 * Assessments stored with their sentence (before this) keep it as it was. Scoring stores it as
 * compact text (compact-explanation.ts); `createExplanationReader` reads it back into words, in
 * English; explanation-language.ts words it in another language.
 */
import type { Assessment } from '../../risk/assessment/assess.ts';
import { RISK_BANDS, type RiskBand } from '../../risk/assessment/assessment-config.ts';
import { explanationText, type Reason } from '../../risk/assessment/explanation.ts';
import type { FeatureValues } from '../../risk/features/feature-vector.ts';
import type { Db, StoredAssessment } from '../../storage/index.ts';
import { isCompactExplanation, unpackExplanation } from './compact-explanation.ts';
import { createReasonTemplateCache } from './reason-templates.ts';

/** After the sentence of an assessment made with rules only (no active model). */
export const RULES_ONLY = ' (Rules only: no active model.)';

export interface StoredExplanation {
  readonly reasons: readonly Reason[];
  readonly method?: string;
  readonly components: Assessment['components'];
  readonly firedRules: readonly string[];
  readonly heldBy: readonly string[];
  readonly rulesOnly: boolean;
  /** The band thresholds in force (the default configuration otherwise). */
  readonly config: { readonly bands: { readonly highAt: number; readonly mediumAt: number } };
  /** Present on assessments stored with their sentence. */
  readonly text?: string;
}

export function storedExplanationOf(a: Assessment, rulesOnly: boolean): StoredExplanation {
  return {
    reasons: a.explanation.reasons,
    ...(a.explanation.method ? { method: a.explanation.method } : {}),
    components: a.components,
    firedRules: a.firedRules,
    heldBy: a.heldBy,
    rulesOnly,
    config: { bands: { highAt: a.versions.config.highAt, mediumAt: a.versions.config.mediumAt } },
  };
}

/** The sentence of a stored explanation, rendered as scoring would have written it. */
export function sentenceOf(
  explanation: Pick<StoredExplanation, 'reasons' | 'rulesOnly'>,
  a: Pick<StoredAssessment, 'band' | 'score' | 'mandatoryHold'>,
): string | undefined {
  const band = RISK_BANDS.find((b): b is RiskBand => b === a.band);
  if (!band || !Array.isArray(explanation.reasons)) return undefined;
  const text = explanationText(band, a.score, a.mandatoryHold, explanation.reasons);
  return explanation.rulesOnly ? `${text}${RULES_ONLY}` : text;
}

/** The assessment with its explanation's sentence (stored or rendered). */
export function withSentence<T extends StoredAssessment>(a: T): T {
  const e = a.explanation as Partial<StoredExplanation> | null;
  if (!e || typeof e.text === 'string' || !Array.isArray(e.reasons)) return a;
  const text = sentenceOf({ reasons: e.reasons, rulesOnly: e.rulesOnly === true }, a);
  return text === undefined ? a : { ...a, explanation: { ...e, text } };
}

/**
 * Reads a stored assessment's explanation back into this shape, its reasons in words, from its
 * features and the reason templates of its rule-set version (loaded once per version).
 */
export function createExplanationReader(reasonsOf = createReasonTemplateCache()) {
  return async <T extends StoredAssessment>(
    db: Db,
    a: T,
    values: Readonly<FeatureValues> | undefined,
  ): Promise<T> => {
    if (!isCompactExplanation(a.explanation)) return a;
    const { templates } = await reasonsOf(db, a.agencyId, a.ruleSetVersion);
    const record = values as Readonly<Record<string, unknown>> | undefined;
    return { ...a, explanation: unpackExplanation(a.explanation, record, templates) };
  };
}
