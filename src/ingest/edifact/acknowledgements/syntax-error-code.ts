/**
 * UN/EDIFACT service code list 0085 (syntax error, coded) for each diagnostic of the syntax
 * layer, as CONTRL reports them, and where in CONTRL each one belongs.
 */
import type { EdifactDiagnosticCode } from '../syntax/index.ts';

/** The 0085 codes used here, by name (ISO 9735-4 / UNSL 0085). */
export const SYNTAX_ERRORS = {
  syntaxVersionNotSupported: '2',
  invalidValue: '12',
  missing: '13',
  notSupportedInPosition: '15',
  unspecified: '18',
  invalidCharacters: '21',
  invalidServiceCharacters: '22',
  referencesDoNotMatch: '28',
  controlCountMismatch: '29',
  invalidOccurrenceOutside: '33',
  dataElementTooLong: '39',
} as const;

export function syntaxErrorCode(code: EdifactDiagnosticCode): string {
  switch (code) {
    case 'edifact.syntax.unknown-identifier':
      return SYNTAX_ERRORS.syntaxVersionNotSupported;
    case 'edifact.una.invalid':
    case 'edifact.segment.release-at-end':
      return SYNTAX_ERRORS.invalidServiceCharacters;
    case 'edifact.character.outside-repertoire':
    case 'edifact.character.invalid-encoding':
    case 'edifact.segment.line-break':
      return SYNTAX_ERRORS.invalidCharacters;
    case 'edifact.segment.unterminated':
    case 'edifact.unb.missing':
    case 'edifact.unz.missing':
    case 'edifact.une.missing':
    case 'edifact.unt.missing':
    case 'edifact.input.empty':
      return SYNTAX_ERRORS.missing;
    case 'edifact.segment.invalid-tag':
    case 'edifact.unb.invalid':
    case 'edifact.ung.invalid':
    case 'edifact.unh.invalid':
      return SYNTAX_ERRORS.invalidValue;
    case 'edifact.segment.too-long':
      return SYNTAX_ERRORS.dataElementTooLong;
    case 'edifact.segment.outside-message':
    case 'edifact.trailing-data':
      return SYNTAX_ERRORS.invalidOccurrenceOutside;
    case 'edifact.unz.reference-mismatch':
    case 'edifact.une.reference-mismatch':
    case 'edifact.unt.reference-mismatch':
      return SYNTAX_ERRORS.referencesDoNotMatch;
    case 'edifact.unz.count-mismatch':
    case 'edifact.une.count-mismatch':
    case 'edifact.unt.count-mismatch':
      return SYNTAX_ERRORS.controlCountMismatch;
    case 'edifact.diagnostics.truncated':
      return SYNTAX_ERRORS.unspecified;
  }
}

/** Codes about the group envelope, reported in UCF rather than UCI. */
export function isGroupLevel(code: EdifactDiagnosticCode): boolean {
  return (
    code === 'edifact.ung.invalid' ||
    code === 'edifact.une.missing' ||
    code.startsWith('edifact.une.')
  );
}

/** Codes about the message envelope (UNH/UNT), reported in UCM rather than UCS/UCD. */
export function isMessageEnvelopeLevel(code: EdifactDiagnosticCode): boolean {
  return code === 'edifact.unh.invalid' || code.startsWith('edifact.unt.');
}
