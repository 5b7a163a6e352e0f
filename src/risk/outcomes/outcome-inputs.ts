/**
 * Checks of what officers record (scan, inspection, seizure, custody, waiver): every problem is
 * named with its field, so a form can show them all at once. Pure; the service turns a non-empty
 * list into one `validation_failed` error.
 */
import {
  CONCEALMENT_CODES,
  isConcealmentCode,
  isSubstance,
  SUBSTANCES,
} from './concealment-codes.ts';

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export interface EvidenceInput {
  readonly sha256: string;
  readonly description: string;
}

export interface SeizureInput {
  readonly substance: string;
  readonly grossKg: number;
  readonly netKg: number;
  readonly packages: number;
  readonly concealment: string;
  readonly location: string;
  readonly evidence: readonly EvidenceInput[];
}

const SHA256 = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

export function textProblem(field: string, value: string, max = 2000): FieldProblem[] {
  if (value.trim() === '') return [{ field, message: `${field} is empty` }];
  if (value.length > max) return [{ field, message: `${field} is longer than ${max} characters` }];
  return [];
}

export function sha256Problem(field: string, value: string): FieldProblem[] {
  return isSha256(value)
    ? []
    : [
        {
          field,
          message: `${field} must be a SHA-256 in 64 lower-case hex digits, got "${value.slice(0, 80)}"`,
        },
      ];
}

export function seizureProblems(s: SeizureInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!isSubstance(s.substance))
    out.push({
      field: 'substance',
      message: `unknown substance "${s.substance}"; one of ${SUBSTANCES.join(', ')}`,
    });
  if (!isConcealmentCode(s.concealment))
    out.push({
      field: 'concealment',
      message: `unknown concealment code "${s.concealment}"; one of ${CONCEALMENT_CODES.join(', ')}`,
    });
  if (!(s.grossKg > 0)) out.push({ field: 'grossKg', message: 'grossKg must be above 0' });
  if (!(s.netKg > 0)) out.push({ field: 'netKg', message: 'netKg must be above 0' });
  if (s.netKg > s.grossKg)
    out.push({ field: 'netKg', message: `netKg ${s.netKg} exceeds grossKg ${s.grossKg}` });
  if (!Number.isInteger(s.packages) || s.packages < 1)
    out.push({ field: 'packages', message: 'packages must be a whole number of at least 1' });
  out.push(...textProblem('location', s.location, 200));
  s.evidence.forEach((e, i) => {
    out.push(...sha256Problem(`evidence/${i}/sha256`, e.sha256));
    out.push(...textProblem(`evidence/${i}/description`, e.description, 500));
  });
  return out;
}
