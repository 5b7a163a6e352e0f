/**
 * Parses an upload in whichever intake format it is: the declared content type when it names
 * one, otherwise detection from the first bytes (and the file name). An unknown format is a
 * diagnostic, not an exception.
 */
import type { FilingFormat } from '../../core/cargo/filing.ts';
import { diagnostic } from '../../core/diagnostic.ts';
import type { MapLookups } from '../../ingest/edifact/index.ts';
import { detectFormat } from '../../ingest/detect-format.ts';
import { nulCharacter } from '../../ingest/nul-character.ts';
import { utf8Text } from '../../ingest/utf8-text.ts';
import { parseEdifactSubmission } from './parse-edifact-submission.ts';
import { parseCsvSubmission, parseDcsaSubmission } from './parse-json-csv-submission.ts';
import type { ParsedSubmission } from './parsed-submission.ts';
import type { SenderPolicy } from './sender-policy.ts';

export interface ParseSubmissionInput {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly filename?: string;
  readonly source: string;
  /** Document number for formats without one (DCSA, CSV). */
  readonly documentNumber: string;
  readonly policy: SenderPolicy;
  readonly lookups?: MapLookups;
}

/** The format a content type names; undefined for text/plain, octet-stream and the like. */
export function formatOfContentType(contentType: string): FilingFormat | undefined {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'application/edifact' || type === 'application/edi-x12') return 'edifact';
  if (type === 'application/json' || type.endsWith('+json')) return 'dcsa-json';
  if (type === 'text/csv') return 'csv';
  return undefined;
}

export async function parseSubmission(input: ParseSubmissionInput): Promise<ParsedSubmission> {
  const format =
    formatOfContentType(input.contentType) ?? detectFormat(input.bytes, input.filename);
  const base = { source: input.source, documentNumber: input.documentNumber };
  // CSV and DCSA JSON are UTF-8: a byte that is not is refused at its place, never replaced.
  const utf8 =
    format === 'dcsa-json' || format === 'csv' ? utf8Text(input.bytes, input.source) : undefined;
  if (format && utf8?.ok === false) return { format, units: [], diagnostics: utf8.diagnostics };
  const decoded = utf8?.ok ? utf8.value : undefined;
  // A NUL anywhere refuses the upload before it is parsed (nothing of it could be stored).
  const nul =
    format && nulCharacter(input.bytes, input.source, format === 'dcsa-json' ? decoded : undefined);
  if (format && nul) return { format, units: [], diagnostics: [nul] };
  switch (format) {
    case 'edifact':
      return parseEdifactSubmission({
        bytes: input.bytes,
        source: input.source,
        policy: input.policy,
        ...(input.lookups ? { lookups: input.lookups } : {}),
      });
    case 'dcsa-json':
      return parseDcsaSubmission({ ...base, text: decoded! });
    case 'csv':
      return parseCsvSubmission({ ...base, text: decoded! });
    case undefined:
      return {
        format: undefined,
        units: [],
        diagnostics: [
          diagnostic(
            'intake.format-unknown',
            `The upload (${input.contentType}${input.filename ? `, ${input.filename}` : ''}) is not UN/EDIFACT, DCSA Track & Trace JSON or a CSV manifest.`,
            { source: input.source, offset: 0 },
            'error',
            {
              contentType: input.contentType,
              ...(input.filename ? { filename: input.filename } : {}),
            },
          ),
        ],
      };
  }
}
