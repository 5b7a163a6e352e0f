/**
 * Cargo queries for officers and analysts: a consignment with its version history, the
 * consignments of a vessel call, and a container's moves (each sender's reports of one move
 * grouped, `core/cargo/container-moves.ts`). Each read checks access first and is audited.
 */
import { AppError } from '../../core/app-error.ts';
import type { Consignment } from '../../core/cargo/consignment.ts';
import {
  groupContainerMoves,
  type ContainerMove,
  type EventReport,
} from '../../core/cargo/container-moves.ts';
import { parseContainerNumber } from '../../core/identifiers/container-number.ts';
import type { ImoNumber } from '../../core/identifiers/imo-number.ts';
import type { UnLocode } from '../../core/identifiers/un-locode.ts';
import {
  consignmentHistory,
  listBillsOfContainer,
  listConsignmentsOfCall,
  listContainerEventReports,
  type StoredConsignment,
  type StoredContainerEvent,
} from '../../storage/index.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';

export interface ConsignmentVersion {
  readonly version: number;
  readonly filingId: string;
  readonly filedAt: string;
  readonly cancelled: boolean;
}

export interface ConsignmentView extends ConsignmentVersion {
  /** The stored version's id (what the entities routes take). */
  readonly id: string;
  readonly agencyId: string;
  readonly consignment: Consignment;
  /** Every version, oldest first (the last one is this one). */
  readonly history: readonly ConsignmentVersion[];
}

export interface VesselCall {
  readonly vesselImo: ImoNumber;
  readonly voyageNumber: string;
  readonly port: UnLocode;
}

export interface CargoQueryService {
  /** The latest version of a bill filed with `agencyId` (default: the actor's own agency). */
  getConsignment(actor: Actor, billNumber: string, agencyId?: string): Promise<ConsignmentView>;
  /** The latest version of each bill of the actor's agency discharged at the call. */
  listConsignmentsOfCall(actor: Actor, call: VesselCall): Promise<ConsignmentView[]>;
  /** A container: the actor's agency's bills that list it and its moves, oldest first. */
  getContainer(actor: Actor, containerNumber: string): Promise<ContainerView>;
}

export interface ContainerView {
  readonly containerNumber: string;
  /** Bills of the actor's agency listing the container, newest version first. */
  readonly bills: readonly { readonly billNumber: string; readonly version: number }[];
  /** One per real move, each listing the reports of it (a terminal's and a carrier's). */
  readonly moves: readonly ContainerMove[];
  /** Every stored report, as received, oldest event first. */
  readonly reports: readonly EventReport[];
}

export function createCargoQueryService(deps: AuditDeps): CargoQueryService {
  return {
    getConsignment: (actor, billNumber, agencyId = actor.agencyId) =>
      auditedTransaction(
        deps,
        actor,
        {
          action: 'consignment.read',
          resourceType: 'consignment',
          resourceId: billNumber,
          agencyId,
        },
        async (tx) => {
          requireAccess(actor, 'consignment.read', { agencyId });
          const history = await consignmentHistory(tx, agencyId, billNumber);
          const latest = history.at(-1);
          if (!latest) throw notFoundFor('consignment.read');
          return viewOf(latest, history);
        },
      ),
    listConsignmentsOfCall: (actor, call) =>
      auditedTransaction(
        deps,
        actor,
        {
          action: 'consignment.list',
          resourceType: 'vessel-call',
          resourceId: `${call.vesselImo}/${call.voyageNumber}/${call.port}`,
          agencyId: actor.agencyId,
          describe: (views) => ({ details: { bills: views.map((v) => v.consignment.billNumber) } }),
        },
        async (tx) => {
          requireAccess(actor, 'consignment.read');
          const latest = await listConsignmentsOfCall(tx, actor.agencyId, call);
          return latest.map((c) => viewOf(c, []));
        },
      ),
    getContainer: (actor, containerNumber) =>
      auditedTransaction(
        deps,
        actor,
        {
          action: 'container.read',
          resourceType: 'container',
          resourceId: containerNumber,
          agencyId: actor.agencyId,
        },
        async (tx) => {
          requireAccess(actor, 'consignment.read');
          const parsed = parseContainerNumber(containerNumber);
          if (!parsed.ok)
            throw new AppError(
              'validation_failed',
              `container number "${containerNumber}" is not valid`,
              {
                diagnostics: parsed.diagnostics,
              },
            );
          const bills = await listBillsOfContainer(tx, actor.agencyId, parsed.value);
          // Equipment events are not filed per agency; they are shown only to an agency that
          // holds a bill for the container, so a number alone reveals nothing.
          if (bills.length === 0) throw notFoundFor('consignment.read');
          const reports = (await listContainerEventReports(tx, parsed.value)).map(reportOf);
          // Grouped knowing every sender; then another agency's senders and filings are left
          // out of what is shown (the kind of message and sender, and when, stay).
          const shown = (r: EventReport) => shownTo(actor.agencyId, r);
          return {
            containerNumber: parsed.value,
            bills: bills.map((b) => ({ billNumber: b.billNumber, version: b.version })),
            moves: groupContainerMoves(reports).map((m) => ({
              ...m,
              reports: m.reports.map(shown),
            })),
            reports: reports.map(shown),
          };
        },
      ),
  };
}

function versionOf(c: StoredConsignment): ConsignmentVersion {
  return { version: c.version, filingId: c.filingId, filedAt: c.filedAt, cancelled: c.cancelled };
}

function viewOf(c: StoredConsignment, history: readonly StoredConsignment[]): ConsignmentView {
  return {
    ...versionOf(c),
    id: c.id,
    agencyId: c.agencyId,
    consignment: c.consignment,
    history: history.map(versionOf),
  };
}

/** A stored report with its source, and the agency that received it. */
type AgencyReport = EventReport & { readonly receivedBy?: string };

function reportOf(row: StoredContainerEvent): AgencyReport {
  const { id, event, filing } = row;
  const retracted = row.retracted ? { retracted: true as const } : {};
  if (!filing) return { id, event, ...retracted };
  const { id: filingId, agencyId, ...source } = filing;
  return { id, event, source: { filingId, ...source }, ...retracted, receivedBy: agencyId };
}

/** The report as `agencyId` may see it: another agency's sender and filing left out. */
function shownTo(agencyId: string, report: AgencyReport): EventReport {
  const { receivedBy, ...r } = report;
  if (!r.source || receivedBy === agencyId) return r;
  const { messageType, format, senderKind, receivedAt } = r.source;
  const source = {
    messageType,
    format,
    ...(senderKind === undefined ? {} : { senderKind }),
    receivedAt,
    otherAgency: true as const,
  };
  return { ...r, source };
}
