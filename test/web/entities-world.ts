/**
 * The data the entities and dashboard browser test works on, written through the services into a
 * fresh data directory: an analyst and the demo's targeting officer; a vessel call of eight
 * consignments whose consignee files under two spellings with one address, phone and e-mail (one
 * entity with an alias), whose other bills have one shipper (the two deal repeatedly: a
 * community) and whose third shipper is on the bundled OFAC list (an open screening hit); and that call planned with a random control share, scanned and partly seized, so the
 * dashboard has figures. Beside it, a shipper without EORI, VAT or IMO filed on 64 bills at one
 * address under 24 spellings of its name (one entity whose records are 24 lines).
 */
import { createHash, randomUUID } from 'node:crypto';
import { DEMO_ACCOUNTS, demoPassword } from '../../src/cli/demo/demo-accounts.ts';
import type { Party } from '../../src/core/cargo/party.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { createAppContext, type AppContext } from '../../src/services/app-context.ts';
import { createLocalAccount } from '../../src/services/auth/index.ts';
import { createScreeningService } from '../../src/services/entities/index.ts';
import { createOutcomesService, type OutcomesService } from '../../src/services/outcomes/index.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import { insertAssessments, saveConsignmentVersion } from '../../src/storage/index.ts';
import { consignmentFixture, containerNo, VESSEL_IMO } from '../support/cargo-fixtures.ts';
import { AGENCY, callId } from './web-world.ts';

export const ANALYST = {
  username: 'e2e-analyst',
  password: 'quay-crane-lantern-2026',
  displayName: 'Ana Example',
} as const;

const officerAccount = DEMO_ACCOUNTS.find((a) => a.username === 'officer');
if (officerAccount?.role !== 'targeting-officer')
  throw new Error('the demo officer is expected to be a targeting officer');
/** The demo's officer: targeting, outcomes and statistics, but no entity permission. */
export const OFFICER = {
  username: officerAccount.username,
  password: demoPassword(officerAccount.username),
  displayName: officerAccount.displayName,
} as const;

export const CALL = { voyageNumber: '2405E', consignments: 8 } as const;
export const CONSIGNEE = 'Noordzee Fruit Trading BV';
export const CONSIGNEE_ALIAS = 'NOORDZEE FRUIT TRADING B.V.';
export const CONSIGNEE_EMAIL = 'import@noordzee-fruit.be';
/** On the bundled OFAC SDN list as "COLOMBIANA DE CERDOS LTDA." (narcotics trafficking). */
export const LISTED_SHIPPER = 'Colombiana de Cerdos Ltda';
/** The shipper of the other seven bills, with one address and phone (one entity). */
export const SHIPPER = 'Frutas del Pacífico S.A.';
export const LISTED_BILL_INDEX = 2;
export const billOf = (i: number) => `HLCU9${String(i).padStart(5, '0')}`;

const address = (a: Record<string, string>) => a as NonNullable<Party['address']>;

function partiesOf(i: number): Party[] {
  const consignee: Party = {
    role: 'consignee',
    name: i % 2 === 0 ? CONSIGNEE : CONSIGNEE_ALIAS,
    address: address({
      street: 'Noorderlaan 12',
      city: 'Antwerpen',
      postcode: '2030',
      country: 'BE',
    }),
    phone: i % 2 === 0 ? '+32 3 555 1234' : '0032 3 5551234',
    email: CONSIGNEE_EMAIL,
  };
  const shipper: Party =
    i === LISTED_BILL_INDEX
      ? { role: 'shipper', name: LISTED_SHIPPER, address: address({ city: 'Cali', country: 'CO' }) }
      : {
          role: 'shipper',
          name: SHIPPER,
          address: address({ street: 'Av. 9 de Octubre 100', city: 'Guayaquil', country: 'EC' }),
          phone: '+593 4 230 1000',
        };
  return [shipper, consignee];
}

async function seedConsignments(context: AppContext): Promise<string[]> {
  const { db } = context.database;
  const ids: string[] = [];
  for (let i = 0; i < CALL.consignments; i++) {
    const bill = billOf(i);
    const number = containerNo(400_000 + i);
    const stored = await saveConsignmentVersion(db, {
      agencyId: AGENCY,
      filingId: randomUUID(),
      filedAt: new Date(Date.UTC(2026, 10, 18)),
      consignment: consignmentFixture(bill, {
        voyageNumber: CALL.voyageNumber,
        parties: partiesOf(i),
        equipment: [{ containerNumber: number, isoSizeType: '45R1', fullEmpty: 'full', seals: [] }],
      }),
    });
    ids.push(stored.id);
    const score = 0.9 - i / 20;
    await insertAssessments(db, [
      {
        agencyId: AGENCY,
        consignmentId: stored.id,
        billNumber: bill,
        containerNumber: number,
        vesselImo: VESSEL_IMO,
        voyageNumber: CALL.voyageNumber,
        port: 'BEANR',
        score,
        band: score > 0.8 ? 'high' : 'medium',
        mandatoryHold: false,
        explanation: { text: `Score ${score}`, reasons: [] },
        ruleSetVersion: 'default-1',
        features: {},
        assessedAt: new Date(Date.UTC(2026, 10, 21, 8, 0, i)),
      },
    ]);
  }
  return ids;
}

