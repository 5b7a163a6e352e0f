import { describe, expect, it } from 'vitest';
import { FEATURES } from './feature-schema.ts';
import { featureValuesInto } from './feature-values-list.ts';
import type { FeatureValues } from './feature-vector.ts';

describe('featureValuesInto', () => {
  it('reads every feature of the schema, in its order', () => {
    const record = Object.fromEntries(FEATURES.map((f, i) => [f.name, i]));
    const out = featureValuesInto(record as unknown as FeatureValues, []);
    expect(out).toEqual(FEATURES.map((_, i) => i));
  });
});
