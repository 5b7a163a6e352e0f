/**
 * Diagnostics: what is wrong with an input, and exactly where. Parsers and validators return
 * them as values (STYLE.md point 7); exceptions are for bugs.
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Where in the input a diagnostic points. Every field is optional; fill what the format has. */
export interface Position {
  /** Source name, e.g. a file name or an upload id. */
  readonly source?: string;
  /** 1-based line and column in a text input. */
  readonly line?: number;
  readonly column?: number;
  /** 0-based byte offset. */
  readonly offset?: number;
  /** EDIFACT: interchange control reference, message number, 1-based segment number within the
   *  message, segment tag, 1-based element and component positions. */
  readonly interchange?: string;
  readonly message?: string;
  readonly segment?: number;
  readonly tag?: string;
  readonly element?: number;
  readonly component?: number;
  /** JSON input: RFC 6901 pointer. */
  readonly pointer?: string;
  /** CSV input: 1-based record (row) number and column name. */
  readonly record?: number;
  /** Name of the field being validated (e.g. "containerNumber"). */
  readonly field?: string;
}

/**
 * The values a diagnostic's message names (the offending value, what was expected, counts), by
 * name, so that a reader's language can word the message again from a template per code. A code
 * worded in more than one way names its wording in `variant`.
 */
export type DiagnosticParams = Readonly<Record<string, string | number>>;

export interface Diagnostic {
  /** Stable machine code, kebab-case, e.g. "container-number.check-digit". */
  readonly code: string;
  readonly severity: Severity;
  /** One sentence a person can act on, naming the offending value (English, as sent to senders). */
  readonly message: string;
  readonly at?: Position;
  readonly params?: DiagnosticParams;
}

export function diagnostic(
  code: string,
  message: string,
  at?: Position,
  severity: Severity = 'error',
  params?: DiagnosticParams,
): Diagnostic {
  if (params === undefined)
    return at === undefined ? { code, severity, message } : { code, severity, message, at };
  return at === undefined
    ? { code, severity, message, params }
    : { code, severity, message, at, params };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Prefix a diagnostic's position with more context (e.g. the field or source). */
export function withPosition(d: Diagnostic, at: Position): Diagnostic {
  return { ...d, at: { ...at, ...d.at } };
}

/** "segment 12 (EQD), element 2" style rendering for messages and CLIs. */
export function formatPosition(at: Position | undefined): string {
  if (!at) return '';
  const parts: string[] = [];
  if (at.source) parts.push(at.source);
  if (at.interchange) parts.push(`interchange ${at.interchange}`);
  if (at.message) parts.push(`message ${at.message}`);
  if (at.segment !== undefined) parts.push(`segment ${at.segment}${at.tag ? ` (${at.tag})` : ''}`);
  else if (at.tag) parts.push(`segment ${at.tag}`);
  if (at.element !== undefined) parts.push(`element ${at.element}`);
  if (at.component !== undefined) parts.push(`component ${at.component}`);
  if (at.record !== undefined) parts.push(`record ${at.record}`);
  if (at.line !== undefined)
    parts.push(`line ${at.line}${at.column !== undefined ? `:${at.column}` : ''}`);
  if (at.pointer !== undefined) parts.push(`at ${at.pointer || '/'}`);
  if (at.field) parts.push(`field ${at.field}`);
  return parts.join(', ');
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = formatPosition(d.at);
  return `${d.severity} ${d.code}: ${d.message}${where ? ` [${where}]` : ''}`;
}
