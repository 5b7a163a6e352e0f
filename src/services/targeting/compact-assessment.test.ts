// The compact stored forms of an assessment (feature snapshot and explanation) read back exactly
// what scoring computed: features, reasons (rules, model, lookouts), components, versions, band.
import { describe, expect, it } from 'vitest';
import { assess } from '../../risk/assessment/assess.ts';
import { computeFeatures } from '../../risk/features/compute-features.ts';
import { FEATURES } from '../../risk/features/feature-schema.ts';
import {
  seededRandom,
  syntheticInput,
} from '../../risk/features/testing/synthetic-consignments.ts';
import { compileRuleSet, evaluateRuleSet } from '../../risk/rules/rule-set-evaluator.ts';
import { packExplanation, ruleReasonRefs, unpackExplanation } from './compact-explanation.ts';
import { defaultRuleSet } from './default-rule-set.ts';
import {
  FEATURE_SNAPSHOT_FORMAT,
  FEATURES_OF_FORMAT,
  packFeatures,
  unpackFeatures,
} from './feature-snapshot.ts';
import { reasonTemplatesOf } from './reason-templates.ts';
import { sentenceOf, storedExplanationOf } from './stored-explanation.ts';

const NOW = Date.parse('2026-03-01T00:00:00Z');

function scored(count: number) {
  const rnd = seededRandom(7);
  const rules = compileRuleSet(defaultRuleSet().set);
  return Array.from({ length: count }, (_, i) => {
    const input = syntheticInput(rnd, i, { now: NOW, anomalyRate: 0.2 });
    const fv = computeFeatures(input)[0]!;
    const model = {
      modelVersion: 'm7',
      score: 0.4,
      method: 'path' as const,
      contributions: [
        { feature: 'shipperAgeDays', contribution: 0.1234 + i / 1000 },
        { feature: 'routeCountries', contribution: 0.08 },
        { feature: 'reeferTemperatureC', contribution: 0.051 },
      ],
    };
    const hit = {
      lookoutId: `L|${i}^~`,
      ownerAgency: 'nl',
      mandatoryHold: i % 5 === 0,
      reason: 'tip',
    };
    const a = assess({
      features: fv,
      rules: evaluateRuleSet(rules, fv.values, NOW),
      ...(i % 2 === 0 ? { model } : {}),
      ...(i % 3 === 0 ? { lookoutHits: [hit] } : {}),
    });
    return { fv, a, rulesOnly: i % 2 !== 0 };
  });
}

