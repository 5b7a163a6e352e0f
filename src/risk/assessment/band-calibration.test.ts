import { describe, expect, it } from 'vitest';
import { createRandomSource } from '../gbdt/random-source.ts';
import { bandOf, DEFAULT_ASSESSMENT_CONFIG } from './assessment-config.ts';
import { calibrateBands } from './band-calibration.ts';

const fixed = DEFAULT_ASSESSMENT_CONFIG;

describe('calibrateBands', () => {
  it('puts the top 2% in high and the next 10% in medium, where fixed thresholds put a third in high', () => {
    const random = createRandomSource(3);
    // Rule scores of busy South American traffic: many containers fire a rule or two.
    const scores = Array.from({ length: 20_000 }, () =>
      random() < 0.4 ? 0.6 + 0.4 * random() : 0.3 * random(),
    );
    const share = (config: typeof fixed, band: string) =>
      scores.filter((s) => bandOf(s, config) === band).length / scores.length;
    expect(share(fixed, 'high')).toBeGreaterThan(0.3);
    const calibrated = calibrateBands(scores, fixed);
    expect(share(calibrated, 'high')).toBeGreaterThan(0.015);
    expect(share(calibrated, 'high')).toBeLessThanOrEqual(0.02);
    expect(share(calibrated, 'medium')).toBeGreaterThan(0.09);
    expect(share(calibrated, 'medium')).toBeLessThanOrEqual(0.1);
    expect(calibrated.modelWeight).toBe(fixed.modelWeight);
  });

  it('keeps the fixed thresholds with too few scores or with ties that would band everything', () => {
    expect(calibrateBands([0.9, 0.1, 0.5], fixed)).toBe(fixed);
    expect(calibrateBands(new Array<number>(5_000).fill(0), fixed)).toBe(fixed);
    const tiedTop = [...new Array<number>(4_000).fill(0.2), ...new Array<number>(1_000).fill(0.9)];
    expect(calibrateBands(tiedTop, fixed)).toBe(fixed);
  });

  it('leaves ties at the threshold below it', () => {
    const scores = Array.from({ length: 1_000 }, (_, i) => i / 1_000);
    const c = calibrateBands(scores, fixed);
    expect(bandOf(0.98, c)).toBe('medium');
    expect(bandOf(0.981, c)).toBe('high');
  });
});
