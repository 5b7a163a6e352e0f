/**
 * The audit export: JSON lines. A header line (format, log id, key id, public key — for
 * information only: a verifier uses the key it was given, never this one), then one `{"entry":…}`
 * line per event in log order, then one `{"treeHead":…}` line per signed tree head. The format
 * names the leaf encoding (`src/audit/audit-entry.ts`): `v2` is written; `v1`, whose leaves hash
 * the entry with its `seq`, is still read.
 */
import type { AuditEntry, LeafEncoding } from '../../audit/audit-entry.ts';
import type { LogExport } from '../../audit/log-verifier.ts';
import type { SignedTreeHead } from '../../audit/tree-head.ts';
import { diagnostic, type Diagnostic } from '../../core/diagnostic.ts';

export const EXPORT_FORMATS = ['portcullis-audit-export/v1', 'portcullis-audit-export/v2'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The format written from now on. */
export const EXPORT_FORMAT: ExportFormat = 'portcullis-audit-export/v2';
const FORMAT_PREFIX = 'portcullis-audit-export/';

export function leafEncodingOf(format: ExportFormat): LeafEncoding {
  switch (format) {
    case 'portcullis-audit-export/v1':
      return 'v1';
    case 'portcullis-audit-export/v2':
      return 'v2';
  }
}

export interface ExportHeader {
  readonly format: ExportFormat;
  readonly logId: string;
  readonly keyId: string;
  readonly publicKey: string;
  readonly exportedAt: string;
}

export const headerLine = (h: ExportHeader) => JSON.stringify(h);
export const entryLine = (entry: AuditEntry) => JSON.stringify({ entry });
export const treeHeadLine = (treeHead: SignedTreeHead) => JSON.stringify({ treeHead });

export interface ParsedExport extends LogExport {
  readonly header?: ExportHeader;
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads an export; lines it cannot read are reported (and make verification fail). */
export function parseAuditExport(text: string, source = 'export'): ParsedExport {
  const entries: AuditEntry[] = [];
  const treeHeads: SignedTreeHead[] = [];
  const diagnostics: Diagnostic[] = [];
  let header: ExportHeader | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const at = { source, line: i + 1 };
    const value = parseLine(line);
    if (isRecord(value) && isRecord(value['entry']))
      entries.push(value['entry'] as unknown as AuditEntry);
    else if (isRecord(value) && isRecord(value['treeHead']))
      treeHeads.push(value['treeHead'] as unknown as SignedTreeHead);
    else if (isRecord(value) && typeof value['format'] === 'string' && header === undefined) {
      if (isFormat(value['format'])) header = value as unknown as ExportHeader;
      else diagnostics.push(unknownFormat(value['format'], at));
    } else
      diagnostics.push(
        diagnostic('audit-export.line', `Line ${i + 1} is not an audit export line.`, at),
      );
  });
  return { entries, treeHeads, diagnostics, ...(header ? { header } : {}) };
}

function isFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

function unknownFormat(format: string, at: { source: string; line: number }): Diagnostic {
  const known = EXPORT_FORMATS.map((f) => f.slice(FORMAT_PREFIX.length)).join(', ');
  const what = format.startsWith(FORMAT_PREFIX)
    ? `Format "${format}" is not one this verifier reads (${FORMAT_PREFIX}${known}).`
    : `"${format}" is not an audit export format.`;
  return diagnostic('audit-export.format', what, at);
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
