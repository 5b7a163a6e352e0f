/**
 * The bundled default rule set (data/rules/default-rules.json), used until an agency activates
 * one of its own, and its earlier releases (data/rules/released/), kept so that assessments made
 * under them still word their reasons.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unwrap } from '../../core/result.ts';
import { parseRuleSetJson } from '../../risk/rules/parse-rule-set.ts';
import type { RuleSet } from '../../risk/rules/rule.ts';

const PATH = fileURLToPath(new URL('../../../data/rules/default-rules.json', import.meta.url));
const RELEASED = fileURLToPath(new URL('../../../data/rules/released/', import.meta.url));

let cached: { text: string; set: RuleSet } | undefined;

export function defaultRuleSet(): { text: string; set: RuleSet } {
  if (!cached) {
    const text = readFileSync(PATH, 'utf8');
    cached = { text, set: unwrap(parseRuleSetJson(text, 'default-rules.json')) };
  }
  return cached;
}

let released: { file: string; text: string; set: RuleSet }[] | undefined;

/** The earlier releases of the default set, as shipped, one file each. */
export function releasedDefaultRuleSets(): readonly { file: string; text: string; set: RuleSet }[] {
  released ??= readdirSync(RELEASED)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const text = readFileSync(`${RELEASED}${file}`, 'utf8');
      return { file, text, set: unwrap(parseRuleSetJson(text, `released/${file}`)) };
    });
  return released;
}

/** The bundled default set of that id and version: the current one or an earlier release. */
export function bundledRuleSet(setId: string, version: string): RuleSet | undefined {
  const current = defaultRuleSet().set;
  if (current.id === setId && current.version === version) return current;
  return releasedDefaultRuleSets().find((r) => r.set.id === setId && r.set.version === version)
    ?.set;
}
