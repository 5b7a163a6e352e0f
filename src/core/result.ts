/** Results: a value, or the diagnostics saying why there is none (STYLE.md point 7). */
import type { Diagnostic } from './diagnostic.ts';

export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export function ok<T>(value: T, diagnostics: readonly Diagnostic[] = []): Result<T> {
  return { ok: true, value, diagnostics };
}

export function fail<T = never>(...diagnostics: Diagnostic[]): Result<T> {
  return { ok: false, diagnostics };
}

/** The value of a result that the caller knows is valid (tests, fixtures); throws otherwise. */
export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  throw new Error(r.diagnostics.map((d) => d.message).join('; '));
}
