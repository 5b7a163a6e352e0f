import { describe, expect, it } from 'vitest';
import type { CaseTruth } from './ground-truth.ts';
import { DEFAULT_OUTCOME_MODEL, simulateInspection, simulateScan } from './outcome-model.ts';
import { createRng } from './random.ts';

const truth: CaseTruth = {
  kind: 'case',
  caseId: 'CASE-1',
  typology: 'concealment-reefer',
  substance: 'cocaine',
  kg: 60,
  concealment: 'reefer-machinery',
  containerNumber: 'MSKU1234565',
  billNumber: 'MAEU123',
  callId: 'X',
  date: '2026-01-05',
  originCountry: 'EC',
  portOfLoading: 'ECGYE',
  stage: 'origin',
  signals: ['reefer'],
};

describe('outcome model', () => {
  it('meets the configured scanner sensitivity and specificity', () => {
    const rng = createRng('scan');
    const n = 20000;
    let hits = 0;
    let falseAlarms = 0;
    for (let i = 0; i < n; i++) {
      if (simulateScan('MSKU1234565', truth, rng).verdict === 'anomaly') hits++;
      if (simulateScan('MSKU1234565', undefined, rng).verdict === 'anomaly') falseAlarms++;
    }
    expect(hits / n).toBeCloseTo(DEFAULT_OUTCOME_MODEL.scanSensitivity['reefer-machinery'], 1);
    expect(1 - falseAlarms / n).toBeCloseTo(DEFAULT_OUTCOME_MODEL.scanSpecificity, 2);
  });

  it('finds what is there at the configured rate and nothing in a clean container', () => {
    const rng = createRng('inspect');
    const found = Array.from({ length: 5000 }, () =>
      simulateInspection('MSKU1234565', truth, rng),
    ).filter((o) => o.found);
    expect(found.length / 5000).toBeCloseTo(
      DEFAULT_OUTCOME_MODEL.inspectionFindRate['reefer-machinery'],
      1,
    );
    expect(found[0]).toMatchObject({
      substance: 'cocaine',
      kg: 60,
      concealment: 'reefer-machinery',
    });
    expect(simulateInspection('MSKU1234565', undefined, rng).found).toBe(false);
  });

  it('is reproducible from the seed', () => {
    const a = Array.from(
      { length: 20 },
      (_, i) => simulateScan(`C${i}`, truth, createRng(`s-${i}`)).verdict,
    );
    const b = Array.from(
      { length: 20 },
      (_, i) => simulateScan(`C${i}`, truth, createRng(`s-${i}`)).verdict,
    );
    expect(a).toEqual(b);
  });
});
