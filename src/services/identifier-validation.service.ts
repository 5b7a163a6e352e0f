/**
 * Identifier validation for people and scripts (`portcullis validate`, the API): the core parse
 * functions joined to the bundled reference data. Needs no database and no access check: it reveals
 * nothing but public reference data.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { IDENTIFIER_KINDS, validateIdentifier as validateWithReference, type IdentifierKind } from '../reference/index.ts';

export { IDENTIFIER_KINDS, type IdentifierKind };

export interface IdentifierValidation {
  readonly kind: IdentifierKind;
  readonly input: string;
  readonly valid: boolean;
  /** The normalised identifier, when valid. */
  readonly value?: string;
  /** Facts learned on the way, e.g. the flag an MMSI's MID gives. */
  readonly notes: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

export function validateIdentifier(kind: IdentifierKind, input: string): IdentifierValidation {
  const result = validateWithReference(kind, input);
  const notes = result.diagnostics.filter((d) => d.severity === 'info').map((d) => d.message);
  const diagnostics = result.diagnostics.filter((d) => d.severity !== 'info');
  return result.ok
    ? { kind, input, valid: true, value: result.value, notes, diagnostics }
    : { kind, input, valid: false, notes, diagnostics };
}
