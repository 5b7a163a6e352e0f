/**
 * An agency's intake submissions, newest first, a page at a time: per submission what the
 * Intake page lists (sender, format, message types, records accepted and quarantined, events
 * already stored, events retracted, bills a cancellation naming none cancelled, status),
 * summed from its stored acknowledgement by the database so a page never carries whole
 * acknowledgements. Read from the (agency, received at, id) index.
 */
import { and, desc, eq, gte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { intakeSubmissions, senders } from '../schema/intake.ts';

export interface SubmissionListQuery {
  readonly agencyId: string;
  /** Only this sender's submissions. */
  readonly senderId?: string;
  /** Only submissions with this acknowledgement status. */
  readonly status?: string;
  /** Only submissions received at or after this time. */
  readonly since?: Date;
  /** Continue after this submission (the last of the previous page). */
  readonly before?: { readonly receivedAt: Date; readonly id: string };
  readonly limit: number;
}

export interface SubmissionSummary {
  readonly id: string;
  readonly receivedAt: string;
  readonly sender: { readonly id: string; readonly name?: string; readonly kind?: string };
  readonly format?: string;
  /** The message types of the upload's messages, each once (CUSCAR, IFTSTA, …). */
  readonly messageTypes: readonly string[];
  readonly status: string;
  readonly accepted: {
    readonly consignments: number;
    readonly equipment: number;
    readonly containerEvents: number;
    readonly transportEvents: number;
  };
  /** Of the events accepted, those the sender had already reported (not stored again). */
  readonly alreadyStored: { readonly containerEvents: number; readonly transportEvents: number };
  /** Events its messages retracted (`retracted` of each message; 0 where not counted). */
  readonly retracted: number;
  /** Bills cancelled by its cancellations naming no bill (`cancelled` of each message). */
  readonly cancelledBills: number;
  readonly quarantined: number;
  readonly diagnostics: number;
}

const s = intakeSubmissions;
const units = sql`coalesce(${s.acknowledgement} -> 'units', '[]'::jsonb)`;
/** The sum over the acknowledgement's units of one count (fixed names; 0 where absent). */
const unitSum = (object: string, field: string) =>
  sql<number>`(select coalesce(sum((u -> ${sql.raw(`'${object}'`)} ->> ${sql.raw(`'${field}'`)})::int), 0)::int
    from jsonb_array_elements(${units}) u)`;
const acceptedSum = (field: string) => unitSum('accepted', field);
const retractedSum = sql<number>`(select coalesce(sum((u ->> 'retracted')::int), 0)::int
    from jsonb_array_elements(${units}) u)`;

const columns = {
  id: s.id,
  receivedAt: s.receivedAt,
  senderId: s.senderId,
  senderName: senders.name,
  senderKind: senders.kind,
  status: s.status,
  format: sql<string | null>`${s.acknowledgement} ->> 'format'`,
  messageTypes: sql<string[] | null>`(select array_agg(distinct u ->> 'messageType')
    from jsonb_array_elements(${units}) u)`,
  consignments: acceptedSum('consignments'),
  equipment: acceptedSum('equipment'),
  containerEvents: acceptedSum('containerEvents'),
  transportEvents: acceptedSum('transportEvents'),
  storedContainerEvents: unitSum('alreadyStored', 'containerEvents'),
  storedTransportEvents: unitSum('alreadyStored', 'transportEvents'),
  retracted: retractedSum,
  cancelledBills: unitSum('cancelled', 'bills'),
  quarantined: sql<number>`(select coalesce(sum(jsonb_array_length(u -> 'quarantined')), 0)::int
    from jsonb_array_elements(${units}) u)`,
  diagnostics: sql<number>`(jsonb_array_length(coalesce(${s.acknowledgement} -> 'diagnostics', '[]'::jsonb))
    + (select coalesce(sum(jsonb_array_length(u -> 'diagnostics')), 0)::int
       from jsonb_array_elements(${units}) u))::int`,
};

function whereOf(q: SubmissionListQuery): SQL | undefined {
  const where: SQL[] = [eq(s.agencyId, q.agencyId)];
  if (q.senderId !== undefined) where.push(eq(s.senderId, q.senderId));
  if (q.status !== undefined) where.push(eq(s.status, q.status));
  if (q.since !== undefined) where.push(gte(s.receivedAt, q.since));
  if (q.before !== undefined)
    where.push(
      sql`(${s.receivedAt}, ${s.id}) < (${q.before.receivedAt.toISOString()}::timestamptz, ${q.before.id}::uuid)`,
    );
  return and(...where);
}

export async function listSubmissionSummaries(
  db: Db,
  q: SubmissionListQuery,
): Promise<SubmissionSummary[]> {
  const rows = await db
    .select(columns)
    .from(s)
    .leftJoin(senders, eq(senders.id, s.senderId))
    .where(whereOf(q))
    .orderBy(desc(s.receivedAt), desc(s.id))
    .limit(q.limit);
  return rows.map((r) => ({
    id: r.id,
    receivedAt: r.receivedAt.toISOString(),
    sender: {
      id: r.senderId,
      ...(r.senderName === null ? {} : { name: r.senderName }),
      ...(r.senderKind === null ? {} : { kind: r.senderKind }),
    },
    ...(r.format === null ? {} : { format: r.format }),
    messageTypes: (r.messageTypes ?? []).filter((t): t is string => typeof t === 'string').sort(),
    status: r.status,
    accepted: {
      consignments: Number(r.consignments),
      equipment: Number(r.equipment),
      containerEvents: Number(r.containerEvents),
      transportEvents: Number(r.transportEvents),
    },
    alreadyStored: {
      containerEvents: Number(r.storedContainerEvents),
      transportEvents: Number(r.storedTransportEvents),
    },
    retracted: Number(r.retracted),
    cancelledBills: Number(r.cancelledBills),
    quarantined: Number(r.quarantined),
    diagnostics: Number(r.diagnostics),
  }));
}
