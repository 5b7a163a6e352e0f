// Records of one agency that routes read by id, for the path dimension of the authorization
// matrix (`authz-path-ids.ts`): a rule set draft of its analysts and a seizure (its first
// selection scanned, inspected and seized), each carrying a marker only this agency's records
// have, and the real ids of its records of every kind a path names.
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import type { AppContext } from '../../src/services/app-context.ts';
import { createOutcomesService } from '../../src/services/outcomes/index.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/storage/db.ts';

export interface AgencyRecords {
  readonly ruleSetId: string;
  readonly seizureId: string;
  /** The rule set's id and the seizure's location: only this agency's records carry them. */
  readonly markers: readonly string[];
}

/** The real ids of one agency's records, by the kind a path parameter names. */
export interface AgencyIds {
  readonly submission: string;
  readonly filingKey: string;
  readonly consignment: string;
  readonly bill: string;
  readonly container: string;
  readonly selection: string;
  readonly ruleSet: string;
  readonly seizure: string;
}

const person = (agencyId: string, role: Actor['roles'][number]) =>
  createActor({ kind: 'user', id: `${role}.${agencyId}.records`, agencyId, roles: [role] });
const sha = (n: number) => n.toString(16).padStart(64, '0');

export async function seedAgencyRecords(
  ctx: AppContext,
  agencyId: string,
  owner: string,
): Promise<AgencyRecords> {
  const { database, clock } = ctx;
  const setId = `${owner.toLowerCase()}-path-rules`;
  const targeting = createTargetingService({ database, clock, workerName: `records-${owner}` });
  const rule = { id: 'R', version: 1, owner: agencyId, title: setId, status: 'active' };
  const ruleSet = await targeting.addRuleSet(person(agencyId, 'analyst'), {
    id: setId,
    version: '1',
    rules: [{ ...rule, weight: 0.5, condition: 'coverLoad = bananas', reason: 'Bananas.' }],
  });
  const outcomes = createOutcomesService({ database, clock });
  const officer = person(agencyId, 'targeting-officer');
  const inspector = person(agencyId, 'inspection-team');
  const [first] = await outcomes.listSelections(officer, { state: 'selected' });
  if (!first) throw new Error(`${agencyId} has no selection to seize`);
  const location = `${owner} seizure, behind the doors`;
  await outcomes.recordScan(officer, first.id, {
    version: 1,
    scannerId: 'BEANR-S1',
    imageRef: `img/${owner}`,
    imageSha256: sha(1),
    verdict: 'anomaly',
    anomalyZones: ['door end'],
  });
  const inspection = { version: 2, team: 'T3', findings: 'bags', found: true };
  await outcomes.recordInspection(inspector, first.id, inspection);
  const seized = await outcomes.recordSeizure(inspector, first.id, {
    version: 3,
    substance: 'cocaine',
    grossKg: 11,
    netKg: 10,
    packages: 9,
    concealment: 'door-bags',
    location,
    evidence: [{ sha256: sha(2), description: 'photo' }],
  });
  const seizureId = seized.seizures[0]?.id;
  if (!seizureId) throw new Error(`${agencyId}: no seizure recorded`);
  return { ruleSetId: ruleSet.id, seizureId, markers: [setId, location] };
}

/** The agency's real ids: its carrier's first filing and bill, its first selection, its records. */
export async function agencyIdsOf(
  ctx: AppContext,
  cargo: {
    readonly agencyId: string;
    readonly senderId: string;
    readonly submissionIds: readonly string[];
  },
  records: AgencyRecords,
): Promise<AgencyIds> {
  const result = await ctx.database.db.execute(sql`
    SELECT f.filing_key, c.id AS consignment, c.bill_number, cc.container_number,
      (SELECT s.id FROM outcome_selections s WHERE s.agency_id = ${cargo.agencyId}
        ORDER BY s.id LIMIT 1) AS selection
    FROM filings f JOIN consignments c ON c.filing_id = f.id
    JOIN consignment_containers cc ON cc.consignment_id = c.id
    WHERE f.agency_id = ${cargo.agencyId} AND f.sender = ${cargo.senderId}
    ORDER BY f.received_at, c.bill_number LIMIT 1`);
  const [row] = rowsOf<Record<string, string>>(result);
  if (!row) throw new Error(`${cargo.agencyId}: no filing of its carrier`);
  return {
    submission: cargo.submissionIds[0] ?? '',
    filingKey: String(row.filing_key),
    consignment: String(row.consignment),
    bill: String(row.bill_number),
    container: String(row.container_number),
    selection: String(row.selection),
    ruleSet: records.ruleSetId,
    seizure: records.seizureId,
  };
}
