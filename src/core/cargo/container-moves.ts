/**
 * A container's history as moves, not reports. The same gate-in or discharge often arrives twice
 * (a terminal's CODECO/COARRI and the carrier's DCSA Track & Trace event); both are stored as
 * received, and this groups them on read into one move that lists every report.
 *
 * Two reports are the same move when they are of the same container, event type, classifier and
 * location (UN/LOCODE, or both without one), their facilities do not differ (a report without
 * one says nothing), they come from different sources (sender and message type: a sender that
 * reports two moves is believed), their times are at most SAME_MOVE_WINDOW_MS apart (measured
 * from the move's earliest report), and no report of another event type of the container lies
 * strictly between them in time (a gate-out between two gate-ins makes them two visits).
 * Full/empty, seals and vessel are not part of the rule: reports that disagree on them are still
 * one move, with the disagreement shown (`move-discrepancies.ts`).
 *
 * A report its sender retracted stays listed with the move it reported, marked so; the move is
 * what its other reports say (a retracted report neither gives a field nor disagrees, nor splits
 * two reports of one move), and a move all of whose reports are retracted is marked retracted.
 */
import type { ContainerEvent, TransportCallRef } from './events.ts';
import { discrepanciesOf, type MoveDiscrepancy } from './move-discrepancies.ts';

/**
 * 15 minutes. A carrier's event for a terminal move is usually copied from the terminal's own
 * message, so the times are equal or differ by rounding to the minute or by a few minutes of
 * relay (OCR gate time against the gate clerk's); two real moves of one type at one place need
 * another move in between (checked separately) and take longer than this. Clock errors of an
 * hour or more (time zones) stay outside, shown as two moves rather than hidden.
 */
export const SAME_MOVE_WINDOW_MS = 15 * 60_000;

/** The filing version whose message reported an event. */
export interface ReportSource {
  /** Absent when another agency received the filing (`otherAgency`). */
  readonly filingId?: string;
  readonly messageType: string;
  readonly format: string;
  /**
   * The sender's id, and its registered name and kind (carrier, terminal) where known; id and
   * name are absent when another agency received the filing.
   */
  readonly sender?: string;
  readonly senderName?: string;
  readonly senderKind?: string;
  readonly receivedAt: string;
  /** Received for another agency: which sender, and which filing, is that agency's to know. */
  readonly otherAgency?: true;
}

/** One stored report of an event: its row id, the event as reported, and who reported it. */
export interface EventReport {
  readonly id: string;
  readonly event: ContainerEvent;
  /** Absent for rows stored before sources were recorded (each counts as a source of its own). */
  readonly source?: ReportSource;
  /** Its sender retracted it (DCSA `isRetracted`): kept and shown, it counts no more. */
  readonly retracted?: true;
}

export interface ContainerMove {
  /**
   * What the reports say together: the earliest time, each field from the reports that give it,
   * and none of the fields they disagree on (see `discrepancies`). No sender's event id.
   */
  readonly event: ContainerEvent;
  /** Every report of the move, earliest received first (unknown sources last), then by time. */
  readonly reports: readonly EventReport[];
  readonly discrepancies: readonly MoveDiscrepancy[];
  /** Every report of it was retracted by its sender (what they said is shown all the same). */
  readonly retracted?: true;
}

interface OpenMove {
  readonly reports: EventReport[];
  readonly first: number;
  last: number;
}

