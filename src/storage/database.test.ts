// The engine adapter: migrations applied, pg_trgm available, audit log append-only, bytes exact.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test/support/db.ts';
import { rowsOf } from './db.ts';
import { appendAuditEvent } from './repositories/audit-events.repository.ts';

/** Drizzle wraps the driver's error; the engine's message is its cause. */
const appendOnly = { cause: { message: expect.stringMatching(/append-only/) as unknown } };

describeEachEngine('database', (getDb) => {
  it('has every table of the schema after migration', async () => {
    const result = await getDb().db.execute(
      sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    const tables = rowsOf<{ table_name: string }>(result).map((r) => r.table_name);
    for (const t of ['raw_messages', 'filings', 'consignments', 'container_events', 'jobs']) {
      expect(tables).toContain(t);
    }
    expect(tables).toContain('audit_events');
  });

  it('has pg_trgm loaded', async () => {
    const result = await getDb().db.execute(sql`SELECT similarity('MAERSK', 'MAERSC') AS s`);
    expect(Number(rowsOf<{ s: number }>(result)[0]?.s)).toBeGreaterThan(0.4);
  });

  it('rejects UPDATE and DELETE on the audit log', async () => {
    const { db } = getDb();
    const at = new Date('2024-05-01T10:00:00Z');
    const base = { at, actorKind: 'system', actorId: 't', action: 'x', resourceType: 'y' } as const;
    const id = await appendAuditEvent(db, { ...base, outcome: 'success' });
    await expect(
      db.execute(sql`UPDATE audit_events SET action = 'z' WHERE id = ${id}`),
    ).rejects.toMatchObject(appendOnly);
    await expect(db.execute(sql`DELETE FROM audit_events WHERE id = ${id}`)).rejects.toMatchObject(
      appendOnly,
    );
  });

  it('rolls back a failed transaction entirely', async () => {
    const database = getDb();
    const at = new Date('2024-05-01T11:00:00Z');
    const event = {
      at,
      actorKind: 'system',
      actorId: 'rollback',
      action: 'x',
      resourceType: 'y',
    } as const;
    await expect(
      database.transaction(async (tx) => {
        await appendAuditEvent(tx, { ...event, outcome: 'success' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const count = await database.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE actor_id = 'rollback'`,
    );
    expect(rowsOf<{ n: number }>(count)[0]?.n).toBe(0);
  });
});
