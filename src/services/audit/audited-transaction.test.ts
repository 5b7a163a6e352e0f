// The audited transaction: the event commits with the change, a failure rolls back both and is
// audited on its own, a denial is audited as denied, and a failing audit write undoes the change.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import { listAuditEvents, listQuarantine, quarantineRecord } from '../../storage/index.ts';
import type { Db } from '../../storage/index.ts';
import { createActor } from '../access/actor.ts';
import { requireAccess } from '../access/require-access.ts';
import { fixedClock } from '../clock.ts';
import { auditedTransaction } from './audited-transaction.ts';

const clock = fixedClock('2024-03-01T08:00:00Z');
const analyst = createActor({
  kind: 'user',
  id: 'analyst-1',
  agencyId: 'be-customs',
  roles: ['analyst'],
  requestId: 'req-1',
});
const spec = { action: 'quarantine.reprocess', resourceType: 'quarantine' };

function quarantineSomething(tx: Db, reason: string) {
  const payload = { n: 1 };
  const at = clock.now();
  return quarantineRecord(tx, {
    agencyId: 'be-customs',
    recordKind: 'test',
    reason,
    diagnostics: [],
    payload,
    createdAt: at,
  });
}

describeEachEngine('auditedTransaction', (getDb) => {
  const deps = () => ({ database: getDb(), clock });
  const reasons = async () => (await listQuarantine(getDb().db, 'be-customs')).map((r) => r.reason);

  it('commits the change and its audit event together', async () => {
    const id = await auditedTransaction(
      deps(),
      analyst,
      { ...spec, describe: (r: string) => ({ resourceId: r }) },
      (tx) => quarantineSomething(tx, 'kept'),
    );
    expect(await reasons()).toEqual(['kept']);
    const [event] = await listAuditEvents(getDb().db, { resourceId: id });
    expect(event).toMatchObject({
      actorKind: 'user',
      actorId: 'analyst-1',
      actorAgencyId: 'be-customs',
      action: 'quarantine.reprocess',
      outcome: 'success',
      requestId: 'req-1',
      at: '2024-03-01T08:00:00.000Z',
    });
  });

  it('rolls back the change when the body fails, and audits the failure', async () => {
    const failing = auditedTransaction(
      deps(),
      analyst,
      { ...spec, resourceId: 'q-fail' },
      async (tx) => {
        await quarantineSomething(tx, 'rolled back');
        throw new Error('boom');
      },
    );
    await expect(failing).rejects.toThrow('boom');
    expect(await reasons()).toEqual(['kept']);
    const [event] = await listAuditEvents(getDb().db, { resourceId: 'q-fail' });
    expect(event).toMatchObject({ outcome: 'failure', details: { error: 'internal_error' } });
  });

  it('audits a denial as denied while the caller sees not found', async () => {
    const auditor = createActor({
      kind: 'user',
      id: 'aud-1',
      agencyId: 'be-customs',
      roles: ['auditor'],
    });
    const denied = auditedTransaction(
      deps(),
      auditor,
      { ...spec, resourceId: 'q-denied' },
      async (tx) => {
        requireAccess(auditor, 'quarantine.reprocess');
        return quarantineSomething(tx, 'never');
      },
    );
    await expect(denied).rejects.toMatchObject({
      code: 'not_found',
      message: 'quarantine not found',
    });
    const [event] = await listAuditEvents(getDb().db, { resourceId: 'q-denied' });
    expect(event).toMatchObject({
      outcome: 'denied',
      actorId: 'aud-1',
      details: { error: 'not_found' },
    });
  });

  it('undoes the change when the audit event cannot be written', async () => {
    // PostgreSQL refuses NUL in text: the audit insert fails inside the transaction.
    const broken = { action: 'bad\u0000action', resourceType: 'quarantine' };
    await expect(
      auditedTransaction(deps(), analyst, broken, (tx) => quarantineSomething(tx, 'unaudited')),
    ).rejects.toThrow();
    expect(await reasons()).toEqual(['kept']);
  });
});
