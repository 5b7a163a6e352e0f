// The audit log: events appended with increasing ids and listed by resource, actor and page.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import { appendAuditEvent, listAuditEvents } from './audit-events.repository.ts';

const event = {
  at: new Date('2024-03-01T08:00:00Z'),
  actorKind: 'user',
  actorId: 'u1',
  actorAgencyId: 'be-customs',
  action: 'consignment.read',
  resourceType: 'consignment',
  outcome: 'success',
} as const;

describeEachEngine('audit events repository', (getDb) => {
  it('appends events and reads them back newest first with every field', async () => {
    const { db } = getDb();
    const first = await appendAuditEvent(db, { ...event, resourceId: 'B1', details: { n: 1 } });
    const second = await appendAuditEvent(db, {
      ...event,
      resourceId: 'B2',
      agencyId: 'be-customs',
      requestId: 'req-9',
    });
    expect(second).toBeGreaterThan(first);
    const [latest, earlier] = await listAuditEvents(db);
    expect(latest).toEqual({
      ...event,
      id: second,
      at: '2024-03-01T08:00:00.000Z',
      resourceId: 'B2',
      agencyId: 'be-customs',
      requestId: 'req-9',
      details: {},
    });
    expect(earlier?.details).toEqual({ n: 1 });
  });

  it('filters by resource and actor and pages by id', async () => {
    const { db } = getDb();
    await appendAuditEvent(db, { ...event, actorId: 'u2', resourceId: 'B1', outcome: 'denied' });
    const ofB1 = await listAuditEvents(db, { resourceType: 'consignment', resourceId: 'B1' });
    expect(ofB1.map((e) => e.outcome)).toEqual(['denied', 'success']);
    expect((await listAuditEvents(db, { actorId: 'u2' })).map((e) => e.resourceId)).toEqual(['B1']);
    const [newest] = await listAuditEvents(db, { limit: 1 });
    const page = await listAuditEvents(db, { beforeId: newest?.id ?? 0, limit: 10 });
    expect(page.map((e) => e.resourceId)).toEqual(['B2', 'B1']);
  });
});
