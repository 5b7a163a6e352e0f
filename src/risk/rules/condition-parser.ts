/**
 * Parser of rule conditions, e.g.
 *   originCountry in [EC, CO, PE] and via any [PAPTY, PAMIT] and coverLoad = bananas
 *   route "EC* > * > BEANR" and not exists shipperAgeDays
 * It returns the syntax tree, or a diagnostic with the line and column of the first error.
 */
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';
import { fail, ok, type Result } from '../../core/result.ts';
import {
  COMPARISON_OPS,
  SET_QUANTIFIERS,
  type ComparisonOp,
  type Literal,
  type ParsedCondition,
  type SetQuantifier,
  type TextOp,
} from './condition.ts';
import { tokenize, type Token } from './condition-lexer.ts';

/** Keywords that cannot name a feature. */
export const KEYWORDS = [
  'and',
  'or',
  'not',
  'in',
  'between',
  'contains',
  'like',
  'matches',
  'exists',
  'all',
  'any',
  'none',
  'has',
  'via',
  'route',
  'true',
  'false',
] as const;
const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);

/** The feature `via` and `route` stand for. */
export const VIA_FEATURE = 'transshipmentPorts';
export const ROUTE_FEATURE = 'routePattern';

/** Unwinds the recursive descent to parseCondition, which returns its diagnostic as a value. */
class ParseAbort extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(): Token {
    return this.tokens[this.i]!;
  }
  next(): Token {
    const t = this.tokens[this.i]!;
    if (t.kind !== 'end') this.i++;
    return t;
  }
  isWord(word: string, ahead = 0): boolean {
    const t = this.tokens[this.i + ahead];
    return t !== undefined && t.kind === 'word' && t.text.toLowerCase() === word;
  }
  isPunct(p: string): boolean {
    const t = this.peek();
    return t.kind === 'punct' && t.text === p;
  }
  fail(message: string, t: Token = this.peek()): never {
    const found = t.kind === 'end' ? 'end of condition' : `"${t.text}"`;
    throw new ParseAbort(
      diagnostic('rule.syntax', `${message}, found ${found}.`, {
        line: t.at.line,
        column: t.at.column,
        offset: t.at.offset,
      }),
    );
  }
  expectPunct(p: string): void {
    if (!this.isPunct(p)) this.fail(`Expected "${p}"`);
    this.next();
  }
  expectWord(word: string): void {
    if (!this.isWord(word)) this.fail(`Expected "${word}"`);
    this.next();
  }

  or(): ParsedCondition {
    const at = this.peek().at;
    const items = [this.and()];
    while (this.isWord('or')) {
      this.next();
      items.push(this.and());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items, at };
  }
  and(): ParsedCondition {
    const at = this.peek().at;
    const items = [this.unary()];
    while (this.isWord('and')) {
      this.next();
      items.push(this.unary());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items, at };
  }
  unary(): ParsedCondition {
    const at = this.peek().at;
    if (this.isWord('not')) {
      this.next();
      return { kind: 'not', item: this.unary(), at };
    }
    return this.primary();
  }
  primary(): ParsedCondition {
    const t = this.peek();
    if (this.isPunct('(')) {
      this.next();
      const inner = this.or();
      this.expectPunct(')');
      return inner;
    }
    if ((this.isWord('all') || this.isWord('any')) && this.tokens[this.i + 1]?.text === '(') {
      return this.group();
    }
    if (this.isWord('exists')) {
      this.next();
      return { kind: 'exists', feature: this.featureName(), at: t.at };
    }
    if (this.isWord('via')) {
      this.next();
      return {
        kind: 'has',
        feature: VIA_FEATURE,
        quantifier: this.quantifier(),
        values: this.set(),
        at: t.at,
      };
    }
    if (this.isWord('route') && this.tokens[this.i + 1]?.kind === 'string') {
      this.next();
      return { kind: 'route', feature: ROUTE_FEATURE, pattern: this.literal(), at: t.at };
    }
    return this.predicate(this.featureName(), t);
  }
  group(): ParsedCondition {
    const t = this.next();
    this.expectPunct('(');
    const items = [this.or()];
    while (this.isPunct(',')) {
      this.next();
      items.push(this.or());
    }
    this.expectPunct(')');
    return { kind: t.text.toLowerCase() === 'all' ? 'and' : 'or', items, at: t.at };
  }
  featureName(): string {
    const t = this.peek();
    if (t.kind !== 'word' || KEYWORD_SET.has(t.text.toLowerCase()) || /^\d/.test(t.text)) {
      this.fail('Expected a feature name');
    }
    return this.next().text;
  }
  predicate(feature: string, start: Token): ParsedCondition {
    const at = start.at;
    const t = this.peek();
    if (t.kind === 'op') {
      this.next();
      const op = (t.text === '==' ? '=' : t.text) as ComparisonOp;
      if (!COMPARISON_OPS.includes(op)) this.fail('Expected a comparison operator', t);
      return { kind: 'compare', feature, op, value: this.literal(), at };
    }
    if (this.isWord('in') || (this.isWord('not') && this.isWord('in', 1))) {
      const negated = this.isWord('not');
      if (negated) this.next();
      this.next();
      return { kind: 'in', feature, negated, values: this.set(), at };
    }
    if (this.isWord('between')) {
      this.next();
      const low = this.literal();
      this.expectWord('and');
      return { kind: 'between', feature, low, high: this.literal(), at };
    }
    for (const op of ['contains', 'like', 'matches'] as const satisfies readonly TextOp[]) {
      if (this.isWord(op)) {
        this.next();
        return { kind: 'text', feature, op, pattern: this.literal(), at };
      }
    }
    if (this.isWord('has')) {
      this.next();
      return { kind: 'has', feature, quantifier: this.quantifier(), values: this.set(), at };
    }
    return { kind: 'truthy', feature, at };
  }
  quantifier(): SetQuantifier {
    const t = this.peek();
    const q = SET_QUANTIFIERS.find((s) => this.isWord(s));
    if (q === undefined) this.fail('Expected "any", "all" or "none"', t);
    this.next();
    return q;
  }
  set(): Literal[] {
    this.expectPunct('[');
    const values: Literal[] = [];
    if (!this.isPunct(']')) {
      values.push(this.literal());
      while (this.isPunct(',')) {
        this.next();
        values.push(this.literal());
      }
    }
    this.expectPunct(']');
    return values;
  }
  literal(): Literal {
    const t = this.peek();
    switch (t.kind) {
      case 'number':
        this.next();
        return { kind: 'number', value: Number(t.text), raw: t.text, at: t.at };
      case 'string':
        this.next();
        return { kind: 'string', value: t.value, raw: t.value, at: t.at };
      case 'word':
        if (this.isWord('true') || this.isWord('false')) {
          this.next();
          return { kind: 'boolean', value: t.text.toLowerCase() === 'true', raw: t.text, at: t.at };
        }
        if (KEYWORD_SET.has(t.text.toLowerCase())) this.fail('Expected a value');
        this.next();
        return { kind: 'word', value: t.text, raw: t.text, at: t.at };
      case 'op':
      case 'punct':
      case 'end':
        return this.fail('Expected a value');
    }
  }
}

export function parseCondition(text: string): Result<ParsedCondition> {
  const lexed = tokenize(text);
  if (lexed.diagnostics.length > 0) return fail(...lexed.diagnostics);
  const parser = new Parser(lexed.tokens);
  try {
    const tree = parser.or();
    if (parser.peek().kind !== 'end')
      parser.fail('Expected "and", "or" or the end of the condition');
    return ok(tree);
  } catch (e) {
    if (e instanceof ParseAbort) return fail(e.diagnostic);
    throw e;
  }
}
