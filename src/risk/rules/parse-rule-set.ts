/**
 * Reading a rule set document: `{ id, version, rules: [...] }` as JSON text, YAML text or an
 * already parsed value. Every rule is checked and every problem reported; a set with any error
 * is refused as a whole, so a half-loaded rule set never scores containers.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
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

/** Parses JSON text first, reporting a syntax error with its line and column. */
export function parseRuleSetJson(text: string, source?: string): Result<RuleSet> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : 'invalid JSON';
    return fail(
      diagnostic('rule-set.json', `Rule set is not valid JSON: ${message}`, {
        ...(source ? { source } : {}),
        ...jsonErrorPosition(text, message),
      }),
    );
  }
  return parseRuleSet(value, source);
}

function jsonErrorPosition(
  text: string,
  message: string,
): { line?: number; column?: number; offset?: number } {
  const m = /position (\d+)/.exec(message);
  if (!m) return {};
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { offset, line, column: offset - before.lastIndexOf('\n') };
}
