/**
 * The data the browser tests work on, written through the services and repositories into a fresh
 * data directory: one account holding the roles of the scenario (and an administrator, an
 * analyst and an auditor of one role each, and a second officer whose steps the pages must show
 * by name), a vessel call of 40 containers
 * with their bills and events, and a call of 2,000 assessed containers for the rendering test;
 * the vessel is named, the small call due in a few hours and the big one arrived two days ago.
 */
import { randomUUID } from 'node:crypto';
import { createAppContext } from '../../src/services/app-context.ts';
import { createLocalAccount } from '../../src/services/auth/index.ts';
import { defaultRuleSet } from '../../src/services/targeting/default-rule-set.ts';
import {
  appendFilingVersion,
  applyPortCallReports,
  insertAssessments,
  insertContainerEvents,
  insertLookoutHit,
  recordRetractions,
  saveConsignmentVersion,
  upsertPortCall,
  upsertScanner,
  upsertVessel,
  type AssessmentRecord,
  type Db,
} from '../../src/storage/index.ts';
import {
  consignmentFixture,
  containerEventFixture,
  containerNo,
  locode,
  VESSEL_IMO,
} from '../support/cargo-fixtures.ts';

export const E2E_USER = {
  username: 'e2e-officer',
  password: 'lantern-quay-harbour-2026',
  displayName: 'Elise Example',
} as const;
/** Accounts of a single role each: an administrator (no page of the app) and an auditor. */
export const ADMIN_USER = {
  username: 'e2e-admin',
  password: 'portcullis-keeper-2026',
  displayName: 'Ada Admin',
} as const;
export const AUDITOR_USER = {
  username: 'e2e-auditor',
  password: 'ledger-checker-2026',
  displayName: 'Otto Auditor',
} as const;
export const ANALYST_USER = {
  username: 'e2e-analyst',
  password: 'network-reader-2026',
  displayName: 'Nora Analyst',
} as const;
/** A second officer of the agency, who records a step the signed-in officer then reads. */
export const OTHER_OFFICER = {
  username: 'e2e-officer-2',
  password: 'crane-gantry-tally-2026',
  displayName: 'Theo Quayside',
} as const;
export const AGENCY = 'local';
export const SMALL_CALL = { voyageNumber: '2403W', containers: 40 } as const;
export const BIG_CALL = { voyageNumber: '2411E', containers: 2_000 } as const;
/** A call known only from its arrival: no cargo report filed yet. */
export const UNFILED_CALL = '2412W';
/** A hit of a lookout (not listed here: the page names it by its id) on the small call's sixth bill. */
export const SEEDED_HIT = {
  lookoutId: 'indicator--5e1d0c2a-7b1f-4c3e-9a40-000000000005',
  billNumber: 'MAEU700005',
  containerNumber: containerNo(300_005),
} as const;
export const callId = (voyage: string) => `${VESSEL_IMO}:${voyage}:BEANR`;
export const VESSEL_NAME = 'MSC LANTERN';

const REASONS = [
  {
    kind: 'rule',
    ref: 'R-ROUTE-1',
    text: 'Transshipped through a port on the high-risk route list',
  },
  // A rule of the bundled default set, worded as scoring words it: read in French or Dutch.
  {
    kind: 'rule',
    ref: 'EVENT-MISSING-LOAD',
    text: 'Rule EVENT-MISSING-LOAD: Container discharged with no load event recorded',
  },
  { kind: 'model', ref: 'gbdt', text: 'Model: reefer with bananas from Guayaquil' },
];

