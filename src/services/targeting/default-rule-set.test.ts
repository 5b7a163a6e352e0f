// Stored assessments word their rule reasons on read from the rule set version that produced
// them (docs/targeting.md, "Storing a scored call"). The bundled default set is read from
// data/rules/default-rules.json, so its rules must never change under a version already
// released: this test fails when they do, until the version is raised and recorded here.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/canonical-json.ts';
import { blankFeatureValues } from '../../risk/features/blank-feature-values.ts';
import type { FeatureValues } from '../../risk/features/feature-vector.ts';
import { compileRuleSet, evaluateRuleSet } from '../../risk/rules/rule-set-evaluator.ts';
import {
  bundledRuleSet,
  defaultRuleSet,
  defaultRuleTranslations,
  releasedDefaultRuleSets,
} from './default-rule-set.ts';

/** Each released version of the default rule set → the sha256 of its rules as written, canonical JSON. */
const RELEASED: Readonly<Record<string, string>> = {
  '2026.1': '1836250506e731ff0a530d1fdbbb073e52d771a24dc09bfe82086e90de30e4fa',
  '2026.2': '60a0cedfc38ce2e109cef63755cb6bc99810984cf7aa853efcf5cc8147dd4358',
  '2026.3': 'afaaebb07528e735bcd44d00135ca4e8555d8aa87a352733429d7ef84a5e2714',
};

const hashOf = (text: string) =>
  createHash('sha256')
    .update(canonicalJson((JSON.parse(text) as { rules: unknown }).rules))
    .digest('hex');

describe('the bundled default rule set', () => {
  it('has not changed its rules under a released version (raise the version to change them)', () => {
    const { set, text } = defaultRuleSet();
    const hash = hashOf(text);
    expect(
      { version: set.version, hash },
      `data/rules/default-rules.json: rules changed under version ${set.version}; ` +
        'give the set a new version and record its hash here',
    ).toEqual({ version: set.version, hash: RELEASED[set.version] });
  });

  it('keeps every earlier release as it was shipped, so assessments made under it still read', () => {
    const current = defaultRuleSet().set;
    const kept = releasedDefaultRuleSets();
    expect(kept.map((r) => r.file)).toEqual(
      Object.keys(RELEASED)
        .filter((v) => v !== current.version)
        .map((v) => `${current.id}@${v}.json`),
    );
    for (const r of kept) {
      expect(r.file).toBe(`${r.set.id}@${r.set.version}.json`);
      expect(hashOf(r.text), r.file).toBe(RELEASED[r.set.version]);
      expect(bundledRuleSet(r.set.id, r.set.version)).toBe(r.set);
    }
    expect(bundledRuleSet(current.id, current.version)).toBe(current);
    expect(bundledRuleSet(current.id, '1999.1')).toBeUndefined();
  });

  it('has French and Dutch reasons for every rule of every release, none left over', () => {
    const sets = [defaultRuleSet().set, ...releasedDefaultRuleSets().map((r) => r.set)];
    const used = new Set<string>();
    for (const set of sets) {
      for (const { definition: d } of set.rules) {
        expect(Object.keys(d.reasonTranslations ?? {}), `${set.version} ${d.id}`).toEqual([
          'fr',
          'nl',
        ]);
        used.add(d.id);
      }
    }
    // An entry whose rule is gone, or whose English reason changed, applies to nothing.
    expect(Object.keys(defaultRuleTranslations().rules).filter((id) => !used.has(id))).toEqual([]);
  });

  it('words a filing after loading as such, not as negative hours before it', () => {
    const rules = compileRuleSet(defaultRuleSet().set);
    const timing = (hours: number) =>
      evaluateRuleSet(
        rules,
        {
          ...blankFeatureValues(),
          originHighRisk: true,
          filingToLoadingHours: hours,
          lateFiling: hours < 24,
        },
        Date.parse('2026-03-01T00:00:00Z'),
      )
        .fired.filter((r) => r.id.startsWith('TIMING-'))
        .map((r) => [r.id, r.reason]);
    expect(timing(-12)).toEqual([
      [
        'TIMING-FILED-AFTER-LOADING',
        'Filed after the container was loaded: the manifest is due 24 hours before loading.',
      ],
    ]);
    expect(timing(6)).toEqual([
      [
        'TIMING-LATE-FILING',
        'Filed 6 hours before loading, inside the 24-hour advance filing window.',
      ],
    ]);
    expect(timing(48)).toEqual([]);
  });

  it('flags a party shipping a commodity it never shipped before, from a source region', () => {
    const rules = compileRuleSet(defaultRuleSet().set);
    const fired = (values: Partial<FeatureValues>) =>
      evaluateRuleSet(
        rules,
        {
          ...blankFeatureValues(),
          originCountry: 'EC',
          hsChapters: ['08'],
          goodsDescription: 'FRESH BANANAS',
          ...values,
        },
        Date.parse('2026-03-01T00:00:00Z'),
      ).fired.find((r) => r.id === 'PARTY-NEW-COMMODITY');
    expect(fired({ originHighRisk: true, consigneeNewCommodity: true })).toMatchObject({
      weight: 0.3,
      reason:
        'Goods of HS chapter(s) 08 (FRESH BANANAS) from EC, a commodity the parties never ' +
        'shipped before: new to the consignee: yes; new to the shipper: unknown.',
    });
    expect(
      fired({ originHighRisk: true, consigneeNewCommodity: false, shipperNewCommodity: true })
        ?.reason,
    ).toContain('new to the consignee: no; new to the shipper: yes');
    expect(fired({ originHighRisk: false, consigneeNewCommodity: true })).toBeUndefined();
    expect(fired({ originHighRisk: true, consigneeNewCommodity: false })).toBeUndefined();
    expect(fired({ originHighRisk: true })).toBeUndefined();
  });
});
