// Stored assessments word their rule reasons from the rule-set version that made them: an
// assessment made under an earlier release of the bundled default set still reads after the
// set has moved on.
import { expect, it } from 'vitest';
import { blankFeatureValues } from '../../risk/features/blank-feature-values.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import { defaultRuleSet } from './default-rule-set.ts';
import { createReasonTemplateCache } from './reason-templates.ts';

describeEachEngine('reason templates of bundled rule-set releases', (getDb) => {
  it('reads the current default set and the earlier release alike', async () => {
    const templatesOf = createReasonTemplateCache();
    const { db } = getDb();
    const current = defaultRuleSet().set;
    const values = { ...blankFeatureValues(), filingToLoadingHours: -12 };
    const now = await templatesOf(db, 'be-customs', `${current.id}@${current.version}`);
    const before = await templatesOf(db, 'be-customs', 'portcullis-default@2026.1');
    expect(now.get('TIMING-FILED-AFTER-LOADING')?.(values)).toMatch(/^Filed after the container/);
    // 2026.1 had no rule for a filing after loading and worded it as hours before loading.
    expect(before.has('TIMING-FILED-AFTER-LOADING')).toBe(false);
    expect(before.get('TIMING-LATE-FILING')?.(values)).toMatch(/^Filed -12 hours before loading/);
    // 2026.3 added the new-commodity rule; 2026.2 reads as it was shipped.
    const previous = await templatesOf(db, 'be-customs', 'portcullis-default@2026.2');
    expect(now.has('PARTY-NEW-COMMODITY')).toBe(true);
    expect(previous.has('PARTY-NEW-COMMODITY')).toBe(false);
    expect(previous.get('TIMING-FILED-AFTER-LOADING')?.(values)).toMatch(/^Filed after/);
    expect(before.size).toBe(now.size - 2);
    expect(previous.size).toBe(now.size - 1);
    expect((await templatesOf(db, 'be-customs', 'portcullis-default@1999.1')).size).toBe(0);
  });
});
