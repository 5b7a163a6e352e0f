// Cargo queries: a consignment with its history, the bills of a call, audited reads, and a
// refusal that is exactly the error of a bill that does not exist.
import { expect, it } from 'vitest';
import { AppError } from '../../core/app-error.ts';
import {
  VESSEL_IMO,
  consignmentFixture,
  containerEventFixture,
  containerNo,
  locode,
} from '../../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  insertContainerEvents,
  listAuditEvents,
  saveConsignmentVersion,
} from '../../storage/index.ts';
import { createActor } from '../access/actor.ts';
import { fixedClock } from '../clock.ts';
import { createCargoQueryService } from './cargo-query.service.ts';

const clock = fixedClock('2024-03-10T12:00:00Z');
const actor = (id: string, agencyId: string, role: 'targeting-officer' | 'auditor') =>
  createActor({ kind: 'user', id, agencyId, roles: [role] });
const beOfficer = actor('be-officer', 'be-customs', 'targeting-officer');
const nlOfficer = actor('nl-officer', 'nl-customs', 'targeting-officer');
const beAuditor = actor('be-auditor', 'be-customs', 'auditor');
const FILING = '22222222-2222-4222-8222-222222222222';

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}
const shape = (e: AppError) => ({
  code: e.code,
  status: e.status,
  message: e.message,
  details: e.details,
});

describeEachEngine('cargo query service', (getDb) => {
  const service = () => createCargoQueryService({ database: getDb(), clock });

  it('returns the latest version of a bill with its history, and audits the read', async () => {
    const { db } = getDb();
    const base = { agencyId: 'be-customs', filingId: FILING };
    const v1 = consignmentFixture('MAEU900001');
    const v2 = consignmentFixture('MAEU900001', { bookingReference: 'BK-2' });
    await saveConsignmentVersion(db, {
      ...base,
      consignment: v1,
      filedAt: new Date('2024-03-01T00:00:00Z'),
    });
    await saveConsignmentVersion(db, {
      ...base,
      consignment: v2,
      filedAt: new Date('2024-03-02T00:00:00Z'),
    });
    const view = await service().getConsignment(beOfficer, 'MAEU900001');
    expect(view.version).toBe(2);
    expect(view.consignment).toEqual(v2);
    expect(view.history.map((h) => [h.version, h.filedAt])).toEqual([
      [1, '2024-03-01T00:00:00.000Z'],
      [2, '2024-03-02T00:00:00.000Z'],
    ]);
    const [event] = await listAuditEvents(db, { actorId: 'be-officer' });
    expect(event).toMatchObject({
      action: 'consignment.read',
      resourceType: 'consignment',
      resourceId: 'MAEU900001',
      agencyId: 'be-customs',
      outcome: 'success',
      at: '2024-03-10T12:00:00.000Z',
    });
  });

  it("refuses another agency's bill with exactly the error of a missing bill", async () => {
    const denied = await rejection(service().getConsignment(nlOfficer, 'MAEU900001', 'be-customs'));
    const missing = await rejection(service().getConsignment(nlOfficer, 'MAEU900001'));
    const absent = await rejection(service().getConsignment(beOfficer, 'NO-SUCH-BILL'));
    expect(shape(denied)).toEqual(shape(missing));
    expect(shape(denied)).toEqual(shape(absent));
    expect(shape(denied)).toMatchObject({ code: 'not_found', status: 404 });
    const events = await listAuditEvents(getDb().db, { actorId: 'nl-officer' });
    expect(events.map((e) => e.outcome)).toEqual(['failure', 'denied']);
  });

  it('refuses a role without cargo access, and audits the denial', async () => {
    const denied = await rejection(service().getConsignment(beAuditor, 'MAEU900001'));
    expect(shape(denied)).toEqual(shape(await rejection(service().getConsignment(beOfficer, 'X'))));
    const [event] = await listAuditEvents(getDb().db, { actorId: 'be-auditor' });
    expect(event?.outcome).toBe('denied');
  });

  it("lists the latest version of each of the agency's bills at a vessel call", async () => {
    const { db } = getDb();
    const other = consignmentFixture('MAEU900002');
    const base = { filingId: FILING, filedAt: new Date('2024-03-03T00:00:00Z') };
    await saveConsignmentVersion(db, { ...base, agencyId: 'be-customs', consignment: other });
    await saveConsignmentVersion(db, { ...base, agencyId: 'nl-customs', consignment: other });
    const call = { vesselImo: VESSEL_IMO, voyageNumber: '2403W', port: locode('BEANR') };
    const views = await service().listConsignmentsOfCall(beOfficer, call);
    expect(views.map((v) => [v.consignment.billNumber, v.version])).toEqual([
      ['MAEU900001', 2],
      ['MAEU900002', 1],
    ]);
    const nlViews = await service().listConsignmentsOfCall(nlOfficer, call);
    expect(nlViews.map((v) => v.agencyId)).toEqual(['nl-customs']);
    const [event] = await listAuditEvents(db, {
      action: 'consignment.list',
      actorId: 'be-officer',
    });
    expect(event?.details).toEqual({ bills: ['MAEU900001', 'MAEU900002'] });
  });

  it("shows a container's bills and events to an agency holding a bill, and nothing to another", async () => {
    const { db } = getDb();
    const number = containerNo(100777);
    const equipment = [{ containerNumber: number, isoSizeType: '45R1', seals: [] }];
    await saveConsignmentVersion(db, {
      agencyId: 'be-customs',
      filingId: FILING,
      consignment: consignmentFixture('MAEU900010', { equipment }),
      filedAt: new Date('2024-03-04T00:00:00Z'),
    });
    await insertContainerEvents(db, [
      containerEventFixture(1, { containerNumber: number, eventAt: '2024-03-05T00:00:00.000Z' }),
      containerEventFixture(2, { containerNumber: number, eventAt: '2024-03-04T00:00:00.000Z' }),
    ]);
    const view = await service().getContainer(beOfficer, number);
    expect(view.bills).toEqual([{ billNumber: 'MAEU900010', version: 1 }]);
    expect(view.moves.map((m) => m.event.eventAt)).toEqual([
      '2024-03-04T00:00:00.000Z',
      '2024-03-05T00:00:00.000Z',
    ]);
    expect(view.reports.map((r) => r.event.eventAt)).toEqual([
      '2024-03-04T00:00:00.000Z',
      '2024-03-05T00:00:00.000Z',
    ]);
    const denied = await rejection(service().getContainer(nlOfficer, number));
    expect(shape(denied)).toEqual(shape(await rejection(service().getConsignment(beOfficer, 'X'))));
    const bad = await rejection(service().getContainer(beOfficer, 'MSKU1234567'));
    expect(bad).toMatchObject({ code: 'validation_failed', status: 422 });
    expect(bad.message).toContain('MSKU1234567');
    const events = await listAuditEvents(db, { action: 'container.read', actorId: 'be-officer' });
    expect(events.map((e) => [e.resourceId, e.outcome])).toEqual(
      expect.arrayContaining([
        [number, 'success'],
        ['MSKU1234567', 'failure'],
      ]),
    );
  });
});
