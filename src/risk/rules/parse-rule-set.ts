/**
 * Reading a rule set document: `{ id, version, rules: [...] }` as JSON text, YAML text or an
 * already parsed value. Every rule is checked and every problem reported; a set with any error
 * is refused as a whole, so a half-loaded rule set never scores containers.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import { parseDocument } from 'yaml';
import { parseRule } from './parse-rule.ts';
import type { CheckedRule, RuleSet } from './rule.ts';

export function parseRuleSet(input: unknown, source?: string): Result<RuleSet> {
  const diagnostics: Diagnostic[] = [];
  const at = (pointer: string) => (source === undefined ? { pointer } : { source, pointer });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail(
      diagnostic(
        'rule-set.format',
        'A rule set must be an object with id, version and rules.',
        at(''),
      ),
    );
  }
  const doc = input as Readonly<Record<string, unknown>>;
  for (const field of ['id', 'version'] as const) {
    if (typeof doc[field] !== 'string' || doc[field] === '') {
      diagnostics.push(
        diagnostic('rule-set.format', `"${field}" must be a non-empty string.`, at(`/${field}`)),
      );
    }
  }
  const list = Array.isArray(doc['rules']) ? (doc['rules'] as unknown[]) : undefined;
  if (!list)
    diagnostics.push(diagnostic('rule-set.format', '"rules" must be a list.', at('/rules')));
  const rules: CheckedRule[] = [];
  const seen = new Set<string>();
  (list ?? []).forEach((item, i) => {
    const r = parseRule(item, `/rules/${i}`);
    const withSource =
      source === undefined
        ? r.diagnostics
        : r.diagnostics.map((d) => ({ ...d, at: { ...d.at, source } }));
    diagnostics.push(...withSource);
    if (!r.ok) return;
    if (seen.has(r.value.definition.id)) {
      diagnostics.push(
        diagnostic(
          'rule-set.duplicate',
          `Rule ${r.value.definition.id} appears twice.`,
          at(`/rules/${i}/id`),
        ),
      );
    }
    seen.add(r.value.definition.id);
    rules.push(r.value);
  });
  if (diagnostics.some((d) => d.severity === 'error')) return fail(...diagnostics);
  return ok({ id: doc['id'] as string, version: doc['version'] as string, rules }, diagnostics);
}

export const RULE_SET_FORMATS = ['json', 'yaml'] as const;
export type RuleSetFormat = (typeof RULE_SET_FORMATS)[number];

/** Parses rule set text (JSON or YAML), reporting a syntax error with its line and column. */
export function parseRuleSetText(
  text: string,
  format: RuleSetFormat,
  source?: string,
): Result<RuleSet> {
  const parsed = format === 'json' ? readJson(text) : readYaml(text);
  if ('error' in parsed) {
    const at = { ...(source === undefined ? {} : { source }), ...parsed.at };
    return fail(
      diagnostic(
        `rule-set.${format}`,
        `Rule set is not valid ${format.toUpperCase()}: ${parsed.error}`,
        at,
      ),
    );
  }
  return parseRuleSet(parsed.value, source);
}

export function parseRuleSetJson(text: string, source?: string): Result<RuleSet> {
  return parseRuleSetText(text, 'json', source);
}

type Read = { value: unknown } | { error: string; at: { line?: number; column?: number } };

function readYaml(text: string): Read {
  const doc = parseDocument(text);
  const e = doc.errors[0];
  if (!e) return { value: doc.toJS() as unknown };
  const pos = e.linePos?.[0];
  return { error: e.message.split('\n')[0]!, at: pos ? { line: pos.line, column: pos.col } : {} };
}

function readJson(text: string): Read {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : 'invalid JSON';
    // JSON.parse does not always say where; the YAML reader (JSON is YAML) does.
    const located = readYaml(text);
    return { error: message, at: 'error' in located ? located.at : {} };
  }
}
