/**
 * Type checker of rule conditions against the feature schema: every feature must exist, every
 * operator must suit the feature's kind and every literal its type. It turns literals into the
 * values the feature needs (a category written 0803 stays "0803").
 */
import { diagnostic, hasErrors, type Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import { featureSpec, type FeatureKind, type FeatureSpec } from '../features/feature-schema.ts';
import type { Condition, Literal, ParsedCondition, Primitive, TextPosition } from './condition.ts';
import { routeGlobProblem, unsafeRegexReason } from './text-patterns.ts';

type Emit = (
  code: string,
  message: string,
  at: TextPosition,
  severity?: 'error' | 'warning',
) => void;

export function checkCondition(tree: ParsedCondition): Result<Condition> {
  const diagnostics: Diagnostic[] = [];
  const emit: Emit = (code, message, at, severity = 'error') =>
    diagnostics.push(
      diagnostic(code, message, { line: at.line, column: at.column, offset: at.offset }, severity),
    );
  const checked = check(tree, emit);
  return hasErrors(diagnostics) ? fail(...diagnostics) : ok(checked, diagnostics);
}

function check(node: ParsedCondition, emit: Emit): Condition {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { ...node, items: node.items.map((n) => check(n, emit)) };
    case 'not':
      return { ...node, item: check(node.item, emit) };
    case 'exists':
      spec(node.feature, node.at, emit);
      return node;
    case 'truthy':
      expectKind(
        spec(node.feature, node.at, emit),
        ['boolean'],
        'test it on its own',
        node.at,
        emit,
      );
      return node;
    case 'compare':
      return checkCompare(node, emit);
    case 'in': {
      const s = expectKind(
        spec(node.feature, node.at, emit),
        ['numeric', 'categorical', 'text'],
        'use "in"',
        node.at,
        emit,
      );
      return { ...node, values: node.values.map((v) => coerce(s, v, emit)) };
    }
    case 'between': {
      const s = expectKind(
        spec(node.feature, node.at, emit),
        ['numeric'],
        'use "between"',
        node.at,
        emit,
      );
      const low = coerce(s, node.low, emit);
      const high = coerce(s, node.high, emit);
      if (typeof low === 'number' && typeof high === 'number' && low > high) {
        emit(
          'rule.range',
          `Range ${low} and ${high} is empty: the lower bound comes first.`,
          node.low.at,
        );
      }
      return { ...node, low, high };
    }
    case 'text':
      return checkText(node, emit);
    case 'has': {
      expectKind(
        spec(node.feature, node.at, emit),
        ['set'],
        `use "has ${node.quantifier}"`,
        node.at,
        emit,
      );
      return { ...node, values: node.values.map((v) => asString(v, emit)) };
    }
    case 'route': {
      const pattern = asString(node.pattern, emit);
      const problem = routeGlobProblem(pattern);
      if (problem) emit('rule.pattern', `Route pattern "${pattern}": ${problem}.`, node.pattern.at);
      return { ...node, pattern };
    }
  }
}

function checkCompare(node: Extract<ParsedCondition, { kind: 'compare' }>, emit: Emit): Condition {
  const s = spec(node.feature, node.at, emit);
  const ordered = node.op !== '=' && node.op !== '!=';
  const kinds: readonly FeatureKind[] = ordered
    ? ['numeric']
    : ['numeric', 'categorical', 'text', 'boolean'];
  expectKind(s, kinds, `use "${node.op}"`, node.at, emit);
  return { ...node, value: coerce(s, node.value, emit) };
}

function checkText(node: Extract<ParsedCondition, { kind: 'text' }>, emit: Emit): Condition {
  const kinds: readonly FeatureKind[] =
    node.op === 'contains' ? ['text', 'categorical', 'set'] : ['text', 'categorical'];
  expectKind(spec(node.feature, node.at, emit), kinds, `use "${node.op}"`, node.at, emit);
  const pattern = asString(node.pattern, emit);
  if (node.op === 'matches') {
    const reason = unsafeRegexReason(pattern);
    if (reason)
      emit('rule.regex', `Regular expression "${pattern}" refused: ${reason}.`, node.pattern.at);
  }
  return { ...node, pattern };
}

function spec(name: string, at: TextPosition, emit: Emit): FeatureSpec | undefined {
  const found = featureSpec(name);
  if (!found) emit('rule.unknown-feature', `Unknown feature "${name}".`, at);
  return found;
}

function expectKind(
  s: FeatureSpec | undefined,
  kinds: readonly FeatureKind[],
  what: string,
  at: TextPosition,
  emit: Emit,
): FeatureSpec | undefined {
  if (s && !kinds.includes(s.kind)) {
    emit(
      'rule.type',
      `Feature "${s.name}" is ${s.kind}: cannot ${what} on it (needs ${kinds.join(' or ')}).`,
      at,
    );
  }
  return s;
}

function coerce(s: FeatureSpec | undefined, lit: Literal, emit: Emit): Primitive {
  if (!s) return lit.value;
  switch (s.kind) {
    case 'numeric':
      if (lit.kind === 'number' && !Number.isFinite(lit.value)) {
        emit('rule.type', `Number ${lit.raw} is out of range.`, lit.at);
      }
      if (lit.kind !== 'number')
        emit('rule.type', `Feature "${s.name}" is numeric: "${lit.raw}" is not a number.`, lit.at);
      return lit.value;
    case 'boolean':
      if (lit.kind !== 'boolean')
        emit(
          'rule.type',
          `Feature "${s.name}" is boolean: use true or false, not "${lit.raw}".`,
          lit.at,
        );
      return lit.value;
    case 'categorical':
    case 'text':
    case 'set':
      return asString(lit, emit);
  }
}

function asString(lit: Literal, emit: Emit): string {
  if (lit.kind === 'boolean') emit('rule.type', `Expected text, found ${lit.raw}.`, lit.at);
  if (lit.kind === 'word' && featureSpec(lit.raw)) {
    const hint = `"${lit.raw}" is read as the text "${lit.raw}", not as the feature: values are compared with literals only.`;
    emit('rule.literal-is-feature', hint, lit.at, 'warning');
  }
  return lit.raw;
}