describe('compact stored assessment', () => {
  const templates = reasonTemplatesOf(defaultRuleSet().set.rules);
  const all = scored(400);

  it('reads back the feature snapshot exactly, in a third of the JSON bytes or less', () => {
    let compact = 0;
    let json = 0;
    for (const { fv } of all) {
      const packed = packFeatures(fv.values);
      const record = fv.values as Readonly<Record<string, unknown>>;
      const expected = Object.fromEntries(
        FEATURES.map((f) => [f.name, record[f.name] ?? undefined]),
      );
      expect(unpackFeatures(packed)).toEqual(expected);
      compact += packed.length;
      json += JSON.stringify(fv.values).length;
    }
    expect(compact * 2).toBeLessThan(json);
  });

  it('keeps odd values exact: empty text and sets, separators, negative zero, wrong kinds', () => {
    const values = {
      originPort: '',
      goodsDescription: 'A|B^C ~ "quoted"',
      routeCountries: [],
      hsChapters: ['8^4', 'x'],
      transshipmentCount: -0,
      reeferTemperatureC: -18.25,
      isReefer: 'yes',
      originHighRisk: false,
    };
    const back = unpackFeatures(packFeatures(values as never)) as Record<string, unknown>;
    for (const [k, v] of Object.entries(values)) expect(back[k]).toEqual(v);
    expect(Object.is(back.transshipmentCount, -0)).toBe(true);
  });

  it('reads back the explanation exactly: reasons in words, components, holds, versions', () => {
    let kinds = new Set<string>();
    for (const { fv, a, rulesOnly } of all) {
      const stored = storedExplanationOf(a, rulesOnly);
      const packed = packExplanation(stored, fv.values, templates);
      const values = unpackFeatures(packFeatures(fv.values)) as Record<string, unknown>;
      const back = unpackExplanation(packed, values, templates);
      expect(back).toEqual(stored);
      expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(stored)));
      const text = sentenceOf(back as typeof stored, a);
      expect(rulesOnly ? text : `${text}`).toContain(a.explanation.text.slice(0, -1));
      expect(ruleReasonRefs(packed)).toEqual(
        stored.reasons.filter((r) => r.kind === 'rule').map((r) => r.ref),
      );
      kinds = new Set([...kinds, ...stored.reasons.map((r) => r.kind)]);
      // Rule and model reasons are references, never their words.
      for (const r of stored.reasons)
        if (r.kind !== 'lookout') expect(packed).not.toContain(r.text);
    }
    expect([...kinds].sort()).toEqual(['lookout', 'model', 'rule']);
  });

  it('writes a reason in full when its template would word it differently', () => {
    const { fv, a } = all.find((x) => x.a.explanation.reasons.some((r) => r.kind === 'rule'))!;
    const stored = storedExplanationOf(a, true);
    const packed = packExplanation(stored, fv.values, new Map());
    expect(unpackExplanation(packed, fv.values, new Map())).toEqual(stored);
  });

  it('refers to a rule reason only when its template words it exactly', () => {
    const { fv, a } = all.find((x) => x.a.explanation.reasons[0]?.kind === 'rule')!;
    const stored = storedExplanationOf(a, true);
    const reason = stored.reasons[0]!;
    const clause = reason.text.slice(`Rule ${reason.ref}: `.length);
    const firstReason = (words: string) => {
      const packed = packExplanation(stored, fv.values, new Map([[reason.ref, () => words]]));
      expect(unpackExplanation(packed, fv.values, new Map([[reason.ref, () => words]]))).toEqual(
        stored,
      );
      return packed.split('|')[10]!.split('^')[0]!;
    };
    expect(firstReason(clause)).toBe('r0');
    expect(firstReason(`${clause}.`)).toBe('r0');
    for (const other of [`${clause}x`, clause.slice(0, -1), `${clause}..`, `x${clause}`])
      expect(firstReason(other).startsWith('~')).toBe(true);
  });

  it('stores about a third of the bytes of the JSON it replaces', () => {
    let compact = 0;
    let json = 0;
    for (const { fv, a, rulesOnly } of all) {
      const stored = storedExplanationOf(a, rulesOnly);
      compact +=
        packExplanation(stored, fv.values, templates).length + packFeatures(fv.values).length;
      const v1 = {
        format: 'features-v1',
        values: FEATURES.map((f) => (fv.values as Record<string, unknown>)[f.name] ?? null),
      };
      json += JSON.stringify(stored).length + JSON.stringify(v1).length;
    }
    // 2.98× with the party history's length (feature 60, a whole number of days in every
    // snapshot); 3.0× before it.
    expect(compact * 2.9).toBeLessThan(json);
  });

  it('reads a snapshot stored before the new-commodity features with them missing', () => {
    const { fv } = all.find((x) => x.fv.values.watchlistHits === 0)!;
    const values = { ...fv.values, consigneeNewCommodity: false, shipperNewCommodity: true };
    const current = packFeatures(values);
    expect(current.startsWith(`${FEATURE_SNAPSHOT_FORMAT}|`)).toBe(true);
    expect(unpackFeatures(current)).toMatchObject({
      consigneeNewCommodity: false,
      shipperNewCommodity: true,
    });
    // As stored before (format f2, the 57 features then in the schema, trailing empty fields
    // left off): the same fields. Both read as missing, not as the false an empty field means.
    const unknown = {
      ...fv.values,
      consigneeNewCommodity: false,
      shipperNewCommodity: false,
      partyHistoryDays: 0,
    };
    const old = packFeatures(unknown).replace(`${FEATURE_SNAPSHOT_FORMAT}|`, 'f2|');
    expect(old.split('|').length).toBeLessThanOrEqual(FEATURES_OF_FORMAT.f2! + 1);
    expect(unpackFeatures(old)).toEqual({
      ...unpackFeatures(current),
      consigneeNewCommodity: undefined,
      shipperNewCommodity: undefined,
      partyHistoryDays: undefined,
    });
    expect(FEATURES_OF_FORMAT[FEATURE_SNAPSHOT_FORMAT]).toBe(FEATURES.length);
  });

  it('reads a snapshot stored before the party history length with it missing', () => {
    const { fv } = all.find((x) => x.fv.values.watchlistHits === 0)!;
    const current = packFeatures({ ...fv.values, partyHistoryDays: 30 });
    expect(unpackFeatures(current)).toMatchObject({ partyHistoryDays: 30 });
    // As stored in format f3 (59 features): an empty 60th field would read as 0 days; it is
    // missing, since f3 did not hold it.
    const old = packFeatures({ ...fv.values, partyHistoryDays: 0 }).replace(
      `${FEATURE_SNAPSHOT_FORMAT}|`,
      'f3|',
    );
    expect(old.split('|').length).toBeLessThanOrEqual(FEATURES_OF_FORMAT.f3! + 1);
    expect(unpackFeatures(old)).toEqual({
      ...unpackFeatures(current),
      partyHistoryDays: undefined,
    });
  });

  it('reads explanations and snapshots stored as JSON as they are', () => {
    const { fv, a } = all[0]!;
    const old = { ...storedExplanationOf(a, true), text: 'kept' };
    expect(unpackExplanation(old, undefined, templates)).toBe(old);
    const v1 = { format: 'features-v1', values: FEATURES.map(() => null) };
    expect(unpackFeatures(v1)).toEqual(
      Object.fromEntries(FEATURES.map((f) => [f.name, undefined])),
    );
    expect(ruleReasonRefs(JSON.stringify(old))).toEqual(
      old.reasons.filter((r) => r.kind === 'rule').map((r) => r.ref),
    );
    expect(fv).toBeDefined();
  });
});
