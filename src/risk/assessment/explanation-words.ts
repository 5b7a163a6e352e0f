/**
 * The words of an explanation in French and Dutch: the sentence around the reasons (band, score,
 * hold), the head of each kind of reason, the words of a feature's value and the features'
 * descriptions. English is written by explanation.ts itself, which these mirror piece by piece.
 */
import type { TranslatedLanguage } from '../../core/language.ts';
import { FEATURE_DESCRIPTIONS_FR } from '../features/feature-descriptions.fr.ts';
import { FEATURE_DESCRIPTIONS_NL } from '../features/feature-descriptions.nl.ts';
import type { FeatureName } from '../features/feature-schema.ts';
import type { ValueWords } from '../rules/reason-template.ts';
import type { RiskBand } from './assessment-config.ts';

export interface ExplanationWords {
  /** "Risque élevé (0,84), blocage obligatoire : ", from the score already in words. */
  readonly head: (band: RiskBand, score: string, hold: boolean) => string;
  /** The sentence's end when no reason stands out. */
  readonly nothingStandsOut: string;
  /** Between two reasons. */
  readonly separator: string;
  /** After the sentence of an assessment made with rules only. */
  readonly rulesOnly: string;
  /** "Règle ID : ". */
  readonly rule: (ruleId: string) => string;
  /** "Modèle : description : ", before the value. */
  readonly model: (description: string) => string;
  /** "Signalement ID de OWNER (blocage obligatoire) : ", before the lookout's own reason. */
  readonly lookout: (lookoutId: string, owner: string, hold: boolean) => string;
  readonly values: ValueWords;
  readonly features: Readonly<Record<FeatureName, string>>;
}

const FR_BANDS: Readonly<Record<RiskBand, string>> = {
  high: 'Risque élevé',
  medium: 'Risque moyen',
  low: 'Risque faible',
};

const NL_BANDS: Readonly<Record<RiskBand, string>> = {
  high: 'Hoog risico',
  medium: 'Gemiddeld risico',
  low: 'Laag risico',
};

export const EXPLANATION_WORDS: Readonly<Record<TranslatedLanguage, ExplanationWords>> = {
  fr: {
    head: (band, score, hold) =>
      `${FR_BANDS[band]} (${score})${hold ? ', blocage obligatoire' : ''} : `,
    nothingStandsOut: 'aucune règle, aucun signal du modèle ni aucun signalement ne se détache.',
    separator: ' ; ',
    rulesOnly: ' (Règles seules : aucun modèle actif.)',
    rule: (id) => `Règle ${id} : `,
    model: (description) => `Modèle : ${description} : `,
    lookout: (id, owner, hold) =>
      `Signalement ${id} de ${owner}${hold ? ' (blocage obligatoire)' : ''} : `,
    values: { unknown: 'inconnu', yes: 'oui', no: 'non', none: 'aucun', decimal: ',' },
    features: FEATURE_DESCRIPTIONS_FR,
  },
  nl: {
    head: (band, score, hold) =>
      `${NL_BANDS[band]} (${score})${hold ? ', verplichte blokkade' : ''}: `,
    nothingStandsOut: 'geen regel, modelsignaal of signalering springt eruit.',
    separator: '; ',
    rulesOnly: ' (Alleen regels: geen actief model.)',
    rule: (id) => `Regel ${id}: `,
    model: (description) => `Model: ${description} is `,
    lookout: (id, owner, hold) =>
      `Signalering ${id} van ${owner}${hold ? ' (verplichte blokkade)' : ''}: `,
    values: { unknown: 'onbekend', yes: 'ja', no: 'nee', none: 'geen', decimal: ',' },
    features: FEATURE_DESCRIPTIONS_NL,
  },
};
