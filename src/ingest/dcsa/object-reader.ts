/**
 * Reads fields of one JSON object and records what is wrong with them as diagnostics that carry
 * the field's JSON pointer. Mappers ask for typed values and never see malformed input.
 */
import {
  diagnostic,
  type Diagnostic,
  type DiagnosticParams,
  type Severity,
} from '../../core/diagnostic.ts';
import type { Result } from '../../core/result.ts';
import { childPointer } from '../json-pointer.ts';
import { isRfc3339DateTime } from './rfc3339.ts';

export interface ReadSink {
  readonly source?: string;
  readonly diagnostics: Diagnostic[];
}

interface StringRule {
  readonly required?: boolean;
  readonly maxLength?: number;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class ObjectReader {
  /** The pointer, or how to build it from the parent's: only needed when something is reported. */
  readonly #at:
    string | { readonly parent: ObjectReader; readonly tokens: readonly (string | number)[] };

  constructor(
    readonly obj: Readonly<Record<string, unknown>>,
    at: string | { readonly parent: ObjectReader; readonly tokens: readonly (string | number)[] },
    readonly sink: ReadSink,
  ) {
    this.#at = at;
  }

  get pointer(): string {
    const at = this.#at;
    return typeof at === 'string' ? at : childPointer(at.parent.pointer, ...at.tokens);
  }

  pointerOf(key: string): string {
    return childPointer(this.pointer, key);
  }

  report(
    code: string,
    message: string,
    key?: string,
    severity: Severity = 'error',
    params?: DiagnosticParams,
  ): void {
    const pointer = key === undefined ? this.pointer : this.pointerOf(key);
    const at = this.sink.source === undefined ? { pointer } : { source: this.sink.source, pointer };
    this.sink.diagnostics.push(
      diagnostic(code, message, key ? { ...at, field: key } : at, severity, params),
    );
  }

  /** Whether anything reported so far for this event is an error. */
  hasErrors(): boolean {
    return this.sink.diagnostics.some((d) => d.severity === 'error');
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined && this.obj[key] !== null;
  }

  missing(key: string): undefined {
    this.report('dcsa.required', `Required field "${key}" is missing.`, key, 'error', {
      field: key,
    });
    return undefined;
  }

  string(key: string, rule: StringRule = {}): string | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return rule.required ? this.missing(key) : undefined;
    if (typeof v !== 'string') {
      this.wrongType(key, 'string', v);
      return undefined;
    }
    if (rule.maxLength !== undefined && v.length > rule.maxLength) {
      this.report(
        'dcsa.max-length',
        `"${key}" has ${v.length} characters, at most ${rule.maxLength} allowed.`,
        key,
        'error',
        { field: key, length: v.length, max: rule.maxLength },
      );
      return undefined;
    }
    return v;
  }

  number(key: string): number | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.wrongType(key, 'number', v);
    return undefined;
  }

  boolean(key: string): boolean | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null || typeof v === 'boolean') return v ?? undefined;
    this.wrongType(key, 'boolean', v);
    return undefined;
  }

  /** A code from a closed list. */
  code(key: string, allowed: readonly string[], required = false): string | undefined {
    const v = this.string(key, { required });
    if (v === undefined || allowed.includes(v)) return v;
    this.report(
      'dcsa.enum',
      `"${key}" is "${v}", expected one of ${allowed.join(', ')}.`,
      key,
      'error',
      { field: key, value: v, allowed: allowed.join(', ') },
    );
    return undefined;
  }

  /** An RFC 3339 date-time with an offset ("2021-01-09T14:12:56+01:00"), returned as given. */
  dateTime(key: string, required = false): string | undefined {
    const v = this.string(key, { required });
    if (v === undefined || isRfc3339DateTime(v)) return v;
    this.report(
      'dcsa.date-time',
      `"${key}" is "${v}", not a date-time with offset (e.g. 2021-01-09T14:12:56+01:00).`,
      key,
      'error',
      { field: key, value: v },
    );
    return undefined;
  }

  object(key: string, required = false): ObjectReader | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return required ? this.missing(key) : undefined;
    if (isRecord(v)) return new ObjectReader(v, { parent: this, tokens: [key] }, this.sink);
    this.wrongType(key, 'object', v);
    return undefined;
  }

  /** The object elements of an array field; other elements are reported. */
  objects(key: string): ObjectReader[] {
    const v = this.obj[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.wrongType(key, 'array', v);
      return [];
    }
    const out: ObjectReader[] = [];
    v.forEach((item: unknown, i) => {
      const at = { parent: this, tokens: [key, i] };
      if (isRecord(item)) out.push(new ObjectReader(item, at, this.sink));
      else
        new ObjectReader({}, at, this.sink).report(
          'dcsa.type',
          `Element ${i} of "${key}" must be an object, found ${typeName(item)}.`,
          undefined,
          'error',
          { variant: 'element', field: key, index: i, found: shownJson(item) },
        );
    });
    return out;
  }

  /** Parses a field with a core identifier parser, re-pointing its diagnostics at the field. */
  identifier<T>(key: string, parse: (raw: string) => Result<T>, required = false): T | undefined {
    const raw = this.string(key, { required });
    if (raw === undefined) return undefined;
    const r = parse(raw);
    for (const d of r.diagnostics) this.report(d.code, d.message, key, d.severity, d.params);
    return r.ok ? r.value : undefined;
  }

  private wrongType(key: string, expected: JsonType, v: unknown): void {
    this.report(
      'dcsa.type',
      `Field "${key}" must be ${TYPE_WORDS[expected]}, found ${typeName(v)}.`,
      key,
      'error',
      { variant: expected, field: key, found: shownJson(v) },
    );
  }
}

type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array';
const TYPE_WORDS: Readonly<Record<JsonType, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

/** A JSON value as a reader can recognise it in any language: scalars as written, else […] or {…}. */
export function shownJson(v: unknown): string {
  if (Array.isArray(v)) return '[…]';
  if (typeof v === 'object' && v !== null) return '{…}';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}