function assessment(
  i: number,
  voyage: string,
  consignmentId: string,
  bill: string,
): AssessmentRecord {
  const score = Math.round((1 - i / 2_100) * 1000) / 1000;
  return {
    agencyId: AGENCY,
    consignmentId,
    billNumber: bill,
    containerNumber: containerNo(300_000 + i + (voyage === BIG_CALL.voyageNumber ? 10_000 : 0)),
    vesselImo: VESSEL_IMO,
    voyageNumber: voyage,
    port: 'BEANR',
    score,
    band: score > 0.8 ? 'high' : score > 0.5 ? 'medium' : 'low',
    mandatoryHold: i === 0,
    explanation: { text: `Score ${score}`, reasons: REASONS.slice(0, 1 + (i % 3)) },
    ruleSetVersion: `${defaultRuleSet().set.id}@${defaultRuleSet().set.version}`,
    features: {},
    assessedAt: new Date(Date.UTC(2026, 10, 22, 8, 0, 0) + i),
  };
}

export async function seedWebWorld(dataDir: string): Promise<void> {
  const context = await createAppContext({ dataDir });
  try {
    const { db } = context.database;
    await createLocalAccount(context.database, {
      ...E2E_USER,
      agencyId: AGENCY,
      roles: ['targeting-officer', 'inspection-team', 'analyst', 'liaison-officer', 'supervisor'],
    });
    await createLocalAccount(context.database, {
      ...ADMIN_USER,
      agencyId: AGENCY,
      roles: ['admin'],
    });
    await createLocalAccount(context.database, {
      ...ANALYST_USER,
      agencyId: AGENCY,
      roles: ['analyst'],
    });
    await createLocalAccount(context.database, {
      ...AUDITOR_USER,
      agencyId: AGENCY,
      roles: ['auditor'],
    });
    await createLocalAccount(context.database, {
      ...OTHER_OFFICER,
      agencyId: AGENCY,
      roles: ['targeting-officer', 'inspection-team'],
    });
    const small: AssessmentRecord[] = [];
    for (let i = 0; i < SMALL_CALL.containers; i++) {
      const bill = `MAEU7${String(i).padStart(5, '0')}`;
      const number = containerNo(300_000 + i);
      const consignment = consignmentFixture(bill, {
        goods: [
          {
            sequence: 1,
            description: 'Fresh bananas',
            packages: { count: 1080, kind: 'CT' },
            grossWeightKg: 21_600,
            containerNumbers: [number],
          },
        ],
        equipment: [{ containerNumber: number, isoSizeType: '45R1', fullEmpty: 'full', seals: [] }],
      });
      const stored = await saveConsignmentVersion(db, {
        agencyId: AGENCY,
        consignment,
        filingId: randomUUID(),
        filedAt: new Date(Date.UTC(2026, 10, 20)),
      });
      small.push(assessment(i, SMALL_CALL.voyageNumber, stored.id, bill));
      if (bill === SEEDED_HIT.billNumber)
        await insertLookoutHit(db, {
          lookoutId: SEEDED_HIT.lookoutId,
          lookoutOwner: AGENCY,
          consignmentId: stored.id,
          billNumber: bill,
          containerNumbers: [number],
          matchedOn: ['container-number'],
          mandatoryHold: true,
          at: new Date(Date.UTC(2026, 10, 21, 6, 30)),
        });
    }
    await insertAssessments(db, small);
    await insertContainerEvents(db, [
      containerEventFixture(1, {
        containerNumber: containerNo(300_000),
        eventType: 'LOAD',
        location: locode('ECGYE'),
        eventAt: '2026-11-02T10:00:00.000Z',
        sourceEventId: 'e2e-1',
      }),
    ]);
    await seedDischargeReports(db);
    const big: AssessmentRecord[] = [];
    const bigId = randomUUID();
    for (let i = 0; i < BIG_CALL.containers; i++)
      big.push(assessment(i, BIG_CALL.voyageNumber, bigId, `MAEU8${String(i).padStart(5, '0')}`));
    await insertAssessments(db, big);
    await seedArrivals(db);
  } finally {
    await context.close();
  }
}

