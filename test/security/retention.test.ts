// Retention as a records officer meets it: expired personal data is pseudonymised and expired
// cargo deleted, each row leaving a tombstone and each run an audit event without personal data;
// legal holds (one consignment, a container, a case) keep their records out of every purge until
// released; raw messages and filings stay append-only for everything but the purge. Both engines.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createActor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createRetentionService } from '../../src/services/retention/retention.service.ts';
import {
  appendFilingVersion,
  insertContainerEvents,
  normalisePartyName,
  saveConsignmentVersion,
  storeRawMessage,
  type Database,
} from '../../src/storage/index.ts';
import {
  consignmentFixture,
  containerEventFixture,
  containerNo,
} from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';

const clock = fixedClock('2026-06-01T00:00:00.000Z');
const admin = createActor({ kind: 'user', id: 'admin-1', agencyId: 'be', roles: ['admin'] });
const supervisor = createActor({
  kind: 'user',
  id: 'sup-1',
  agencyId: 'be',
  roles: ['supervisor'],
});
const analyst = createActor({ kind: 'user', id: 'an-1', agencyId: 'be', roles: ['analyst'] });

async function bill(db: Database['db'], billNumber: string, filedAt: string, serial: number) {
  const raw = await storeRawMessage(db, {
    agencyId: 'be',
    sender: 'carrier',
    receivedAt: new Date(filedAt),
    contentType: 'application/json',
    bytes: new TextEncoder().encode(`{"bill":"${billNumber}","shipper":"Frutas del Pacífico"}`),
  });
  const filing = await appendFilingVersion(db, {
    agencyId: 'be',
    sender: 'carrier',
    messageType: 'CUSCAR',
    documentNumber: billNumber,
    function: 'original',
    format: 'edifact',
    rawMessageId: raw.message.id,
    status: 'accepted',
    diagnostics: [],
    receivedAt: new Date(filedAt),
  });
  const container = containerNo(serial);
  const base = consignmentFixture(billNumber);
  const consignment = {
    ...base,
    goods: [{ ...base.goods[0]!, containerNumbers: [container] }],
    equipment: [{ ...base.equipment[0]!, containerNumber: container }],
  };
  await saveConsignmentVersion(db, {
    agencyId: 'be',
    filingId: filing.id,
    consignment,
    filedAt: new Date(filedAt),
  });
  await insertContainerEvents(db, [
    containerEventFixture(serial, { containerNumber: container, eventAt: filedAt }),
  ]);
  return { rawId: raw.message.id, filingId: filing.id };
}

async function rows(d: Database, q: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const result = (await d.db.execute(q)) as { rows?: Record<string, unknown>[] };
  return result.rows ?? [];
}

