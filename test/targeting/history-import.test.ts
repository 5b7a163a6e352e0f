// A node that goes live imports its past bills (CSV manifests with the date each was filed and
// what its examination found) into the party and route history, so its first scoring knows the
// shippers and consignees it has seen, their seizures and the route's, instead of taking every
// party for a first shipment. Bills in error are reported where they are and left out; a file
// imported twice changes nothing.
import { expect, it } from 'vitest';
import type { FeatureValues } from '../../src/risk/features/feature-vector.ts';
import type { Clock } from '../../src/services/clock.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import type { StoredExplanation } from '../../src/services/targeting/stored-explanation.ts';
import { loadPartyHistory, normalisePartyName } from '../../src/storage/index.ts';
import { consignmentFixture, containerNo, onContainer } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { fileForScoring } from '../support/file-for-scoring.ts';
import { AGENCY, officer } from './targeting-officer.ts';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const SHIPPER = 'Frutas del Pacífico S.A.';
const CONSIGNEE = 'Antwerp Fresh Imports BV';

const header =
  'bill_number,port_of_loading,transshipment_ports,port_of_discharge,shipper_name,consignee_name,hs_code,description,packages,container_number,Filing Date,outcome';
const row = (bill: string, shipper: string, n: number, filed: string, outcome = '') =>
  `${bill},ECGYE,PAMIT,BEANR,${shipper},${CONSIGNEE},080390,Fresh bananas,1080,${containerNo(n)},${filed},${outcome}`;

const FILE = [
  header,
  row('OLD001', SHIPPER, 700_001, '2025-11-03'),
  row('OLD002', SHIPPER, 700_002, '2025-12-01', 'Seizure'),
  row('OLD003', 'Old Exporter Ltd', 700_003, '2026-01-15T10:00:00+02:00', 'hit'),
  row('OLD004', 'Bad Date SA', 700_004, '2025-02-30'),
  row('OLD005', 'Bad Outcome SA', 700_005, '2025-11-04', 'maybe'),
  row('OLD006', 'Future SA', 700_006, '2027-01-01'),
  // A container number with a wrong check digit: the manifest's own error, bill left out.
  `OLD007,ECGYE,,BEANR,Bad Box SA,${CONSIGNEE},080390,Bananas,10,MSKU1234560,2025-11-05,`,
].join('\n');

describeEachEngine('targeting: history import at go-live', (getDb) => {
  it('counts past bills into the history that scoring reads, once', async () => {
    const clock: Clock = { now: () => new Date(NOW) };
    const targeting = createTargetingService({ database: getDb(), clock, workerName: 'history' });
    const report = await targeting.importHistory(officer, { name: 'past.csv', text: FILE });
    expect(report).toMatchObject({
      file: 'past.csv',
      bills: 3,
      imported: 3,
      alreadyCounted: 0,
      rejected: 4,
      seizures: 1,
      hits: 1,
      from: '2025-11-03T00:00:00.000Z',
      to: '2026-01-15T08:00:00.000Z',
    });
    const where = (code: string) =>
      report.diagnostics.filter((d) => d.code === code).map((d) => [d.at?.record, d.at?.field]);
    expect(where('history.filed-at')).toEqual([[5, 'Filing Date']]);
    expect(where('history.outcome')).toEqual([[6, 'outcome']]);
    expect(where('history.filed-at-future')).toEqual([[7, 'filed_at']]);
    expect(report.diagnostics.map((d) => d.code)).toContain('csv.consignment-rejected');
    expect(report.diagnostics.filter((d) => d.code === 'csv.unknown-column')).toEqual([]);

    const key = { role: 'shipper', key: normalisePartyName(SHIPPER) };
    const [shipper] = (await loadPartyHistory(getDb().db, AGENCY, [key])).values();
    expect(shipper).toMatchObject({
      firstSeenAt: '2025-11-03T00:00:00.000Z',
      shipments: 2,
      seizures: 1,
      hits: 1,
      chapters: { '08': 2 },
    });

    // New bills of both shippers scored after the import: not first shipments, the seizure
    // counted (for the shipper and the consignee), the node's history as long as the import.
    const old = consignmentFixture('NEW002');
    await fileForScoring(getDb(), {
      agencyId: AGENCY,
      bills: [
        onContainer(consignmentFixture('NEW001'), containerNo(700_100)),
        onContainer(
          {
            ...old,
            parties: old.parties.map((p) =>
              p.role === 'shipper' ? { ...p, name: 'Old Exporter Ltd' } : p,
            ),
          },
          containerNo(700_101),
        ),
      ],
      filedAt: clock.now(),
    });
    expect(await targeting.scorePending(officer)).toMatchObject({ containers: 2, failed: 0 });
    const [a] = await targeting.getAssessment(officer, containerNo(700_100));
    const values = a!.features as FeatureValues;
    expect(values).toMatchObject({
      firstShipmentShipper: false,
      firstShipmentConsignee: false,
      shipperPriorShipments: 2,
      consigneePriorShipments: 3,
      partyPriorSeizures: 2,
      partyHistoryDays: 118,
      routeShipments: 3,
    });
    // First seen on the history's first day: it may be older than the history, so no age.
    expect(values.shipperAgeDays).toBeUndefined();
    // First seen 45 days before, well after the history began: its age is known.
    const [b] = await targeting.getAssessment(officer, containerNo(700_101));
    expect(b!.features).toMatchObject({ shipperAgeDays: 45 + 4 / 24, shipperPriorShipments: 1 });
    const fired = (a!.explanation as StoredExplanation).firedRules;
    expect(fired).not.toContain('PARTY-NEW-SHIPPER');
    expect(fired).not.toContain('PARTY-NEW-CONSIGNEE');

    // The same file again: every bill is counted already; nothing is added twice.
    const again = await targeting.importHistory(officer, { name: 'past.csv', text: FILE });
    expect(again).toMatchObject({ bills: 3, imported: 0, alreadyCounted: 3, seizures: 0, hits: 0 });
    const [after] = (await loadPartyHistory(getDb().db, AGENCY, [key])).values();
    // The two past bills and the one just scored.
    expect(after).toMatchObject({ shipments: 3, seizures: 1, hits: 1 });
    expect(await targeting.scorePending(officer)).toMatchObject({ containers: 0 });
  });

  it('refuses a file without filed_at, naming the column', async () => {
    const clock: Clock = { now: () => new Date(NOW) };
    const targeting = createTargetingService({ database: getDb(), clock, workerName: 'history' });
    const text = [header.replace(',Filing Date', ''), row('X1', SHIPPER, 700_200, '')].join('\n');
    const report = await targeting.importHistory(officer, { name: 'undated.csv', text });
    expect(report).toMatchObject({ imported: 0, rejected: 1 });
    expect(report.diagnostics[0]).toMatchObject({
      code: 'history.missing-filed-at',
      severity: 'error',
      at: { source: 'undated.csv', record: 1, field: 'filed_at' },
    });
  });
});