/** A shipper without EORI, VAT or IMO whose carriers retype its name: one entity of many lines. */
export const BIG_SHIPPER = {
  name: 'Manufacturing Li Co., Ltd.',
  bills: 64,
  voyageNumber: '2406E',
  /** Ways its name is filed: as it is, each letter's case turned once, and three more. */
  spellings: 24,
} as const;

/** The shipper's name as its n-th spelling files it. */
export function bigShipperName(n: number): string {
  const base = BIG_SHIPPER.name;
  const letters = [...base].flatMap((c, at) => (/[a-z]/i.test(c) ? [at] : []));
  const extra = [
    'MANUFACTURING LI CO., LTD.',
    'manufacturing li co., ltd.',
    'Manufacturing Li Co Ltd',
  ];
  if (n === 0) return base;
  const at = letters[n - 1];
  if (at === undefined) return extra[n - 1 - letters.length] ?? base;
  const c = base.charAt(at);
  const turned = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
  return `${base.slice(0, at)}${turned}${base.slice(at + 1)}`;
}

/** When its i-th bill was filed: over five days of November 2026. */
export const bigShipperFiledAt = (i: number) => new Date(Date.UTC(2026, 10, 10 + (i % 5), 9));

/** Its bills, each with one container and no other party. */
async function seedBigShipper(context: AppContext): Promise<void> {
  for (let i = 0; i < BIG_SHIPPER.bills; i++) {
    const number = containerNo(500_000 + i);
    await saveConsignmentVersion(context.database.db, {
      agencyId: AGENCY,
      filingId: randomUUID(),
      filedAt: bigShipperFiledAt(i),
      consignment: consignmentFixture(`YIWU${String(i).padStart(6, '0')}`, {
        voyageNumber: BIG_SHIPPER.voyageNumber,
        parties: [
          {
            role: 'shipper',
            name: bigShipperName(i % BIG_SHIPPER.spellings),
            address: address({
              street: '69 Gangwan Avenue',
              city: 'Yiwu',
              postcode: '3220',
              country: 'CN',
            }),
            phone: '+86 43 180 3336',
            email: 'export@manufacturingltd.cn',
          },
        ],
        goods: [
          {
            sequence: 1,
            description: 'Plastic toys',
            packages: { count: 900, kind: 'CT' },
            grossWeightKg: 9_000,
            containerNumbers: [number],
          },
        ],
        equipment: [{ containerNumber: number, isoSizeType: '45G1', fullEmpty: 'full', seals: [] }],
      }),
    });
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const officer = createActor({
  kind: 'user',
  id: 'e2e-seed-officer',
  agencyId: AGENCY,
  roles: ['targeting-officer'],
});
const inspector = createActor({
  kind: 'user',
  id: 'e2e-seed-inspector',
  agencyId: AGENCY,
  roles: ['inspection-team'],
});

/** Finds per arm: two targeted scans and one control scan find cocaine, the others are clear. */
const FINDS: Readonly<Record<string, number>> = { targeted: 2, control: 1 };

/** Scans every selection of the call; the finds are searched and seized, the others released. */
async function recordOutcomes(outcomes: OutcomesService): Promise<void> {
  const selections = await outcomes.listSelections(officer, {
    callId: callId(CALL.voyageNumber),
    state: 'selected',
  });
  const found = new Map<string, number>();
  for (const [i, s] of selections.entries()) {
    const seize = (found.get(s.reason) ?? 0) < (FINDS[s.reason] ?? 0);
    if (seize) found.set(s.reason, (found.get(s.reason) ?? 0) + 1);
    const imageRef = `scans/${s.containerNumber}.tiff`;
    let d = await outcomes.recordScan(officer, s.id, {
      version: s.version,
      scannerId: 'scanner-1',
      imageRef,
      imageSha256: sha256(imageRef),
      verdict: seize ? 'anomaly' : 'clear',
      ...(seize ? { anomalyZones: ['door end'] } : {}),
    });
    if (!seize) {
      await outcomes.release(officer, s.id, { version: d.version });
      continue;
    }
    d = await outcomes.recordInspection(inspector, s.id, {
      version: d.version,
      team: 'search team 1',
      findings: 'bags behind the doors',
      found: true,
    });
    await outcomes.recordSeizure(inspector, s.id, {
      version: d.version,
      substance: 'cocaine',
      grossKg: 32.4 + i,
      netKg: 30 + i,
      packages: 27,
      concealment: 'door-bags',
      location: 'behind the doors',
      evidence: [{ sha256: sha256(`${s.containerNumber}|photo`), description: 'photographs' }],
    });
  }
}

export async function seedEntitiesWorld(dataDir: string): Promise<void> {
  const context = await createAppContext({ dataDir });
  try {
    await createLocalAccount(context.database, {
      ...ANALYST,
      agencyId: AGENCY,
      roles: ['analyst'],
    });
    await createLocalAccount(context.database, {
      ...OFFICER,
      agencyId: AGENCY,
      roles: ['targeting-officer'],
    });
    const consignmentIds = await seedConsignments(context);
    await seedBigShipper(context);
    const deps = { database: context.database, clock: context.clock };
    await createScreeningService(deps).screenStored(context.database.db, AGENCY, {
      consignmentIds,
    });
    await createTargetingService({ ...deps, workerName: 'e2e' }).makeScanPlan(
      officer,
      callId(CALL.voyageNumber),
      { capacity: 6, controlShare: 0.5, shift: 'day', seed: 'entities-e2e' },
    );
    await recordOutcomes(createOutcomesService(deps));
  } finally {
    await context.close();
  }
}
