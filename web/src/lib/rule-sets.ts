/**
 * What the Rules page does outside its components: read a pasted or picked rule set document
 * (JSON) with the place of a syntax error, take the server's diagnostics out of a refusal, say
 * where each points, and read the rules of a stored version for display.
 */
import type { Language } from '../../../src/core/language.ts';
import { ApiError } from '../api/client.ts';

/** One rule as the page shows it; every field may be missing from a stored document. */
export interface RuleView {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly status: string;
  readonly weight: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly condition: string;
  readonly reason: string;
  readonly source: string;
}

/** A diagnostic as the API gives it (src/core/diagnostic.ts). */
export interface RuleDiagnostic {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly at?: {
    readonly pointer?: string;
    readonly line?: number;
    readonly column?: number;
    readonly field?: string;
  };
}

export type ParsedDocument =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly message: string;
      readonly line?: number;
      readonly column?: number;
    };

/** Line and column (1-based) of a character offset in the text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The text as JSON, or the parser's complaint with its line and column when the engine names a position. */
export function parseDocument(text: string): ParsedDocument {
  if (text.trim() === '') return { ok: false, message: 'the document is empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    return at ? { ok: false, message, ...lineColumn(text, Number(at[1])) } : { ok: false, message };
  }
}

const isDiagnostic = (d: unknown): d is RuleDiagnostic =>
  typeof d === 'object' &&
  d !== null &&
  typeof (d as RuleDiagnostic).message === 'string' &&
  typeof (d as RuleDiagnostic).code === 'string';

/** The diagnostics a refusal carries (`details.diagnostics`), or none. */
export function diagnosticsOf(error: unknown): readonly RuleDiagnostic[] {
  if (!(error instanceof ApiError)) return [];
  const list = error.details?.['diagnostics'];
  return Array.isArray(list) ? list.filter(isDiagnostic) : [];
}

/** Where a diagnostic points: its JSON pointer, then line and column inside the condition. */
export function placeOf(d: RuleDiagnostic): string {
  const parts: string[] = [];
  if (d.at?.pointer !== undefined) parts.push(d.at.pointer === '' ? '/' : d.at.pointer);
  // The field is the pointer's last step; it names the place only when there is no pointer.
  else if (d.at?.field !== undefined) parts.push(d.at.field);
  if (d.at?.line !== undefined)
    parts.push(d.at.column === undefined ? `${d.at.line}` : `${d.at.line}:${d.at.column}`);
  return parts.join(' ');
}

const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';

/**
 * The rules of a rule set document, in its order; a document without rules gives none. A rule's
 * reason is in `language` when the rule carries it (`reasonTranslations`), in English otherwise.
 */
export function rulesOf(document: unknown, language: Language = 'en'): readonly RuleView[] {
  const rules = (document as { rules?: unknown } | undefined)?.rules;
  if (!Array.isArray(rules)) return [];
  return rules.map((r: unknown) => {
    const o = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
    return {
      id: text(o['id']),
      version: text(o['version']),
      title: text(o['title']),
      status: text(o['status']),
      weight: text(o['weight']),
      validFrom: text(o['validFrom']),
      validTo: text(o['validTo']),
      condition: text(o['condition']),
      reason: text(translationOf(o['reasonTranslations'], language)) || text(o['reason']),
      source: text(o['source']),
    };
  });
}

const translationOf = (translations: unknown, language: Language): unknown =>
  typeof translations === 'object' && translations !== null
    ? (translations as Record<string, unknown>)[language]
    : undefined;

/** A share in [0, 1] as a percentage with one decimal, or a dash when the API gives none. */
export const percent = (v: number | undefined): string =>
  v === undefined || !Number.isFinite(v) ? '–' : `${(v * 100).toFixed(1)}%`;
