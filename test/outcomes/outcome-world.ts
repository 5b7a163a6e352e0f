// A small world for the outcome tests, through the real paths: a carrier files one CUSCAR with
// a few bills (one container each) through intake, targeting scores them with the default rules,
// and one scan plan selects every container of the call.
import { writeCuscar } from '../../src/ingest/edifact/index.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import type { Clock } from '../../src/services/clock.ts';
import { createIntakeService } from '../../src/services/intake/intake.service.ts';
import { createSenderService } from '../../src/services/intake/sender.service.ts';
import { createTargetingService, formatCallId } from '../../src/services/targeting/index.ts';
import type { Database } from '../../src/storage/index.ts';
import { consignmentFixture, containerNo, locode, VESSEL_IMO } from '../support/cargo-fixtures.ts';

export const AGENCY = 'be-customs';

const user = (id: string, roles: Actor['roles'], agencyId = AGENCY) =>
  createActor({ kind: 'user', id, agencyId, roles });

export const officer = user('officer-1', ['targeting-officer']);
export const secondOfficer = user('officer-2', ['targeting-officer']);
export const inspector = user('inspector-1', ['inspection-team']);
export const supervisor = user('supervisor-1', ['supervisor']);
export const analyst = user('analyst-1', ['analyst']);
export const foreignOfficer = user('officer-x', ['targeting-officer'], 'nl-customs');
const admin = user('admin-1', ['admin']);

export interface OutcomeWorld {
  readonly carrier: Actor;
  readonly otherCarrier: Actor;
  readonly callId: string;
  readonly containers: readonly string[];
}

async function addCarrier(database: Database, clock: Clock, name: string): Promise<Actor> {
  const sender = await createSenderService({ database, clock }).addSender(admin, {
    name,
    kind: 'carrier',
    policy: {},
  });
  return createActor({ kind: 'machine', id: sender.id, agencyId: AGENCY, roles: ['carrier'] });
}

export async function buildOutcomeWorld(
  database: Database,
  clock: Clock,
  bills = 6,
  voyageNumber = '2403W',
): Promise<OutcomeWorld> {
  const carrier = await addCarrier(database, clock, `Carrier ${voyageNumber}`);
  const otherCarrier = await addCarrier(database, clock, `Other carrier ${voyageNumber}`);
  const serial0 = voyageNumber === '2403W' ? 200_000 : 300_000;
  const consignments = Array.from({ length: bills }, (_, i) => {
    const container = containerNo(serial0 + i);
    const base = consignmentFixture(`BILL${voyageNumber}${i}`);
    return {
      ...base,
      voyageNumber,
      goods: base.goods.map((g) => ({ ...g, containerNumbers: [container] })),
      equipment: base.equipment.map((e) => ({ ...e, containerNumber: container })),
    };
  });
  const portCall = { vesselImo: VESSEL_IMO, voyageNumber, port: locode('BEANR') };
  const text = writeCuscar({
    envelope: {
      sender: 'MAEU',
      recipient: 'PORTCULLIS',
      controlReference: `C${voyageNumber}`,
      preparedAt: clock.now().toISOString(),
    },
    documentNumber: `MAN-${voyageNumber}`,
    vessel: { imo: VESSEL_IMO, name: 'TEST VESSEL' },
    portCall,
    consignments,
  });
  const intake = createIntakeService({ database, clock });
  await intake.submit(carrier, {
    bytes: new TextEncoder().encode(text),
    contentType: 'application/edifact',
  });
  const targeting = createTargetingService({ database, clock, workerName: 'outcomes-test' });
  await targeting.scorePending(analyst, 1000);
  const callId = formatCallId({ vesselImo: VESSEL_IMO, voyageNumber, port: 'BEANR' });
  await targeting.makeScanPlan(officer, callId, {
    capacity: bills,
    controlShare: 0.34,
    shift: 'day',
    seed: 'outcomes',
  });
  const containers = consignments.map((c) => c.equipment[0]!.containerNumber as string);
  return { carrier, otherCarrier, callId, containers };
}

export const sha = (n: number) => n.toString(16).padStart(64, '0');
