/**
 * The bundled default rule set (data/rules/default-rules.json), used until an agency activates
 * one of its own, and its earlier releases (data/rules/released/), kept so that assessments made
 * under them still word their reasons. The French and Dutch reasons of every release are kept
 * beside them (data/rules/default-rules.translations.json), outside the documents whose rules a
 * release's hash records: each rule gets the translations written for its id and its exact
 * English reason, and is checked with them as any rule set is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unwrap } from '../../core/result.ts';
import { parseRuleSet, parseRuleSetJson } from '../../risk/rules/parse-rule-set.ts';
import type { RuleSet } from '../../risk/rules/rule.ts';

const DATA = new URL('../../../data/rules/', import.meta.url);
const PATH = fileURLToPath(new URL('default-rules.json', DATA));
const RELEASED = fileURLToPath(new URL('released/', DATA));
const TRANSLATIONS = fileURLToPath(new URL('default-rules.translations.json', DATA));

/** The translations file: by rule id, the English reason translated and its translations. */
export interface DefaultRuleTranslations {
  readonly rules: Readonly<
    Record<string, { readonly reason: string; readonly reasonTranslations: unknown }>
  >;
}

let translations: DefaultRuleTranslations | undefined;

export function defaultRuleTranslations(): DefaultRuleTranslations {
  translations ??= JSON.parse(readFileSync(TRANSLATIONS, 'utf8')) as DefaultRuleTranslations;
  return translations;
}

/** A bundled rule-set file read and checked with the translations of its rules. */
function bundled(text: string, source: string): RuleSet {
  unwrap(parseRuleSetJson(text, source)); // as shipped, with its syntax errors located
  const doc = JSON.parse(text) as { rules: readonly Readonly<Record<string, unknown>>[] };
  const { rules } = defaultRuleTranslations();
  const translated = doc.rules.map((rule) => {
    const t = typeof rule['id'] === 'string' ? rules[rule['id']] : undefined;
    return t && t.reason === rule['reason']
      ? { ...rule, reasonTranslations: t.reasonTranslations }
      : rule;
  });
  return unwrap(parseRuleSet({ ...doc, rules: translated }, source));
}

let cached: { text: string; set: RuleSet } | undefined;

export function defaultRuleSet(): { text: string; set: RuleSet } {
  if (!cached) {
    const text = readFileSync(PATH, 'utf8');
    cached = { text, set: bundled(text, 'default-rules.json') };
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
      return { file, text, set: bundled(text, `released/${file}`) };
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
