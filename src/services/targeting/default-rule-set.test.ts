// Stored assessments word their rule reasons on read from the rule set version that produced
// them (docs/targeting.md, "Storing a scored call"). The bundled default set is read from
// data/rules/default-rules.json, so its rules must never change under a version already
// released: this test fails when they do, until the version is raised and recorded here.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/canonical-json.ts';
import { defaultRuleSet } from './default-rule-set.ts';

/** Each released version of the default rule set → the sha256 of its rules as written, canonical JSON. */
const RELEASED: Readonly<Record<string, string>> = {
  '2026.1': '1836250506e731ff0a530d1fdbbb073e52d771a24dc09bfe82086e90de30e4fa',
};

describe('the bundled default rule set', () => {
  it('has not changed its rules under a released version (raise the version to change them)', () => {
    const { set, text } = defaultRuleSet();
    const { rules } = JSON.parse(text) as { rules: unknown };
    const hash = createHash('sha256').update(canonicalJson(rules)).digest('hex');
    expect(
      { version: set.version, hash },
      `data/rules/default-rules.json: rules changed under version ${set.version}; ` +
        'give the set a new version and record its hash here',
    ).toEqual({ version: set.version, hash: RELEASED[set.version] });
  });
});
