/** Adds an `info` diagnostic that says what a valid identifier is (for people reading the output). */
import { diagnostic } from '../core/diagnostic.ts';
import { ok, type Result } from '../core/result.ts';

export function described<T>(r: Result<T>, describe: (v: T) => string, code: string): Result<T> {
  if (!r.ok) return r;
  return ok(r.value, [...r.diagnostics, diagnostic(code, describe(r.value), undefined, 'info')]);
}
