/**
 * BGM document codes of the event messages (CODECO, COARRI, COPRAR): which event type a code
 * names, and the diagnostic on BGM element 1 when a message carries a code the mapper does not know.
 */
import type { DiagnosticParams, Severity } from '../../../../core/diagnostic.ts';
import type { MessageBody } from './message-body.ts';
import { diagnosticIn, type MessageContext } from './message-context.ts';

/** The event type whose document code is `code`, from a table of event type → code. */
export function eventTypeOfCode<T extends string>(
  codes: Readonly<Record<T, string>>,
  code: string | undefined,
): T | undefined {
  return (Object.keys(codes) as T[]).find((type) => codes[type] === code);
}

/** Adds a diagnostic at BGM element 1 when the document code was not recognised. */
export function withDocumentCodeDiagnostic(
  ctx: MessageContext,
  body: MessageBody,
  recognised: boolean,
  report: {
    readonly code: string;
    readonly message: string;
    readonly severity?: Severity;
    readonly params?: DiagnosticParams;
  },
): MessageBody {
  if (recognised) return body;
  const bgm = ctx.table.find(0, ctx.table.count, 'BGM');
  if (bgm < 0) return body;
  const d = diagnosticIn(
    ctx,
    ctx.table,
    bgm,
    { element: 1 },
    report.code,
    report.message,
    report.severity,
    report.params,
  );
  return { ...body, diagnostics: [d, ...body.diagnostics] };
}
