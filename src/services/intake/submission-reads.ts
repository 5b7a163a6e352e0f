/**
 * What officers read of the intake as a whole: the agency's recent submissions, newest first, a
 * page at a time (filtered by sender, acknowledgement status and time), and the agency's senders
 * to choose from. As for one acknowledgement (`getAcknowledgement`), officers see their agency's
 * submissions and a sender sees only its own; like it, these reads are not audited.
 */
import { AppError } from '../../core/app-error.ts';
import {
  listSenders,
  listSubmissionSummaries,
  type Database,
  type SubmissionSummary,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import type { AckStatus } from './acknowledgement.ts';
import { isUuid } from '../../core/uuid.ts';
import { formatPageCursor, parsePageCursor } from '../../core/page-cursor.ts';

export const SUBMISSION_PAGE_DEFAULT = 50;
export const SUBMISSION_PAGE_MAX = 200;

export interface SubmissionListInput {
  /** A sender's id: only its submissions. */
  readonly sender?: string;
  readonly status?: AckStatus;
  /** ISO 8601 date-time: only submissions received at or after it. */
  readonly since?: string;
  /** The `next` of the previous page. */
  readonly before?: string;
  readonly limit?: number;
}

export interface SubmissionPage {
  readonly items: readonly SubmissionSummary[];
  /** Pass as `before` for the next (older) page; absent on the last page. */
  readonly next?: string;
}

export interface SenderSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

export interface SubmissionReads {
  listSubmissions(actor: Actor, query: SubmissionListInput): Promise<SubmissionPage>;
  /** The agency's senders by name (a sender sees itself only). */
  intakeSenders(actor: Actor): Promise<SenderSummary[]>;
}

const isCarrier = (actor: Actor) => actor.roles.includes('carrier');

export function createSubmissionReads(deps: { readonly database: Database }): SubmissionReads {
  const db = () => deps.database.db;
  return {
    listSubmissions: async (actor, query) => {
      requireAccess(actor, 'filing.read');
      const limit = limitOf(query.limit);
      const sender = senderOf(query.sender);
      // A sender reads its own submissions only: another sender's filter finds nothing.
      if (isCarrier(actor) && sender !== undefined && sender !== actor.id) return { items: [] };
      const items = await listSubmissionSummaries(db(), {
        agencyId: actor.agencyId,
        limit,
        ...(isCarrier(actor) ? { senderId: actor.id } : sender ? { senderId: sender } : {}),
        ...(query.status === undefined ? {} : { status: query.status }),
        ...(query.since === undefined ? {} : { since: sinceOf(query.since) }),
        ...(query.before === undefined ? {} : { before: cursorOf(query.before) }),
      });
      const last = items[items.length - 1];
      return items.length === limit && last
        ? { items, next: formatPageCursor(last.receivedAt, last.id) }
        : { items };
    },
    intakeSenders: async (actor) => {
      requireAccess(actor, 'filing.read');
      const all = await listSenders(db(), actor.agencyId);
      return all
        .filter((s) => !isCarrier(actor) || s.id === actor.id)
        .map(({ id, name, kind }) => ({ id, name, kind }));
    },
  };
}

function limitOf(limit: number | undefined): number {
  if (limit === undefined) return SUBMISSION_PAGE_DEFAULT;
  if (!Number.isInteger(limit) || limit < 1 || limit > SUBMISSION_PAGE_MAX)
    throw new AppError(
      'bad_request',
      `limit must be a whole number from 1 to ${SUBMISSION_PAGE_MAX}`,
    );
  return limit;
}

function senderOf(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!isUuid(raw)) throw new AppError('bad_request', `sender "${raw}" is not a sender id`);
  return raw.toLowerCase();
}

function sinceOf(raw: string): Date {
  const at = new Date(raw);
  if (Number.isNaN(at.getTime()))
    throw new AppError('bad_request', `since "${raw}" is not an ISO 8601 date-time`);
  return at;
}

function cursorOf(raw: string): { receivedAt: Date; id: string } {
  const cursor = parsePageCursor(raw);
  if (!cursor)
    throw new AppError(
      'bad_request',
      `before "${raw}" is not a page cursor of this list: pass the "next" of the previous page`,
    );
  return { receivedAt: cursor.at, id: cursor.id };
}
