/**
 * APERAK, the application error and acknowledgement message (UN/EDIFACT D.95B layout): one
 * APERAK per subject message, naming it in RFF+ACW and carrying an ERC + FTX pair per
 * diagnostic (from the reader or from the message mappers), so the sender can fix and resend.
 */
import { formatPosition, type Diagnostic } from '../../../core/diagnostic.ts';
import {
  EDIFACT_DIAGNOSTIC_CODES,
  toRepertoire,
  writeInterchange,
  type EdifactDiagnosticCode,
  type InterchangeEnvelope,
  type OutboundMessage,
} from '../syntax/index.ts';
import { SYNTAX_ERRORS, syntaxErrorCode } from './syntax-error-code.ts';

/** BGM 1225 message function: 27 not accepted, 29 accepted without amendment. */
export const APERAK_FUNCTIONS = { notAccepted: '27', accepted: '29' } as const;

type Body = OutboundMessage['body'][number];

export interface AperakSubject {
  /** UNH 0062 of the message being answered. */
  readonly reference: string;
  readonly type: string;
  readonly interchangeRef?: string;
}

export interface AperakOptions {
  /** Document number for BGM 1004 (default: the subject's message reference). */
  readonly documentNumber?: string;
  /** BGM 1001 document name code, when agreed with the partner (left empty otherwise). */
  readonly documentCode?: string;
  /** ISO date-time written in DTM+137 (digits used as they stand). */
  readonly issuedAt: string;
  /** ERC 9321 for a diagnostic; default: the 0085 code for syntax diagnostics, 13 (missing) or 12 (invalid value) otherwise. */
  readonly errorCodeOf?: (d: Diagnostic) => string;
  /** Report warnings too (default true); errors always. */
  readonly includeWarnings?: boolean;
  /** Repertoire the texts must fit (default UNOC). */
  readonly syntax?: 'UNOA' | 'UNOB' | 'UNOC' | 'UNOY';
}

/** FTX C108 holds at most five 4440 texts of 70 characters. */
const TEXT_WIDTH = 70;
const TEXT_PARTS = 5;

export function aperakMessage(
  reference: string,
  subject: AperakSubject,
  diagnostics: readonly Diagnostic[],
  options: AperakOptions,
): OutboundMessage {
  const reported = diagnostics.filter(
    (d) => concerns(d, subject) && (d.severity === 'error' || options.includeWarnings !== false),
  );
  const rejected = reported.some((d) => d.severity === 'error');
  const body: Body[] = [
    {
      tag: 'BGM',
      elements: [
        [options.documentCode ?? ''],
        [options.documentNumber ?? subject.reference],
        [rejected ? APERAK_FUNCTIONS.notAccepted : APERAK_FUNCTIONS.accepted],
      ],
    },
    { tag: 'DTM', elements: [['137', dateTime(options.issuedAt), '203']] },
    { tag: 'RFF', elements: [['ACW', subject.reference]] },
  ];
  for (const d of reported) body.push(...errorGroup(d, options));
  return { type: 'APERAK', version: 'D', release: '95B', agency: 'UN', reference, body };
}

/** One interchange with an APERAK for each subject message, references numbered from 1. */
export function writeAperak(
  envelope: InterchangeEnvelope,
  subjects: readonly AperakSubject[],
  diagnostics: readonly Diagnostic[],
  options: AperakOptions,
): string {
  const opts = { ...options, syntax: options.syntax ?? envelope.syntax ?? 'UNOC' };
  return writeInterchange(
    envelope,
    subjects.map((s, i) => aperakMessage(String(i + 1), s, diagnostics, opts)),
  );
}

function errorGroup(d: Diagnostic, options: AperakOptions): Body[] {
  const code = (options.errorCodeOf ?? defaultErrorCode)(d);
  const where = formatPosition(d.at);
  const text = toRepertoire(
    `${d.code}: ${d.message}${where ? ` [${where}]` : ''}`,
    options.syntax ?? 'UNOC',
  );
  return [
    { tag: 'ERC', elements: [[code]] },
    { tag: 'FTX', elements: [['AAO'], [], [], chunk(text)] },
  ];
}

function concerns(d: Diagnostic, subject: AperakSubject): boolean {
  if (d.at?.message !== undefined && d.at.message !== subject.reference) return false;
  if (d.at?.interchange !== undefined && subject.interchangeRef !== undefined)
    return d.at.interchange === subject.interchangeRef;
  return d.at?.message === subject.reference;
}

function defaultErrorCode(d: Diagnostic): string {
  if ((EDIFACT_DIAGNOSTIC_CODES as readonly string[]).includes(d.code))
    return syntaxErrorCode(d.code as EdifactDiagnosticCode);
  return /missing|required|absent/.test(d.code)
    ? SYNTAX_ERRORS.missing
    : SYNTAX_ERRORS.invalidValue;
}

function chunk(text: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length && parts.length < TEXT_PARTS; i += TEXT_WIDTH)
    parts.push(text.slice(i, i + TEXT_WIDTH));
  const full = TEXT_WIDTH * TEXT_PARTS;
  if (text.length > full) parts[TEXT_PARTS - 1] = `${text.slice(full - TEXT_WIDTH, full - 3)}...`;
  return parts.length > 0 ? parts : [''];
}

/** DTM format 203: CCYYMMDDHHMM. */
function dateTime(iso: string): string {
  return iso
    .replace(/[^0-9]/g, '')
    .slice(0, 12)
    .padEnd(12, '0');
}