describeEachEngine('retention', (getDb) => {
  let ids: Record<string, { rawId: string; filingId: string }> = {};
  const partyNames = async (billNumber: string) =>
    (
      await rows(
        getDb(),
        sql`SELECT p.name FROM parties p JOIN consignments c ON c.id = p.consignment_id
            WHERE c.bill_number = ${billNumber} ORDER BY p.role`,
      )
    ).map((r) => r['name']);

  it('keeps raw messages and filings append-only outside the purge', async () => {
    const d = getDb();
    ids = {
      OLD1: await bill(d.db, 'OLD1', '2020-01-10T00:00:00Z', 100001),
      HELD1: await bill(d.db, 'HELD1', '2020-02-10T00:00:00Z', 200002),
      CONT1: await bill(d.db, 'CONT1', '2021-09-10T00:00:00Z', 300003),
      NEW1: await bill(d.db, 'NEW1', '2026-05-10T00:00:00Z', 400004),
    };
    const refusal = (q: ReturnType<typeof sql>) =>
      d.db.execute(q).then(
        () => 'accepted',
        (e: Error & { cause?: Error }) => String(e.cause?.message ?? e.message),
      );
    expect(await refusal(sql`DELETE FROM filings`)).toMatch(/append-only/);
    expect(await refusal(sql`UPDATE raw_messages SET sender = 'x'`)).toMatch(/append-only/);
  });

  it('lets only the right roles run, configure and hold', async () => {
    const service = createRetentionService({ database: getDb(), clock });
    await expect(service.run(analyst)).rejects.toMatchObject({ code: 'not_found' });
    await expect(service.run(supervisor)).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      service.placeHold(analyst, { kind: 'consignment', targetId: 'OLD1', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const status = await service.status(admin);
    expect(status.rules.map((r) => [r.dataClass, r.retainDays, r.action])).toEqual([
      ['cargo', 1825, 'delete'],
      ['personal-data', 1095, 'pseudonymise'],
      ['intelligence', 1095, 'delete'],
    ]);
  });

  it('pseudonymises expired personal data, except what a hold covers', async () => {
    const service = createRetentionService({ database: getDb(), clock });
    await service.placeHold(supervisor, {
      kind: 'consignment',
      targetId: 'HELD1',
      reason: 'Investigation 17',
      caseRef: 'CASE-17',
    });
    await service.placeHold(supervisor, {
      kind: 'container',
      targetId: containerNo(300003),
      reason: 'Seizure evidence',
    });
    // The running history of a party still named in clear by a kept bill stays; that of a party
    // no bill names any more goes.
    for (const name of ['Frutas del Pacífico S.A.', 'Long Gone Trading Ltd'])
      await getDb().db.execute(sql`INSERT INTO party_history (agency_id, role, party_key,
          first_seen_at, shipments, seizures, hits)
        VALUES ('be', 'shipper', ${normalisePartyName(name)}, '2019-01-01T00:00:00Z', 4, 0, 0)`);
    const run = await service.run(admin, ['personal-data']);
    expect(run.classes[0]?.steps).toEqual({
      party: 2,
      'consignment-parties': 1,
      'raw-message': 1,
      'party-history': 1,
    });
    const histories = await rows(getDb(), sql`SELECT party_key FROM party_history`);
    expect(histories.map((h) => h['party_key'])).toEqual([
      normalisePartyName('Frutas del Pacífico S.A.'),
    ]);
    expect((await partyNames('OLD1')).every((n) => String(n).startsWith('pseudonym-'))).toBe(true);
    expect(await partyNames('HELD1')).toContain('Frutas del Pacífico S.A.');
    expect(await partyNames('CONT1')).toContain('Frutas del Pacífico S.A.');
    expect(await partyNames('NEW1')).toContain('Frutas del Pacífico S.A.');
    const [doc] = await rows(
      getDb(),
      sql`SELECT document::text AS d FROM consignments WHERE bill_number = 'OLD1'`,
    );
    expect(String(doc?.['d'])).not.toMatch(/Frutas|Antwerp Fresh|Guayaquil/);
    const raws = await rows(getDb(), sql`SELECT id::text AS id FROM raw_messages`);
    expect(raws.map((r) => r['id'])).not.toContain(ids['OLD1']?.rawId);
    expect(raws.map((r) => r['id'])).toContain(ids['HELD1']?.rawId);
    const stones = await rows(
      getDb(),
      sql`SELECT record_kind, action, rule, reason, purged_by FROM retention_tombstones
          WHERE run_id = ${run.runId}::uuid`,
    );
    expect(stones).toHaveLength(5);
    expect(stones[0]).toMatchObject({
      rule: 'personal-data: pseudonymise after 1095 days',
      reason: 'retention period of 1095 days ended',
      purged_by: 'user:admin-1',
    });
  });

  it('deletes expired cargo with tombstones; audit events name no person', async () => {
    const service = createRetentionService({ database: getDb(), clock });
    const run = await service.run(admin, ['cargo']);
    expect(run.classes[0]?.steps).toMatchObject({ consignment: 1, filing: 1 });
    const bills = await rows(getDb(), sql`SELECT bill_number FROM consignments ORDER BY 1`);
    expect(bills.map((b) => b['bill_number'])).toEqual(['CONT1', 'HELD1', 'NEW1']);
    const filings = await rows(getDb(), sql`SELECT id::text AS id FROM filings`);
    expect(filings.map((f) => f['id'])).not.toContain(ids['OLD1']?.filingId);
    const events = await rows(getDb(), sql`SELECT container_number FROM container_events`);
    expect(events.map((e) => e['container_number'])).not.toContain(containerNo(100001));
    expect(events.map((e) => e['container_number'])).toContain(containerNo(200002));
    const audit = await rows(
      getDb(),
      sql`SELECT action, outcome, resource_id, details::text AS details FROM audit_events
          WHERE action IN ('retention.purge', 'legal-hold.write') ORDER BY id`,
    );
    const outcomes = (action: string) =>
      audit.filter((a) => a['action'] === action).map((a) => a['outcome']);
    // The refused attempts of the other roles are audited too.
    expect(outcomes('retention.purge').filter((o) => o === 'denied')).toHaveLength(2);
    expect(outcomes('retention.purge').filter((o) => o === 'success')).toHaveLength(4);
    expect(outcomes('legal-hold.write')).toEqual(['denied', 'success', 'success']);
    expect(JSON.stringify(audit)).not.toMatch(/Frutas|Antwerp Fresh|Guayaquil|Investigation 17/);
  });

  it('purges a held record once its case is released', async () => {
    const service = createRetentionService({ database: getDb(), clock });
    const released = await service.releaseHold(supervisor, { caseRef: 'CASE-17' }, 'case closed');
    expect(released.map((h) => h.targetId)).toEqual(['HELD1']);
    await expect(
      service.releaseHold(supervisor, { caseRef: 'CASE-17' }, 'again'),
    ).rejects.toMatchObject({ code: 'not_found' });
    await service.run(admin);
    const bills = await rows(getDb(), sql`SELECT bill_number FROM consignments ORDER BY 1`);
    expect(bills.map((b) => b['bill_number'])).toEqual(['CONT1', 'NEW1']);
    expect((await service.holds(supervisor)).map((h) => h.targetKind)).toEqual(['container']);
  });

  it('follows a changed rule', async () => {
    const service = createRetentionService({ database: getDb(), clock });
    await service.setRule(admin, 'cargo', 10);
    await expect(service.setRule(admin, 'cargo', 0)).rejects.toMatchObject({ code: 'bad_request' });
    const run = await service.run(admin, ['cargo']);
    expect(run.classes[0]?.rule).toBe('cargo: delete after 10 days');
    const bills = await rows(getDb(), sql`SELECT bill_number FROM consignments ORDER BY 1`);
    expect(bills.map((b) => b['bill_number'])).toEqual(['CONT1']);
  });
});