/**
 * The vessel by name, the small call due in six hours (upcoming) and the big one arrived two
 * days ago (past), both relative to the real clock the server reads; and a call known only from
 * the terminal's report that the vessel arrived an hour ago (BEANR a home port), no cargo report
 * filed yet.
 */
async function seedArrivals(db: Db): Promise<void> {
  const now = Date.now();
  const iso = (hours: number) => new Date(now + hours * 3_600_000).toISOString();
  await upsertVessel(db, { imo: VESSEL_IMO, name: VESSEL_NAME }, new Date(now));
  const call = { vesselImo: VESSEL_IMO, port: locode('BEANR') };
  await upsertPortCall(
    db,
    { ...call, voyageNumber: SMALL_CALL.voyageNumber, eta: iso(6) },
    new Date(now),
  );
  await upsertPortCall(
    db,
    { ...call, voyageNumber: BIG_CALL.voyageNumber, eta: iso(-49), ata: iso(-48) },
    new Date(now),
  );
  await upsertScanner(db, {
    agencyId: AGENCY,
    port: locode('BEANR'),
    terminal: '',
    name: 'BEANR-1',
    containersPerHour: 20,
  });
  const arrival = { eventType: 'ARRI', classifier: 'ACT', eventAt: iso(-1) } as const;
  const events = [{ ...call, ...arrival, voyageNumber: UNFILED_CALL, location: call.port }];
  await applyPortCallReports(db, {
    agencyId: AGENCY,
    sender: 'BEANRPSA',
    events,
    at: new Date(now),
  });
}

/**
 * One discharge of the first container reported twice, as a terminal's COARRI and the carrier's
 * DCSA event two minutes apart with different seals: the page shows one move, both senders and
 * the seal disagreement; and a discharge at the transshipment port the carrier retracted, shown
 * as retracted.
 */
async function seedDischargeReports(db: Db): Promise<void> {
  const reports = [
    { sender: 'BEANRPSA', messageType: 'COARRI', format: 'edifact', minute: 0, seal: 'S2' },
    { sender: 'MAEU', messageType: 'DCSA-TNT', format: 'dcsa-json', minute: 2, seal: 'S2X' },
  ] as const;
  for (const r of reports) {
    const filing = await appendFilingVersion(db, {
      agencyId: AGENCY,
      sender: r.sender,
      messageType: r.messageType,
      documentNumber: `e2e-${r.messageType}`,
      function: 'original',
      format: r.format,
      status: 'accepted',
      diagnostics: [],
      receivedAt: new Date(Date.UTC(2026, 10, 21, 6, 30 + r.minute)),
    });
    const event = containerEventFixture(2, {
      containerNumber: containerNo(300_000),
      eventType: 'DISC',
      eventAt: `2026-11-21T06:0${r.minute}:00.000Z`,
      seals: [{ number: r.seal }],
      sourceEventId: `e2e-2-${r.sender}`,
    });
    await insertContainerEvents(db, [event], { filingId: filing.id });
  }
  // The carrier's discharge at the transshipment port, which it then retracted.
  const filing = await appendFilingVersion(db, {
    agencyId: AGENCY,
    sender: 'MAEU',
    messageType: 'DCSA-TNT',
    documentNumber: 'e2e-DCSA-retracted',
    function: 'original',
    format: 'dcsa-json',
    status: 'accepted',
    diagnostics: [],
    receivedAt: new Date(Date.UTC(2026, 10, 12)),
  });
  const retracted = containerEventFixture(3, {
    containerNumber: containerNo(300_000),
    eventType: 'DISC',
    location: locode('PAMIT'),
    eventAt: '2026-11-10T04:00:00.000Z',
    sourceEventId: 'e2e-3-MAEU',
  });
  await insertContainerEvents(db, [retracted], { filingId: filing.id });
  const at = new Date(Date.UTC(2026, 10, 13));
  await recordRetractions(db, {
    sender: 'MAEU',
    eventIds: ['e2e-3-MAEU'],
    filingId: filing.id,
    at,
  });
}
