/**
 * Every diagnostic code the intake can put in an acknowledgement or on a quarantined record:
 * the identifier checks it runs, the EDIFACT, DCSA JSON and CSV readers, and its own checks. The
 * web app words each one in the reader's language from a template per code
 * (web/src/i18n/messages-diagnostics.*.ts); a test keeps this list equal to the codes the sources
 * emit, and the catalogues equal to this list.
 */
import { EDIFACT_DIAGNOSTIC_CODES } from '../../ingest/edifact/syntax/edifact-diagnostic-codes.ts';

/** Container, location, party, goods and vessel identifiers (src/core/identifiers). */
const IDENTIFIER_CODES = [
  'container-number.length',
  'container-number.owner-code',
  'container-number.category',
  'container-number.serial',
  'container-number.check-digit',
  'locode.format',
  'locode.unknown',
  'locode.reserved-digit',
  'country.format',
  'country.unknown',
  'eori.format',
  'eori.country',
  'eori.gb-format',
  'hs.format',
  'hs.unknown',
  'imo.format',
  'imo.check-digit',
  'scac.format',
  'mmsi.format',
] as const;

/** The upload as a whole and the filing rules (src/ingest, src/services/intake). */
const UPLOAD_CODES = [
  'intake.format-unknown',
  'intake.invalid-utf8',
  'intake.nul-character',
  'intake.all-or-nothing',
  'intake.original-repeated',
  'intake.replace-unknown-filing',
  'intake.cancel-unknown-filing',
  'intake.cancel-other-call',
  'intake.cancel-already-cancelled',
  'intake.cancel-whole-version',
  'intake.no-records',
  'intake.bill-repeated',
] as const;

/** The EDIFACT message mappers (src/ingest/edifact/messages). */
const EDIFACT_MESSAGE_CODES = [
  'edifact.message-type-unsupported',
  'edifact.directory-unsupported',
  'edifact.message-empty',
  'edifact.segment-unexpected',
  'edifact.number',
  'bgm.missing',
  'bgm.function-missing',
  'bgm.function-unsupported',
  'dtm.format-mismatch',
  'dtm.format-unsupported',
  'dtm.value',
  'cnt.equipment-count',
  'eqd.number-missing',
  'gid.packages-missing',
  'mea.unit-unsupported',
  'nad.role-unknown',
  'event.time-missing',
  'event.type-unknown',
  'cuscar.route-incomplete',
  'cuscar.bill-missing',
  'cuscar.equipment-undeclared',
  'baplie.equipment-missing',
  'coarri.document-code',
  'codeco.document-code',
  'coprar.document-code',
  'iftsta.status-unknown',
  'iftsta.vessel-unidentified',
  'iftsta.place-missing',
] as const;

/** DCSA Track & Trace JSON (src/ingest/dcsa). */
const DCSA_CODES = [
  'dcsa.json-syntax',
  'dcsa.not-an-event',
  'dcsa.no-events',
  'dcsa.event-rejected',
  'dcsa.duplicate-event-id',
  'dcsa.required',
  'dcsa.type',
  'dcsa.max-length',
  'dcsa.enum',
  'dcsa.date-time',
  'dcsa.uuid',
  'dcsa.equipment-reference-missing',
  'dcsa.event-not-mapped',
  'dcsa.mode-not-mapped',
  'dcsa.seal-source-not-mapped',
  'dcsa.actual-after-created',
  'dcsa.created-in-future',
  'dcsa.actual-in-future',
  'dcsa.event-retracted',
  'dcsa.shipment-event',
  'dcsa.location-mismatch',
] as const;

/** CSV manifests (src/ingest/csv). */
const CSV_CODES = [
  'csv.syntax',
  'csv.no-rows',
  'csv.unknown-column',
  'csv.duplicate-column',
  'csv.missing-column',
  'csv.required',
  'csv.number',
  'csv.enum',
  'csv.temperature',
  'csv.net-above-gross',
  'csv.conflicting-value',
  'csv.consignment-rejected',
  // The history columns of a CSV manifest imported as past cargo (csv-history-columns.ts).
  'history.missing-filed-at',
  'history.filed-at',
  'history.outcome',
] as const;

export const INTAKE_DIAGNOSTIC_CODES = [
  ...IDENTIFIER_CODES,
  ...UPLOAD_CODES,
  ...EDIFACT_DIAGNOSTIC_CODES,
  ...EDIFACT_MESSAGE_CODES,
  ...DCSA_CODES,
  ...CSV_CODES,
] as const;

export type IntakeDiagnosticCode = (typeof INTAKE_DIAGNOSTIC_CODES)[number];

export const isIntakeDiagnosticCode = (code: string): code is IntakeDiagnosticCode =>
  (INTAKE_DIAGNOSTIC_CODES as readonly string[]).includes(code);
