/**
 * Verifies an audit export on its own, with nothing but the node's public key: parses the JSON
 * lines and runs the Merkle log verifier. An unreadable line fails verification too, so an
 * export cannot hide an entry by corrupting its line.
 */
import { verifyLog, type VerifyReport } from '../../audit/log-verifier.ts';
import type { Diagnostic } from '../../core/diagnostic.ts';
import { parseAuditExport } from './audit-export-format.ts';

export interface ExportVerification {
  readonly ok: boolean;
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
  const report = verifyLog(parsed, publicKey);
  return {
    ok: report.ok && parsed.diagnostics.length === 0,
    report,
    diagnostics: parsed.diagnostics,
  };
}