/** Groups reports into moves, oldest first. The result does not depend on the input's order. */
export function groupContainerMoves(
  reports: readonly EventReport[],
  windowMs: number = SAME_MOVE_WINDOW_MS,
): ContainerMove[] {
  const sorted = [...reports].sort(byTimeThenId);
  const times = sorted.map((r) => Date.parse(r.event.eventAt));
  const moves: OpenMove[] = [];
  sorted.forEach((report, i) => {
    const at = times[i] ?? 0;
    const joins = (m: OpenMove) =>
      at - m.first <= windowMs &&
      m.reports.every((r) => compatible(r, report)) &&
      !sorted.some(
        (x, j) =>
          !x.retracted &&
          x.event.containerNumber === report.event.containerNumber &&
          x.event.eventType !== report.event.eventType &&
          (times[j] ?? 0) > m.last &&
          (times[j] ?? 0) < at,
      );
    const home = moves.find(joins);
    if (home) {
      home.reports.push(report);
      home.last = at;
    } else moves.push({ reports: [report], first: at, last: at });
  });
  return moves.map((m) => moveOf(m.reports));
}

function compatible(a: EventReport, b: EventReport): boolean {
  const x = a.event;
  const y = b.event;
  return (
    x.containerNumber === y.containerNumber &&
    x.eventType === y.eventType &&
    x.classifier === y.classifier &&
    x.location === y.location &&
    (x.facility === undefined ||
      y.facility === undefined ||
      facilityKey(x.facility) === facilityKey(y.facility)) &&
    sourceKey(a) !== sourceKey(b)
  );
}

function facilityKey(facility: string): string {
  return facility.replace(/\s+/g, '').toUpperCase();
}

function sourceKey(r: EventReport): string {
  return r.source ? `${r.source.sender}|${r.source.messageType}` : `row|${r.id}`;
}

function byTimeThenId(a: EventReport, b: EventReport): number {
  const dt = Date.parse(a.event.eventAt) - Date.parse(b.event.eventAt);
  return dt !== 0 ? dt : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function byReceivedThenId(a: EventReport, b: EventReport): number {
  const received = (r: EventReport) =>
    r.source ? Date.parse(r.source.receivedAt) : Number.POSITIVE_INFINITY;
  const dt = received(a) - received(b);
  return dt !== 0 && !Number.isNaN(dt) ? dt : byTimeThenId(a, b);
}

function moveOf(reports: readonly EventReport[]): ContainerMove {
  const standing = reports.filter((r) => !r.retracted);
  const basis = standing.length > 0 ? standing : reports;
  const discrepancies = discrepanciesOf(basis);
  return {
    event: agreedEvent(basis, new Set(discrepancies.map((d) => d.field))),
    reports: [...reports].sort(byReceivedThenId),
    discrepancies,
    ...(standing.length === 0 ? { retracted: true as const } : {}),
  };
}

/** The agreed event while it is put together: fields may be filled in, or left undefined. */
type Draft = { -readonly [K in keyof ContainerEvent]: ContainerEvent[K] | undefined };

/** `reports` are in time order; the first gives the time, later ones fill what it lacks. */
function agreedEvent(
  reports: readonly EventReport[],
  disputed: ReadonlySet<string>,
): ContainerEvent {
  const [first, ...rest] = reports.map((r) => r.event);
  const { sourceEventId: _id, ...event }: Draft = { ...first! };
  const bills = new Set(event.billNumbers ?? []);
  for (const other of rest) {
    event.location ??= other.location;
    event.facility ??= other.facility;
    event.fullEmpty ??= other.fullEmpty;
    if (!event.seals?.length && other.seals?.length) event.seals = other.seals;
    if (other.transportCall)
      event.transportCall = { ...other.transportCall, ...event.transportCall };
    for (const b of other.billNumbers ?? []) bills.add(b);
  }
  if (bills.size > 0) event.billNumbers = [...bills].sort();
  if (disputed.has('seals')) delete event.seals;
  if (disputed.has('fullEmpty')) delete event.fullEmpty;
  if (disputed.has('vessel') && event.transportCall) {
    const { vesselImo: _v, ...call }: TransportCallRef = event.transportCall;
    event.transportCall = call;
  }
  return stripUndefined(event);
}

function stripUndefined(event: Partial<Draft>): ContainerEvent {
  for (const key of Object.keys(event) as (keyof ContainerEvent)[])
    if (event[key] === undefined) delete event[key];
  return event as ContainerEvent;
}
