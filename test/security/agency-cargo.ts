// Cargo of one agency for the cross-agency dimension of the authorization matrix: its carrier
// files several small manifests for the vessel call that every agency's world uses (so both
// agencies' bills are on one call), targeting scores them, and the agency's officer may plan the
// call's scans (which tells the carrier CUSS statuses). Enough submissions that the intake list
// spans several pages at the matrix's small page size. Its records read by id (a rule set, a
// seizure: `agency-records.ts`) are seeded too. What only this agency's records carry (container
// and bill numbers, submission ids, the rule set's id, the seizure's location) is returned as its
// markers.
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import { writeCuscar } from '../../src/ingest/edifact/index.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import type { AppContext } from '../../src/services/app-context.ts';
import { createIntakeService } from '../../src/services/intake/intake.service.ts';
import { createSenderService } from '../../src/services/intake/sender.service.ts';
import { createTargetingService, formatCallId } from '../../src/services/targeting/index.ts';
import { seedAgencyRecords, type AgencyRecords } from './agency-records.ts';
import {
  consignmentFixture,
  containerNo,
  locode,
  onContainer,
  VESSEL_IMO,
} from '../support/cargo-fixtures.ts';

export interface AgencyCargo {
  readonly agencyId: string;
  /** Strings only this agency's records carry: container and bill numbers, submission ids. */
  readonly markers: readonly string[];
  readonly submissionIds: readonly string[];
  /** The carrier (the sender of every submission). */
  readonly senderId: string;
  readonly records: AgencyRecords;
  /** The carrier's API key (`x-api-key`), with every permission a sender key has. */
  readonly carrierKey: string;
}

export interface CargoOptions {
  readonly agencyId: string;
  /** Four letters, the last a U: the owner code of the agency's containers. */
  readonly owner: string;
  readonly submissions: number;
  readonly billsPerSubmission: number;
  /** Whether the agency's officer plans the call's scans (else the agency has planned before). */
  readonly plan: boolean;
}

const VOYAGE = '2403W';
const person = (agencyId: string, role: Actor['roles'][number]) =>
  createActor({ kind: 'user', id: `${role}.${agencyId}.seed`, agencyId, roles: [role] });

export async function seedAgencyCargo(ctx: AppContext, o: CargoOptions): Promise<AgencyCargo> {
  const { database, clock } = ctx;
  const admin = person(o.agencyId, 'admin');
  const senders = createSenderService({ database, clock });
  const name = `${o.owner} Line ${o.agencyId}`;
  const sender = await senders.addSender(admin, { name, kind: 'carrier', policy: {} });
  const { key } = await senders.issueKey(admin, sender.id);
  const carrier = createActor({
    kind: 'machine',
    id: sender.id,
    agencyId: o.agencyId,
    roles: ['carrier'],
  });
  const intake = createIntakeService({ database, clock });
  const markers: string[] = [];
  const submissionIds: string[] = [];
  for (let s = 0; s < o.submissions; s++) {
    const bills = Array.from({ length: o.billsPerSubmission }, (_, i) => {
      const container = containerNo(700_000 + s * 100 + i, o.owner);
      const bill = onContainer(consignmentFixture(`${o.owner}${s}B${i}`), container);
      markers.push(container, bill.billNumber);
      return bill;
    });
    const { acknowledgement } = await intake.submit(carrier, {
      bytes: new TextEncoder().encode(manifest(`${o.owner}${s}`, bills, clock.now())),
      contentType: 'application/edifact',
    });
    submissionIds.push(acknowledgement.id);
  }
  markers.push(...submissionIds);
  const targeting = createTargetingService({ database, clock, workerName: `authz-${o.owner}` });
  await targeting.scorePending(person(o.agencyId, 'analyst'), 1000);
  if (o.plan) {
    const callId = formatCallId({ vesselImo: VESSEL_IMO, voyageNumber: VOYAGE, port: 'BEANR' });
    await targeting.makeScanPlan(person(o.agencyId, 'targeting-officer'), callId, {
      capacity: o.submissions * o.billsPerSubmission,
      controlShare: 0.34,
      shift: 'day',
      seed: `authz-${o.owner}`,
    });
  }
  const records = await seedAgencyRecords(ctx, o.agencyId, o.owner);
  markers.push(...records.markers);
  return {
    agencyId: o.agencyId,
    markers,
    submissionIds,
    senderId: sender.id,
    records,
    carrierKey: key,
  };
}

function manifest(reference: string, consignments: Consignment[], at: Date): string {
  return writeCuscar({
    envelope: {
      sender: 'MAEU',
      recipient: 'PORTCULLIS',
      controlReference: reference,
      preparedAt: at.toISOString(),
    },
    documentNumber: `MAN-${reference}`,
    vessel: { imo: VESSEL_IMO, name: 'TEST VESSEL' },
    portCall: { vesselImo: VESSEL_IMO, voyageNumber: VOYAGE, port: locode('BEANR') },
    consignments,
  });
}
