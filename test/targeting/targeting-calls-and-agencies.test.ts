// Vessel calls at the node's home port, scoring jobs kept to their agency, and mandatory holds
// from a lookout source first in the plan, on each engine.
import { expect, it } from 'vitest';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import type { UnLocode } from '../../src/core/identifiers/un-locode.ts';
import { createActor, EVERY_AGENCY } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createTargetingService, formatCallId } from '../../src/services/targeting/index.ts';
import type { Database } from '../../src/storage/index.ts';
import {
  consignmentFixture,
  containerNo,
  onContainer,
  VESSEL_IMO,
} from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { fileForScoring } from '../support/file-for-scoring.ts';

const clock = fixedClock('2024-03-10T12:00:00Z');
const port = (code: string) => code as UnLocode;
const person = (id: string, agencyId: string, roles: ('analyst' | 'targeting-officer')[]) =>
  createActor({ kind: 'user', id, agencyId, roles });
const beOfficer = person('be-officer', 'be-customs', ['targeting-officer', 'analyst']);
const nlOfficer = person('nl-officer', 'nl-customs', ['targeting-officer', 'analyst']);
const callAt = (p: string) =>
  formatCallId({ vesselImo: VESSEL_IMO, voyageNumber: '2403W', port: p });

function bill(i: number, overrides: Partial<Consignment> = {}): Consignment {
  const base = consignmentFixture(`CA${String(i).padStart(6, '0')}`);
  const n = containerNo(300_000 + i);
  return {
    ...onContainer(base, n),
    ...overrides,
  };
}

/** Files the bills under `agencyId` and queues a scoring job naming `jobAgency`. */
const file = (db: Database, agencyId: string, bills: Consignment[], jobAgency = agencyId) =>
  fileForScoring(db, { agencyId, bills, filedAt: clock.now(), jobAgency });

describeEachEngine('targeting: calls at the home port, agencies, holds', (getDb) => {
  const held = containerNo(300_007);
  const service = () =>
    createTargetingService({
      database: getDb(),
      clock,
      workerName: 'calls-test',
      lookouts: (_agency, c) =>
        c.billNumber === 'CA000007'
          ? [{ lookoutId: 'LK-7', ownerAgency: 'nl-customs', mandatoryHold: true, reason: 'seal' }]
          : [],
    });

  it('keys calls by the home port: transshipment cargo is in the home call, not at its destination', async () => {
    const targeting = service();
    await targeting.addScanner(beOfficer, {
      port: 'BEANR',
      terminal: '',
      name: 'S1',
      containersPerHour: 20,
    });
    const transshipped = {
      route: {
        portOfLoading: port('ECGYE'),
        transshipmentPorts: [port('PAMIT'), port('BEANR')],
        portOfDischarge: port('GBFXT'),
      },
    };
    await file(getDb(), 'be-customs', [bill(1), bill(2, transshipped), bill(3, transshipped)]);
    expect(await targeting.scorePending(beOfficer)).toEqual({ jobs: 1, containers: 3, failed: 0 });
    const calls = await targeting.listVesselCalls(beOfficer);
    expect(calls.map((c) => c.port)).toEqual(['BEANR']);
    expect(calls[0]!.containers).toBe(3);
    const queue = await targeting.queue(beOfficer, callAt('BEANR'));
    expect(queue.map((a) => a.billNumber).sort()).toEqual(['CA000001', 'CA000002', 'CA000003']);
    expect(await targeting.queue(beOfficer, callAt('GBFXT'))).toEqual([]);
  });

  it("scores only the worker's agency's jobs, and refuses a job naming another agency's filing", async () => {
    const targeting = service();
    await file(getDb(), 'nl-customs', [bill(10)]);
    expect(await targeting.scorePending(beOfficer)).toMatchObject({ jobs: 0, containers: 0 });
    // A job that names be-customs for a filing of nl-customs writes nothing.
    await file(getDb(), 'nl-customs', [bill(11)], 'be-customs');
    expect(await targeting.scorePending(beOfficer)).toMatchObject({ jobs: 1, failed: 1 });
    expect(await targeting.scorePending(nlOfficer)).toMatchObject({ jobs: 1, containers: 1 });
    const nlQueue = await targeting.queue(nlOfficer, callAt('BEANR'));
    expect(nlQueue.map((a) => a.billNumber)).toEqual(['CA000010']);
    expect(nlQueue[0]!.agencyId).toBe('nl-customs');
    const beQueue = await targeting.queue(beOfficer, callAt('BEANR'));
    expect(beQueue.some((a) => a.billNumber === 'CA000010' || a.billNumber === 'CA000011')).toBe(
      false,
    );
  });

  it("the node's own worker scores every agency's jobs, each as that agency", async () => {
    const targeting = service();
    const worker = createActor({
      kind: 'machine',
      id: 'scoring-worker',
      agencyId: EVERY_AGENCY,
      roles: ['analyst'],
    });
    await file(getDb(), 'be-customs', [bill(20)]);
    await file(getDb(), 'nl-customs', [bill(21), bill(22)]);
    // A job naming an agency other than its filing's still writes nothing.
    await file(getDb(), 'nl-customs', [bill(23)], 'be-customs');
    expect(await targeting.scorePending(worker)).toEqual({ jobs: 3, containers: 3, failed: 1 });
    const be = await targeting.queue(beOfficer, callAt('BEANR'));
    const nl = await targeting.queue(nlOfficer, callAt('BEANR'));
    expect(be.filter((a) => a.billNumber >= 'CA000020').map((a) => a.billNumber)).toEqual([
      'CA000020',
    ]);
    expect(
      nl
        .filter((a) => a.billNumber >= 'CA000020')
        .map((a) => a.billNumber)
        .sort(),
    ).toEqual(['CA000021', 'CA000022']);
    expect(nl.every((a) => a.agencyId === 'nl-customs')).toBe(true);
  });

  it('puts a container held by a lookout first in the plan, even with capacity for one', async () => {
    const targeting = service();
    await file(getDb(), 'be-customs', [bill(7), bill(8), bill(9)]);
    await targeting.scorePending(beOfficer);
    const queue = await targeting.queue(beOfficer, callAt('BEANR'));
    const hold = queue.find((a) => a.containerNumber === held)!;
    expect(hold).toMatchObject({ mandatoryHold: true, band: 'high' });
    const plan = await targeting.makeScanPlan(beOfficer, callAt('BEANR'), {
      capacity: 1,
      controlShare: 0,
      seed: 'hold',
    });
    expect(plan.selections.map((s) => [s.containerNumber, s.reason])).toEqual([[held, 'hold']]);
    const roomy = await targeting.makeScanPlan(beOfficer, callAt('BEANR'), {
      capacity: 4,
      controlShare: 0.25,
      seed: 'hold',
    });
    expect(roomy.selections[0]).toMatchObject({ containerNumber: held, reason: 'hold' });
  });
});
