// Every container number found in the EDIFACT sample interchanges (see
// test/fixtures/edifact-container-numbers/README.md): the valid ones parse, and each invalid
// one is named here with the reason it fails.
import { describe, expect, it } from 'vitest';
import samples from '../../../test/fixtures/edifact-container-numbers/container-numbers.json' with { type: 'json' };
import { parseContainerNumber } from './container-number.ts';

/** "file#segment" → the diagnostic code it must fail with, and why. */
const INVALID: Readonly<Record<string, readonly [code: string, why: string]>> = {
  'baplie_d04b_synthetic.edi#18': ['container-number.length', 'placeholder text "CONTAINER"'],
  'coprar_d95b_msk.edi#10': ['container-number.category', 'MSTI6415664: category I'],
  'coprar_d95b_msk.edi#19': ['container-number.category', 'MSTI6415664: category I'],
  'iftsta_d00b_rail_csx.edi#17': ['container-number.check-digit', 'TRHU4561222: 2, not 5'],
  'iftsta_d00b_rail_csx.edi#31': ['container-number.check-digit', 'TRHU4561222: 2, not 5'],
};

const found = samples.containers.map((c) => ({ ...c, key: `${c.file}#${c.segment}` }));

describe('container numbers in the EDIFACT samples', () => {
  it('covers every sample file that carries equipment', () => {
    const files = new Set(found.map((c) => c.file));
    expect([...files].sort()).toEqual([
      'baplie_d04b_synthetic.edi',
      'baplie_d95b_smdg20_oocl-beijing_uslgb.edi',
      'coarri_d95b_itg13_cosco-africa_itgoa.edi',
      'coprar_d95b_msk.edi',
      'iftsta_d00b_rail_csx.edi',
    ]);
    expect(found).toHaveLength(30);
    for (const file of files) expect(samples.sources).toHaveProperty([file, 'license']);
  });

  it.each(found.filter((c) => !(c.key in INVALID)).map((c) => [c.value, c.key] as const))(
    '%s (%s) is a valid ISO 6346 number',
    (value) => {
      const r = parseContainerNumber(value);
      expect(r.diagnostics).toEqual([]);
      expect(r.ok && r.value).toBe(value);
    },
  );

  it.each(Object.entries(INVALID))('%s is invalid: %s', (key, [code]) => {
    const c = found.find((f) => f.key === key);
    expect(c, `fixture has no container at ${key}`).toBeDefined();
    const r = parseContainerNumber(c?.value ?? '');
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual([code]);
  });
});
