import { describe, expect, it } from 'vitest';
import { parseRuleSet } from './parse-rule-set.ts';

const rule = (over: Record<string, unknown>) => ({
  id: 'R1',
  version: 1,
  owner: 'BE-CUS',
  title: 'Bananas from Ecuador',
  reason: 'Bananas from {originCountry} via {transshipmentPorts}.',
  weight: 0.4,
  status: 'active',
  condition: 'coverLoad = bananas',
  ...over,
});
const setOf = (...rules: unknown[]) => parseRuleSet({ id: 'set', version: '1', rules });

describe('reasonTranslations', () => {
  it('keeps French and Dutch reasons with the placeholders of the English one', () => {
    const translations = {
      fr: 'Bananes de {originCountry} via {transshipmentPorts}.',
      nl: 'Bananen uit {originCountry} via {transshipmentPorts} (via {originCountry}).',
    };
    const r = setOf(rule({ reasonTranslations: translations }));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.rules[0]!.definition.reasonTranslations).toEqual(translations);
  });

  it('is optional: a rule without it is as before', () => {
    const r = setOf(rule({}));
    expect(r.ok && 'reasonTranslations' in r.value.rules[0]!.definition).toBe(false);
    expect(r.diagnostics).toEqual([]);
  });

  it('refuses an unknown language, English, a missing or extra placeholder, naming rule and field', () => {
    const r = setOf(
      rule({
        id: 'R-LANG',
        reasonTranslations: { de: 'Bananen aus {originCountry}', en: 'Bananas' },
      }),
      rule({
        id: 'R-MISSING',
        reasonTranslations: { fr: 'Bananes de {originCountry}.' },
      }),
      rule({
        id: 'R-EXTRA',
        reasonTranslations: {
          nl: 'Bananen uit {originCountry} via {transshipmentPorts} naar {dischargePort}.',
        },
      }),
      rule({ id: 'R-EMPTY', reasonTranslations: { fr: ' ' } }),
      rule({ id: 'R-SHAPE', reasonTranslations: ['fr', 'Bananes'] }),
    );
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.at?.pointer, d.at?.field, d.message])).toEqual([
      [
        'rule.reason-translation',
        '/rules/0/reasonTranslations/de',
        'reasonTranslations',
        'Rule R-LANG: "reasonTranslations" names the unknown language "de" (known: fr, nl).',
      ],
      [
        'rule.reason-translation',
        '/rules/0/reasonTranslations/en',
        'reasonTranslations',
        'Rule R-LANG: "reasonTranslations" has "en": the English text is "reason" itself ' +
          '(translations: fr, nl).',
      ],
      [
        'rule.reason-translation',
        '/rules/1/reasonTranslations/fr',
        'reasonTranslations',
        'Rule R-MISSING: the fr reason lacks {transshipmentPorts}, which "reason" has.',
      ],
      [
        'rule.reason-translation',
        '/rules/2/reasonTranslations/nl',
        'reasonTranslations',
        'Rule R-EXTRA: the nl reason has {dischargePort}, which "reason" lacks.',
      ],
      [
        'rule.reason-translation',
        '/rules/3/reasonTranslations/fr',
        'reasonTranslations',
        'Rule R-EMPTY: "reasonTranslations.fr" must be a non-empty string.',
      ],
      [
        'rule.reason-translation',
        '/rules/4/reasonTranslations',
        'reasonTranslations',
        'Rule R-SHAPE: "reasonTranslations" must be an object of reason texts by language (fr, nl).',
      ],
    ]);
  });
});
