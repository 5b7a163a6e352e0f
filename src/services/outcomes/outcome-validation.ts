/** Turns the field problems of a request into one `validation_failed` error naming each field. */
import { AppError } from '../../core/app-error.ts';
import { diagnostic } from '../../core/diagnostic.ts';
import {
  seizureProblems,
  sha256Problem,
  textProblem,
  type FieldProblem,
} from '../../risk/outcomes/outcome-inputs.ts';
import type {
  CustodyInput,
  InspectionInput,
  ScanInput,
  SeizureRequest,
  WaiverInput,
} from './outcome-types.ts';

function check(what: string, problems: readonly FieldProblem[]): void {
  if (problems.length === 0) return;
  throw new AppError(
    'validation_failed',
    `${what}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
    {
      diagnostics: problems.map((p) =>
        diagnostic(`outcomes.${p.field.split('/')[0]!}`, p.message, { pointer: `/${p.field}` }),
      ),
    },
  );
}

export function checkScan(input: ScanInput): void {
  check('scan', [
    ...textProblem('scannerId', input.scannerId, 100),
    ...textProblem('imageRef', input.imageRef, 500),
    ...sha256Problem('imageSha256', input.imageSha256),
    ...(input.anomalyZones ?? []).flatMap((z, i) => textProblem(`anomalyZones/${i}`, z, 100)),
    ...(input.verdict === 'clear' && (input.anomalyZones?.length ?? 0) > 0
      ? [{ field: 'anomalyZones', message: 'a clear scan has no anomaly zones' }]
      : []),
  ]);
}

export function checkInspection(input: InspectionInput): void {
  check('inspection', [
    ...textProblem('team', input.team, 200),
    ...textProblem('findings', input.findings, 10_000),
  ]);
}

export function checkSeizure(input: SeizureRequest): void {
  check('seizure', seizureProblems(input));
}

export function checkCustody(input: CustodyInput, now: Date): void {
  const at = Date.parse(input.at);
  check('custody', [
    ...textProblem('holder', input.holder, 200),
    ...textProblem('location', input.location, 200),
    ...(Number.isNaN(at)
      ? [{ field: 'at', message: `"${input.at}" is not an ISO 8601 time` }]
      : []),
    ...(at > now.getTime() + 5 * 60_000
      ? [{ field: 'at', message: `${input.at} is in the future` }]
      : []),
    ...(input.note === undefined ? [] : textProblem('note', input.note, 2000)),
  ]);
}

export function checkWaiver(input: WaiverInput): void {
  check('waiver', textProblem('reason', input.reason, 2000));
}
