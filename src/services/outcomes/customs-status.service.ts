/**
 * Customs status for carriers and terminals: what customs did with their containers (selected
 * for scan, for inspection, released), as DCSA 3.0 events or an EDIFACT IFTSTA, for the sender's
 * own bills only. Reasons, scores, verdicts and findings never reach this path: the events hold
 * only a code, a time and the references the carrier sent itself.
 */
import type { CustomsStatusCode, CustomsStatusEvent } from '../../core/outcomes/customs-status.ts';
import { AppError } from '../../core/app-error.ts';
import { formatPageCursor, parsePageCursor } from '../../core/page-cursor.ts';
import { writeCustomsStatusResponse30 } from '../../ingest/customs-status/customs-status-dcsa.ts';
import { writeCustomsStatusIftsta } from '../../ingest/customs-status/customs-status-iftsta.ts';
import { customsStatusesForSender, type CustomsStatusAfter } from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';

export const CUSTOMS_STATUS_FORMATS = ['dcsa', 'edifact'] as const;
export type CustomsStatusFormat = (typeof CUSTOMS_STATUS_FORMATS)[number];

export interface CustomsStatusQuery {
  readonly since?: string | undefined;
  readonly limit?: number | undefined;
}

export interface CustomsStatusPage {
  readonly events: readonly CustomsStatusEvent[];
  /** Pass as `since` to read on: the last event's `<time>_<id>` (the `since` given, if none). */
  readonly next: string | undefined;
}

export interface CustomsStatusService {
  statuses(actor: Actor, query: CustomsStatusQuery): Promise<CustomsStatusPage>;
  /** The page as a DCSA TNT 3.0 body `{ events }`. */
  dcsa(page: CustomsStatusPage): Record<string, unknown>;
  /** The page as one IFTSTA interchange from the agency to the carrier. */
  edifact(actor: Actor, page: CustomsStatusPage, now: Date): string;
}

/**
 * Where the read starts. `since` is the `Next-Page-Cursor` of the previous page (`<time>_<id>`:
 * after that event), or a plain ISO 8601 time as older clients send it (after that time).
 */
function afterOf(raw: string | undefined): CustomsStatusAfter {
  if (raw === undefined || raw === '') return { at: new Date(0) };
  const cursor = parsePageCursor(raw);
  if (cursor) return cursor;
  const at = new Date(raw);
  if (raw.includes('_') || Number.isNaN(at.getTime()))
    throw new AppError(
      'bad_request',
      `since "${raw}" is neither the Next-Page-Cursor of a page nor an ISO 8601 date-time`,
    );
  return { at };
}

export function createCustomsStatusService(deps: AuditDeps): CustomsStatusService {
  return {
    statuses: (actor, query) =>
      auditedTransaction(
        deps,
        actor,
        { action: 'customs-status.read', resourceType: 'customs-status', agencyId: actor.agencyId },
        async (tx) => {
          requireAccess(actor, 'filing.read');
          // Only a sender's key has containers of its own; a person reads selections instead.
          if (actor.kind !== 'machine') throw notFoundFor('filing.read');
          const after = afterOf(query.since);
          const limit = Math.min(Math.max(query.limit ?? 500, 1), 5000);
          const rows = await customsStatusesForSender(tx, actor.agencyId, actor.id, after, limit);
          const events = rows.map((r): CustomsStatusEvent => ({
            eventId: r.id,
            code: r.code as CustomsStatusCode,
            containerNumber: r.containerNumber,
            eventAt: r.at.toISOString(),
            port: r.port,
            vesselImo: r.vesselImo,
            voyageNumber: r.voyageNumber,
            billNumbers: [r.billNumber],
          }));
          const last = events[events.length - 1];
          return {
            events,
            next: last ? formatPageCursor(last.eventAt, last.eventId) : query.since,
          };
        },
      ),
    dcsa: (page) => writeCustomsStatusResponse30(page.events),
    edifact: (actor, page, now) =>
      writeCustomsStatusIftsta({
        envelope: {
          sender: actor.agencyId.toUpperCase().slice(0, 35),
          recipient: actor.id.replace(/-/g, '').slice(0, 35).toUpperCase(),
          controlReference: String(now.getTime()).slice(-14),
          preparedAt: now.toISOString(),
        },
        events: page.events,
      }),
  };
}
