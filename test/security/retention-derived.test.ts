// Purging a consignment takes what was derived from it alone: its assessments (and their
// call-queue rows), screening hits, the entity decisions naming its parties and the running
// history of a party no remaining consignment names, each with a tombstone, and the mark of its
// screening (no tombstone); outcomes of the purged bill stay for statistics, de-personalised
// (bill number a token, free text dropped; verdict, found, substance, weight, reason, propensity
// kept; the label loses only its link; the customs status messages sent about it carry the token
// too). A held consignment keeps all of it. Both engines.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createActor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createRetentionService } from '../../src/services/retention/retention.service.ts';
import { rowsOf } from '../../src/storage/db.ts';
import {
  appendFilingVersion,
  normalisePartyName,
  saveConsignmentVersion,
  storeRawMessage,
  type Database,
} from '../../src/storage/index.ts';
import { consignmentFixture } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';

const clock = fixedClock('2026-06-01T00:00:00.000Z');
const admin = createActor({ kind: 'user', id: 'admin-1', agencyId: 'be', roles: ['admin'] });
const supervisor = createActor({
  kind: 'user',
  id: 'sup-1',
  agencyId: 'be',
  roles: ['supervisor'],
});
const FILED = '2020-01-10T00:00:00Z';

/** An expired bill with an assessment, queue row, screening hit, entity decision and outcome. */
async function seed(db: Database['db'], bill: string) {
  const raw = await storeRawMessage(db, {
    agencyId: 'be',
    sender: 'carrier',
    receivedAt: new Date(FILED),
    contentType: 'application/json',
    bytes: new TextEncoder().encode(`{"bill":"${bill}"}`),
  });
  const filing = await appendFilingVersion(db, {
    agencyId: 'be',
    sender: 'carrier',
    messageType: 'CUSCAR',
    documentNumber: bill,
    function: 'original',
    format: 'edifact',
    rawMessageId: raw.message.id,
    status: 'accepted',
    diagnostics: [],
    receivedAt: new Date(FILED),
  });
  await saveConsignmentVersion(db, {
    agencyId: 'be',
    filingId: filing.id,
    consignment: consignmentFixture(bill, {
      parties: [{ role: 'shipper', name: `Shipper ${bill} S.A.`, address: { city: 'Guayaquil' } }],
    }),
    filedAt: new Date(FILED),
  });
  const [consignment] = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT id FROM consignments WHERE bill_number = ${bill}`),
  );
  const cid = consignment?.id ?? '';
  const [party] = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT id FROM parties WHERE consignment_id = ${cid}::uuid LIMIT 1`),
  );
  const [assessment] = rowsOf<{ id: string }>(
    await db.execute(sql`INSERT INTO assessments (agency_id, consignment_id, bill_number,
        container_number, vessel_imo, voyage_number, port, score, band, mandatory_hold,
        explanation, rule_set_version, features, assessed_at)
      VALUES ('be', ${cid}::uuid, ${bill}, 'MSCU1234565', '9321483', 'V1', 'BEANR', 0.9, 'high',
        false, '{}'::jsonb, 'r1', '{}'::jsonb, ${FILED}::timestamptz) RETURNING id`),
  );
  const aid = assessment?.id ?? '';
  await db.execute(sql`INSERT INTO call_queue (agency_id, vessel_imo, voyage_number, port,
      container_number, bill_number, assessment_id, score, band, mandatory_hold, assessed_at)
    VALUES ('be', '9321483', 'V1', 'BEANR', 'MSCU1234565', ${bill}, ${aid}::uuid, 0.9, 'high',
      false, ${FILED}::timestamptz)`);
  await db.execute(sql`INSERT INTO screening_hits (agency_id, consignment_id, bill_number,
      party_role, party_name, list_id, entry_id, matched_name, score, narcotics, programmes,
      reasons, created_at)
    VALUES ('be', ${cid}::uuid, ${bill}, 'shipper', 'Frutas del Pacífico S.A.', 'ofac', 'e1',
      'FRUTAS DEL PACIFICO', 0.97, true, '[]'::jsonb, '[]'::jsonb, ${FILED}::timestamptz)`);
  await db.execute(sql`INSERT INTO screened_consignments (consignment_id, agency_id,
      watchlist_state, screened_at) VALUES (${cid}::uuid, 'be', 'state', ${FILED}::timestamptz)`);
  await db.execute(sql`INSERT INTO entity_decisions (agency_id, kind, record_a, record_b, note,
      decided_by, decided_at)
    VALUES ('be', 'same', ${party?.id ?? ''}, 'other-party', 'same as Frutas', 'an-1',
      ${FILED}::timestamptz)`);
  const [selection] = rowsOf<{ id: string }>(
    await db.execute(sql`INSERT INTO outcome_selections (agency_id, plan_id, container_number,
        bill_number, vessel_imo, voyage_number, port, assessment_id, score, reason, propensity,
        mandatory_hold, state, version, verdict, found, created_at, updated_at)
      VALUES ('be', gen_random_uuid(), 'MSCU1234565', ${bill}, '9321483', 'V1', 'BEANR',
        ${aid}::uuid, 0.9, 'score', 0.8, false, 'closed', 3, 'anomaly', true,
        ${FILED}::timestamptz, ${FILED}::timestamptz) RETURNING id`),
  );
  const sid = selection?.id ?? '';
  await db.execute(sql`INSERT INTO outcome_inspections (selection_id, team, findings, found,
      recorded_by, recorded_at)
    VALUES (${sid}::uuid, 'team-1', 'Driver J. Smith present', true, 'insp-1', ${FILED}::timestamptz)`);
  await db.execute(sql`INSERT INTO targeting_outcomes (agency_id, container_number, assessment_id,
      reason, propensity, found, recorded_at)
    VALUES ('be', 'MSCU1234565', ${aid}::uuid, 'score', 0.8, true, ${FILED}::timestamptz)`);
  await db.execute(sql`INSERT INTO customs_status_events (agency_id, selection_id,
      container_number, bill_number, code, at, port, vessel_imo, voyage_number)
    VALUES ('be', ${sid}::uuid, 'MSCU1234565', ${bill}, 'HLD', ${FILED}::timestamptz, 'BEANR',
      '9321483', 'V1')`);
  await db.execute(sql`INSERT INTO party_history (agency_id, role, party_key, first_seen_at,
      shipments, seizures, hits, commodity_shipments, chapters)
    VALUES ('be', 'shipper', ${normalisePartyName(`Shipper ${bill} S.A.`)}, ${FILED}::timestamptz,
      3, 1, 0, 3, '{"08": 3}')`);
  return { cid, aid, sid };
}

