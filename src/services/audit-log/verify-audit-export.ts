/**
 * Verifies an audit export on its own, with nothing but the node's public key: parses the JSON
 * lines and runs the Merkle log verifier with the leaf encoding its format names. An unreadable
 * line fails verification too, so an export cannot hide an entry by corrupting its line.
 *
 * Exports written between the change of the leaf encoding and the `v2` format name say `v1` but
 * hash leaves the `v2` way. A `v1` export whose heads do not verify the `v1` way is therefore
 * verified the `v2` way as well, and passes only if every head verifies under that one encoding;
 * `leafEncoding` tells which did. Tampering fails under both, so this admits nothing more.
 */
import type { LeafEncoding } from '../../audit/audit-entry.ts';
import { verifyLog, type VerifyReport } from '../../audit/log-verifier.ts';
import type { Diagnostic } from '../../core/diagnostic.ts';
import { leafEncodingOf, parseAuditExport } from './audit-export-format.ts';

export interface ExportVerification {
  readonly ok: boolean;
  /** The export's format, or undefined when it has no header line. */
  readonly format?: string;
  /** The leaf encoding the report was made with. */
  readonly leafEncoding: LeafEncoding;
  readonly report: VerifyReport;
  /** Lines that could not be read. */
  readonly diagnostics: readonly Diagnostic[];
}

export function verifyAuditExport(
  text: string,
  publicKey: Uint8Array,
  source?: string,
): ExportVerification {
  const parsed = parseAuditExport(text, source);
  const declared = parsed.header ? leafEncodingOf(parsed.header.format) : 'v2';
  let leafEncoding: LeafEncoding = declared;
  let report = verifyLog(parsed, publicKey, declared);
  if (!report.ok && declared === 'v1') {
    const asV2 = verifyLog(parsed, publicKey, 'v2');
    if (asV2.ok) [report, leafEncoding] = [asV2, 'v2'];
  }
  return {
    ok: report.ok && parsed.diagnostics.length === 0,
    ...(parsed.header ? { format: parsed.header.format } : {}),
    leafEncoding,
    report,
    diagnostics: parsed.diagnostics,
  };
}
