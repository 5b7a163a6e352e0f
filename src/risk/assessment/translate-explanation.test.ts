import { describe, expect, it } from 'vitest';
import { compileReason } from '../rules/reason-template.ts';
import { DEFAULT_ASSESSMENT_CONFIG } from './assessment-config.ts';
import { explanationText, lookoutReason, modelReasons, ruleReasonText } from './explanation.ts';
import { EXPLANATION_WORDS } from './explanation-words.ts';
import { translatedSentence, translateReasons } from './translate-explanation.ts';

const values = { originCountry: 'EC', reeferActive: false, weightPerPackageKg: 27.25 };
const REASON = 'Bananas from {originCountry}, unit running: {reeferActive}.';
const rules = (translated: string | undefined) => ({
  english: new Map([['R1', compileReason(REASON)]]),
  translated: new Map(
    translated === undefined
      ? []
      : [['R1', compileReason(translated, EXPLANATION_WORDS.nl.values)]],
  ),
});
const english = [
  lookoutReason({
    lookoutId: 'LK-1',
    ownerAgency: 'us-cbp',
    mandatoryHold: true,
    reason: 'consignee of interest.',
  }),
  { kind: 'rule' as const, ref: 'R1', text: ruleReasonText('R1', compileReason(REASON)(values)) },
  ...modelReasons(
    {
      modelVersion: 'm1',
      score: 0.5,
      contributions: [{ feature: 'weightPerPackageKg', contribution: 0.1234 }],
    },
    (f) => values[f as keyof typeof values],
    DEFAULT_ASSESSMENT_CONFIG,
  ),
];

describe('an explanation in French or Dutch', () => {
  it('words each kind of reason and the values in the language', () => {
    const nl = translateReasons(
      english,
      values,
      rules('Bananen uit {originCountry}, koelunit aan: {reeferActive}.'),
      EXPLANATION_WORDS.nl,
    );
    expect(nl.map((r) => [r.kind, r.ref, r.text])).toEqual([
      [
        'lookout',
        'LK-1',
        'Signalering LK-1 van us-cbp (verplichte blokkade): consignee of interest',
      ],
      ['rule', 'R1', 'Regel R1: Bananen uit EC, koelunit aan: nee'],
      ['model', 'weightPerPackageKg', 'Model: aangegeven gewicht per collo (kg) is 27,3 (+0,12)'],
    ]);
    expect(translatedSentence('high', 0.86, true, nl, false, EXPLANATION_WORDS.nl)).toBe(
      'Hoog risico (0,86), verplichte blokkade: Signalering LK-1 van us-cbp (verplichte ' +
        'blokkade): consignee of interest; Regel R1: Bananen uit EC, koelunit aan: nee; Model: ' +
        'aangegeven gewicht per collo (kg) is 27,3 (+0,12).',
    );
    const fr = translateReasons(english, values, rules(undefined), EXPLANATION_WORDS.fr);
    expect(fr[0]!.text).toBe(
      'Signalement LK-1 de us-cbp (blocage obligatoire) : consignee of interest',
    );
    expect(fr[2]!.text).toBe('Modèle : poids déclaré par colis (kg) : 27,3 (+0,12)');
  });

  it('keeps the English reason of a rule without a translation, or worded otherwise', () => {
    const none = translateReasons(english, values, rules(undefined), EXPLANATION_WORDS.fr);
    expect(none[1]!.text).toBe('Règle R1 : Bananas from EC, unit running: no');
    // The stored words are not what the templates give for these values: not translated.
    const other = { ...values, originCountry: 'CO', weightPerPackageKg: 20 };
    const dutch = rules('Bananen uit {originCountry}, koelunit aan: {reeferActive}.');
    const nl = translateReasons(english, other, dutch, EXPLANATION_WORDS.nl);
    expect(nl[1]!.text).toBe('Regel R1: Bananas from EC, unit running: no');
    expect(nl[2]!.text).toBe(english[2]!.text);
    // Texts that are no rule or model reason as scoring writes them stay as stored.
    const odd = [
      { kind: 'model' as const, ref: 'gbdt', text: 'Model: reefer with bananas' },
      { kind: 'rule' as const, ref: 'R9', text: 'Transshipped through a listed port' },
    ];
    expect(translateReasons(odd, values, rules(undefined), EXPLANATION_WORDS.nl)).toEqual(odd);
  });

  it('words the sentence with no reason and after rules only', () => {
    expect(explanationText('low', 0.1, false, [])).toBe(
      'Low risk (0.10): no rule, model signal or lookout stands out.',
    );
    expect(translatedSentence('low', 0.1, false, [], true, EXPLANATION_WORDS.fr)).toBe(
      'Risque faible (0,10) : aucune règle, aucun signal du modèle ni aucun signalement ne se ' +
        'détache. (Règles seules : aucun modèle actif.)',
    );
    expect(translatedSentence('medium', 0.4, false, [], false, EXPLANATION_WORDS.nl)).toBe(
      'Gemiddeld risico (0,40): geen regel, modelsignaal of signalering springt eruit.',
    );
  });
});
