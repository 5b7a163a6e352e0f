/**
 * Reading one rule from parsed JSON or YAML: field checks with JSON pointers, then the
 * condition's parse and type check with its line and column, then the reason's placeholders
 * and those of its translations.
 */
import { diagnostic, hasErrors, withPosition, type Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import { checkCondition } from './check-condition.ts';
import { parseCondition } from './condition-parser.ts';
import { checkReasonTemplate } from './reason-template.ts';
import { readReasonTranslations } from './reason-translations.ts';
import { RULE_STATUSES, type CheckedRule, type RuleDefinition, type RuleStatus } from './rule.ts';

type Fields = Readonly<Record<string, unknown>>;

class FieldReader {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    private readonly o: Fields,
    private readonly pointer: string,
    private readonly ruleId: string,
  ) {}
  problem(field: string, message: string): void {
    const at = { pointer: `${this.pointer}/${field}`, field };
    this.diagnostics.push(diagnostic('rule.field', `Rule ${this.ruleId}: ${message}`, at));
  }
  text(field: string, required = true): string | undefined {
    const x = this.o[field];
    if (x === undefined && !required) return undefined;
    if (typeof x === 'string' && x.trim() !== '') return x;
    this.problem(field, `"${field}" must be a non-empty string.`);
    return undefined;
  }
  number(field: string, valid: (n: number) => boolean, rule: string): number | undefined {
    const x = this.o[field];
    if (typeof x === 'number' && valid(x)) return x;
    this.problem(field, `"${field}" must be ${rule}.`);
    return undefined;
  }
  date(field: string, fallback: number): number {
    const s = this.text(field, false);
    if (s === undefined) return fallback;
    const ms = Date.parse(s);
    if (Number.isNaN(ms)) this.problem(field, `"${field}" must be an ISO 8601 date, found "${s}".`);
    return Number.isNaN(ms) ? fallback : ms;
  }
  tags(): readonly string[] | undefined {
    const x = this.o['tags'];
    if (x === undefined) return undefined;
    if (Array.isArray(x) && x.every((t) => typeof t === 'string')) return x;
    this.problem('tags', '"tags" must be a list of strings.');
    return undefined;
  }
}

function isStatus(x: unknown): x is RuleStatus {
  return typeof x === 'string' && (RULE_STATUSES as readonly string[]).includes(x);
}

/** Reads and checks one rule; `pointer` says where it sits in its document (e.g. "/rules/3"). */
export function parseRule(input: unknown, pointer = ''): Result<CheckedRule> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail(diagnostic('rule.field', 'A rule must be an object.', { pointer: pointer || '/' }));
  }
  const o = input as Fields;
  const id = typeof o['id'] === 'string' ? o['id'] : '(no id)';
  const r = new FieldReader(o, pointer, id);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id))
    r.problem('id', '"id" must be letters, digits, ".", "_" or "-".');
  const version = r.number(
    'version',
    (n) => Number.isInteger(n) && n >= 1,
    'a whole number from 1',
  );
  const weight = r.number('weight', (n) => n > 0 && n <= 1, 'a number in (0, 1]');
  const status = o['status'];
  if (!isStatus(status))
    r.problem('status', `"status" must be one of ${RULE_STATUSES.join(', ')}.`);
  const [owner, title, reason, condition] = ['owner', 'title', 'reason', 'condition'].map((f) =>
    r.text(f),
  );
  const source = r.text('source', false);
  const validFromMs = r.date('validFrom', -Infinity);
  const validToMs = r.date('validTo', Infinity);
  if (validFromMs >= validToMs) r.problem('validTo', '"validTo" must come after "validFrom".');
  const tags = r.tags();
  if (reason !== undefined) r.diagnostics.push(...checkReasonTemplate(reason, `${pointer}/reason`));
  const translations = readReasonTranslations(o['reasonTranslations'], reason, id, pointer);
  r.diagnostics.push(...translations.diagnostics);
  const checked =
    condition === undefined
      ? undefined
      : conditionOf(condition, id, `${pointer}/condition`, r.diagnostics);
  if (hasErrors(r.diagnostics) || !checked || !isStatus(status)) return fail(...r.diagnostics);
  const definition: RuleDefinition = {
    id,
    version: version!,
    owner: owner!,
    title: title!,
    reason: reason!,
    ...(translations.value !== undefined ? { reasonTranslations: translations.value } : {}),
    weight: weight!,
    status,
    condition: condition!,
    ...(typeof o['validFrom'] === 'string' ? { validFrom: o['validFrom'] } : {}),
    ...(typeof o['validTo'] === 'string' ? { validTo: o['validTo'] } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(tags !== undefined ? { tags } : {}),
  };
  return ok({ definition, condition: checked, validFromMs, validToMs }, r.diagnostics);
}

function conditionOf(
  text: string,
  id: string,
  pointer: string,
  out: Diagnostic[],
): CheckedRule['condition'] | undefined {
  const parsed = parseCondition(text);
  const checked = parsed.ok ? checkCondition(parsed.value) : parsed;
  for (const d of checked.diagnostics) {
    out.push(
      withPosition({ ...d, message: `Rule ${id}: ${d.message}` }, { pointer, field: 'condition' }),
    );
  }
  return checked.ok ? checked.value : undefined;
}