describeEachEngine('retention of derived records', (getDb) => {
  it('removes assessments, hits and decisions of a purged consignment, de-personalises its outcomes, and spares a held one', async () => {
    const d = getDb();
    const gone = await seed(d.db, 'GONE1');
    const held = await seed(d.db, 'HELD2');
    const service = createRetentionService({ database: d, clock });
    await service.placeHold(supervisor, { kind: 'consignment', targetId: 'HELD2', reason: 'case' });
    const run = await service.run(admin, ['cargo']);
    expect(run.classes[0]?.steps).toMatchObject({
      consignment: 4,
      outcome: 1,
      'party-history': 1,
    });

    const count = async (table: string, column: string, id: string) =>
      rowsOf<{ n: number }>(
        await d.db.execute(
          sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE ${sql.raw(column)}::text = ${id}`,
        ),
      )[0]?.n;
    for (const [side, expected] of [
      [gone, 0],
      [held, 1],
    ] as const) {
      expect(await count('assessments', 'consignment_id', side.cid)).toBe(expected);
      expect(await count('call_queue', 'assessment_id', side.aid)).toBe(expected);
      expect(await count('screening_hits', 'consignment_id', side.cid)).toBe(expected);
      expect(await count('screened_consignments', 'consignment_id', side.cid)).toBe(expected);
      expect(await count('targeting_outcomes', 'assessment_id', side.aid)).toBe(expected);
    }
    const decisions = rowsOf<{ note: string }>(
      await d.db.execute(sql`SELECT note FROM entity_decisions`),
    );
    expect(decisions).toHaveLength(1);

    const kinds = rowsOf<{ record_kind: string; n: number }>(
      await d.db.execute(sql`SELECT record_kind, count(*)::int AS n FROM retention_tombstones
        WHERE run_id = ${run.runId}::uuid GROUP BY record_kind ORDER BY record_kind`),
    );
    expect(Object.fromEntries(kinds.map((k) => [k.record_kind, k.n]))).toMatchObject({
      assessment: 1,
      consignment: 1,
      'entity-decision': 1,
      outcome: 1,
      'party-history': 1,
      'screening-hit': 1,
    });

    const selections = rowsOf<{
      id: string;
      bill_number: string;
      found: boolean;
      verdict: string;
      reason: string;
      assessment_id: string | null;
    }>(
      await d.db.execute(sql`SELECT id, bill_number, found, verdict, reason, assessment_id
        FROM outcome_selections ORDER BY bill_number`),
    );
    const purged = selections.find((s) => s.id === gone.sid);
    expect(purged).toMatchObject({
      bill_number: `purged:${gone.sid}`,
      found: true,
      verdict: 'anomaly',
      reason: 'score',
      assessment_id: null,
    });
    expect(selections.find((s) => s.id === held.sid)?.bill_number).toBe('HELD2');
    const findings = rowsOf<{ selection_id: string; findings: string }>(
      await d.db.execute(sql`SELECT selection_id, findings FROM outcome_inspections`),
    );
    expect(findings.find((f) => f.selection_id === gone.sid)?.findings).toBe('(purged)');
    expect(findings.find((f) => f.selection_id === held.sid)?.findings).toMatch(/Smith/);
    const labels = rowsOf<{ found: boolean; assessment_id: string | null }>(
      await d.db.execute(
        sql`SELECT found, assessment_id FROM targeting_outcomes ORDER BY assessment_id NULLS FIRST`,
      ),
    );
    expect(labels).toEqual([
      { found: true, assessment_id: null },
      { found: true, assessment_id: held.aid },
    ]);

    const statuses = rowsOf<{ selection_id: string; bill_number: string }>(
      await d.db.execute(sql`SELECT selection_id, bill_number FROM customs_status_events`),
    );
    expect(statuses.find((e) => e.selection_id === gone.sid)?.bill_number).toBe(
      `purged:${gone.sid}`,
    );
    expect(statuses.find((e) => e.selection_id === held.sid)?.bill_number).toBe('HELD2');
    // The purged party's chapters went with its row; the held one keeps its own.
    const histories = rowsOf<{ party_key: string; shipments: number; chapters: unknown }>(
      await d.db.execute(sql`SELECT party_key, shipments, chapters FROM party_history`),
    );
    expect(histories).toEqual([
      { party_key: normalisePartyName('Shipper HELD2 S.A.'), shipments: 3, chapters: { '08': 3 } },
    ]);
    const tokens = rowsOf<{ record_id: string }>(
      await d.db.execute(sql`SELECT record_id FROM retention_tombstones
        WHERE record_kind = 'party-history'`),
    );
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.record_id).not.toMatch(/GONE1/i);

    // A second run finds nothing more to do.
    const again = await service.run(admin, ['cargo']);
    expect(again.classes[0]?.steps).toMatchObject({
      consignment: 0,
      outcome: 0,
      'party-history': 0,
    });
  });
});
