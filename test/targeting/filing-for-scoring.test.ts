// The consignment versions scoring takes from the intake of its own process are exactly those it
// would read back from storage (ids, versions, filing time, arrival of the call, documents), on
// each engine; a hand-off that does not hold every version of the filing is not used, one is
// taken once, and only the latest filing is held.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import {
  saveFiledConsignments,
  takeFiledConsignments,
} from '../../src/services/intake/filed-consignments.ts';
import { filingForScoring } from '../../src/services/targeting/filing-for-scoring.ts';
import {
  consignmentsForScoring,
  saveConsignmentVersions,
  upsertPortCall,
  type ScoringConsignment,
} from '../../src/storage/index.ts';
import { consignmentFixture, locode, VESSEL_IMO } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';

const AGENCY = 'hand-off';
const filedAt = new Date('2026-03-01T10:00:00.123Z');

/** Bills of two calls (one with an ETA, one without). */
function bills(prefix: string): Consignment[] {
  return Array.from({ length: 6 }, (_, i) =>
    consignmentFixture(`${prefix}${i}`, {
      voyageNumber: i % 2 === 0 ? 'HO01' : 'HO02',
      ...(i === 4
        ? {
            route: {
              portOfLoading: locode('BRSSZ'),
              transshipmentPorts: [],
              portOfDischarge: locode('BEANR'),
            },
          }
        : {}),
    }),
  );
}

const byBill = (list: readonly ScoringConsignment[]) =>
  [...list].sort((a, b) => a.consignment.billNumber.localeCompare(b.consignment.billNumber));

describeEachEngine('filing for scoring: the intake hand-off', (getDb) => {
  it('gives what storage gives, once, and only when it holds the whole filing', async () => {
    const { db } = getDb();
    await upsertPortCall(
      db,
      {
        vesselImo: VESSEL_IMO,
        voyageNumber: 'HO01',
        port: locode('BEANR'),
        eta: '2026-03-04T06:00:00Z',
      },
      filedAt,
    );
    const filingId = randomUUID();
    // A second version of one bill first, from another filing: versions count on from it.
    await saveConsignmentVersions(db, {
      agencyId: AGENCY,
      filingId: randomUUID(),
      filedAt,
      consignments: bills('HO').slice(0, 1),
    });
    const all = bills('HO');
    await saveFiledConsignments(db, {
      agencyId: AGENCY,
      filingId,
      filedAt,
      consignments: all.slice(0, 4),
    });
    await saveFiledConsignments(db, {
      agencyId: AGENCY,
      filingId,
      filedAt,
      consignments: all.slice(4),
    });
    const handed = await filingForScoring(db, filingId);
    const stored = await consignmentsForScoring(db, filingId);
    expect(handed).toHaveLength(6);
    expect(byBill(handed)).toEqual(byBill(stored));
    expect(handed.find((s) => s.consignment.billNumber === 'HO0')?.version).toBe(2);
    expect(handed.find((s) => s.consignment.billNumber === 'HO0')?.arrivalAt).toBe(
      '2026-03-04T06:00:00.000Z',
    );
    expect(handed.find((s) => s.consignment.billNumber === 'HO1')?.arrivalAt).toBeUndefined();
    // Taken once: the next scoring of the filing reads it back.
    expect(takeFiledConsignments(filingId)).toBeUndefined();

    // One filing is held at a time: the next one's intake pushes the one before out.
    const [x, y] = [randomUUID(), randomUUID()];
    await saveFiledConsignments(db, {
      agencyId: AGENCY,
      filingId: x,
      filedAt,
      consignments: bills('HX'),
    });
    await saveFiledConsignments(db, {
      agencyId: AGENCY,
      filingId: y,
      filedAt,
      consignments: bills('HY'),
    });
    expect(takeFiledConsignments(x)).toBeUndefined();
    expect(takeFiledConsignments(y)?.versions).toHaveLength(6);

    // A filing stored partly around the hand-off: the hand-off is set aside, storage read.
    const partial = randomUUID();
    const more = bills('HP');
    await saveFiledConsignments(db, {
      agencyId: AGENCY,
      filingId: partial,
      filedAt,
      consignments: more.slice(0, 3),
    });
    await saveConsignmentVersions(db, {
      agencyId: AGENCY,
      filingId: partial,
      filedAt,
      consignments: more.slice(3),
    });
    const read = await filingForScoring(db, partial);
    expect(read).toHaveLength(6);
    expect(byBill(read)).toEqual(byBill(await consignmentsForScoring(db, partial)));
  });
});
