// Stored assessments word their rule reasons from the rule-set version that made them: an
// assessment made under an earlier release of the bundled default set still reads after the
// set has moved on, in English and in French and Dutch.
import { expect, it } from 'vitest';
import { blankFeatureValues } from '../../risk/features/blank-feature-values.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import { defaultRuleSet } from './default-rule-set.ts';
import { createReasonTemplateCache } from './reason-templates.ts';

describeEachEngine('reason templates of bundled rule-set releases', (getDb) => {
  const values = { ...blankFeatureValues(), filingToLoadingHours: -12 };

  it('reads the current default set and the earlier release alike', async () => {
    const templatesOf = createReasonTemplateCache();
    const { db } = getDb();
    const current = defaultRuleSet().set;
    const now = (await templatesOf(db, 'be-customs', `${current.id}@${current.version}`)).templates;
    const before = (await templatesOf(db, 'be-customs', 'portcullis-default@2026.1')).templates;
    expect(now.get('TIMING-FILED-AFTER-LOADING')?.(values)).toMatch(/^Filed after the container/);
    // 2026.1 had no rule for a filing after loading and worded it as hours before loading.
    expect(before.has('TIMING-FILED-AFTER-LOADING')).toBe(false);
    expect(before.get('TIMING-LATE-FILING')?.(values)).toMatch(/^Filed -12 hours before loading/);
    // 2026.3 added the new-commodity rule; 2026.2 reads as it was shipped.
    const previous = (await templatesOf(db, 'be-customs', 'portcullis-default@2026.2')).templates;
    expect(now.has('PARTY-NEW-COMMODITY')).toBe(true);
    expect(previous.has('PARTY-NEW-COMMODITY')).toBe(false);
    expect(previous.get('TIMING-FILED-AFTER-LOADING')?.(values)).toMatch(/^Filed after/);
    expect(before.size).toBe(now.size - 2);
    expect(previous.size).toBe(now.size - 1);
    const unknown = await templatesOf(db, 'be-customs', 'portcullis-default@1999.1');
    expect([unknown.templates.size, unknown.translations.nl.size]).toEqual([0, 0]);
  });

  it('words every rule of every release in French and Dutch, values in their words', async () => {
    const templatesOf = createReasonTemplateCache();
    const { db } = getDb();
    const current = defaultRuleSet().set;
    for (const version of ['2026.1', '2026.2', current.version]) {
      const reasons = await templatesOf(db, 'be-customs', `portcullis-default@${version}`);
      expect([...reasons.translations.fr.keys()], version).toEqual([...reasons.templates.keys()]);
      expect([...reasons.translations.nl.keys()], version).toEqual([...reasons.templates.keys()]);
    }
    const old = await templatesOf(db, 'be-customs', 'portcullis-default@2026.1');
    expect(old.translations.nl.get('TIMING-LATE-FILING')?.(values)).toMatch(
      /^Aangifte ingediend -12 uur voor de inlading/,
    );
    const now = await templatesOf(db, 'be-customs', `${current.id}@${current.version}`);
    const commodity = {
      ...values,
      hsChapters: ['08'],
      goodsDescription: 'FRESH BANANAS',
      originCountry: 'EC',
      consigneeNewCommodity: true,
    };
    expect(now.translations.fr.get('PARTY-NEW-COMMODITY')?.(commodity)).toBe(
      'Marchandises du ou des chapitres SH 08 (FRESH BANANAS) en provenance de EC, que les ' +
        "parties n'ont jamais expédiées auparavant : nouvelles pour le destinataire : oui ; " +
        "nouvelles pour l'expéditeur : inconnu.",
    );
    expect(now.translations.nl.get('PARTY-NEW-COMMODITY')?.(commodity)).toContain(
      'nieuw voor de geadresseerde: ja; nieuw voor de verzender: onbekend.',
    );
  });
});
