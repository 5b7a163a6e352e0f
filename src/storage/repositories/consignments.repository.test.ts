// Consignment versions per bill, the latest and the history, containers and parties with them.
import { expect, it } from 'vitest';
import {
  VESSEL_IMO,
  consignmentFixture,
  containerNo,
  locode,
} from '../../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import { listBillsOfContainer } from './consignment-containers.repository.ts';
import {
  consignmentHistory,
  latestConsignment,
  listConsignmentsOfCall,
  saveConsignmentVersion,
} from './consignments.repository.ts';
import { listPartiesOf, normalisePartyName } from './parties.repository.ts';

const FILING = '11111111-1111-4111-8111-111111111111';
const at = (day: number) => new Date(Date.UTC(2024, 2, day, 8));
const save = (...args: Parameters<typeof saveConsignmentVersion>) =>
  saveConsignmentVersion(...args);

describeEachEngine('consignments repository', (getDb) => {
  it('stores each filing of a bill as a new version and returns the document intact', async () => {
    const { db } = getDb();
    const v1 = consignmentFixture('MAEU240001');
    const v2 = consignmentFixture('MAEU240001', { goods: [{ ...v1.goods[0]!, grossWeightKg: 1 }] });
    const base = { agencyId: 'be-customs', filingId: FILING };
    await save(db, { ...base, consignment: v1, filedAt: at(1) });
    const second = await save(db, { ...base, consignment: v2, filedAt: at(2) });
    expect(second.version).toBe(2);
    const latest = await latestConsignment(db, 'be-customs', 'MAEU240001');
    expect(latest?.consignment).toEqual(v2);
    expect(latest?.filedAt).toBe('2024-03-02T08:00:00.000Z');
    const history = await consignmentHistory(db, 'be-customs', 'MAEU240001');
    expect(history.map((h) => h.version)).toEqual([1, 2]);
    expect(history[0]?.consignment).toEqual(v1);
  });

  it('records a cancellation as a version', async () => {
    const { db } = getDb();
    const c = consignmentFixture('MAEU240002');
    await save(db, { agencyId: 'be-customs', filingId: FILING, consignment: c, filedAt: at(1) });
    const input = { agencyId: 'be-customs', filingId: FILING, consignment: c, filedAt: at(3) };
    await save(db, { ...input, cancelled: true });
    expect((await latestConsignment(db, 'be-customs', 'MAEU240002'))?.cancelled).toBe(true);
    expect((await consignmentHistory(db, 'be-customs', 'MAEU240002'))[0]?.cancelled).toBe(false);
  });

  it('lists the latest version of each bill of a vessel call, for the agency only', async () => {
    const { db } = getDb();
    const other = consignmentFixture('CMDU777', { route: { ...routeTo('NLRTM') } });
    await save(db, {
      agencyId: 'be-customs',
      filingId: FILING,
      consignment: other,
      filedAt: at(1),
    });
    const foreign = consignmentFixture('CMDU778');
    await save(db, {
      agencyId: 'nl-customs',
      filingId: FILING,
      consignment: foreign,
      filedAt: at(1),
    });
    const call = { vesselImo: VESSEL_IMO, voyageNumber: '2403W', port: locode('BEANR') };
    const listed = await listConsignmentsOfCall(db, 'be-customs', call);
    expect(listed.map((c) => [c.consignment.billNumber, c.version])).toEqual([
      ['MAEU240001', 2],
      ['MAEU240002', 2],
    ]);
  });

  it('finds the bills a container travels under', async () => {
    const bills = await listBillsOfContainer(getDb().db, 'be-customs', containerNo(100001));
    expect(bills.map((b) => `${b.billNumber}/${b.version}`)).toContain('MAEU240001/2');
    expect(await listBillsOfContainer(getDb().db, 'be-customs', containerNo(999999))).toEqual([]);
  });

  it('stores parties', async () => {
    const { db } = getDb();
    const latest = await latestConsignment(db, 'be-customs', 'MAEU240001');
    const parties = await listPartiesOf(db, latest?.id ?? '');
    expect(parties.map((p) => p.role)).toEqual(['consignee', 'shipper']);
    expect(parties.find((p) => p.role === 'shipper')?.name).toBe('Frutas del Pacífico S.A.');
  });
});

function routeTo(port: string) {
  return {
    portOfLoading: locode('ECGYE'),
    transshipmentPorts: [],
    portOfDischarge: locode(port),
  };
}

it('normalises party names for trigram search', () => {
  expect(normalisePartyName('  Frutas del Pacífico, S.A. ')).toBe('FRUTAS DEL PACIFICO S A');
});
