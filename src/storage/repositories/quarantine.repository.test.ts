// Quarantined records keep reason, diagnostics, position and payload; resolving closes them once.
import { expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  getQuarantined,
  listQuarantine,
  quarantineRecord,
  resolveQuarantined,
} from './quarantine.repository.ts';

const input = {
  agencyId: 'be-customs',
  recordKind: 'container-event',
  reason: 'container number check digit is wrong',
  diagnostics: [
    { code: 'container-number.check-digit', severity: 'error', message: 'bad' } as const,
  ],
  position: { source: 'events.json', pointer: '/events/3/equipmentReference' },
  payload: { equipmentReference: 'MSKU1234560' },
  createdAt: new Date('2024-03-01T08:00:00Z'),
};

describeEachEngine('quarantine repository', (getDb) => {
  it('keeps a record with its reason and position, listed while open', async () => {
    const { db } = getDb();
    const id = await quarantineRecord(db, input);
    await quarantineRecord(db, { ...input, agencyId: 'nl-customs' });
    const open = await listQuarantine(db, 'be-customs');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ id, status: 'open', position: input.position });
    expect(open[0]?.payload).toEqual(input.payload);
    expect(open[0]?.diagnostics).toEqual(input.diagnostics);
  });

  it('resolves an open record once', async () => {
    const { db } = getDb();
    const [record] = await listQuarantine(db, 'be-customs');
    const resolution = { status: 'discarded', by: 'user-1', at: new Date() } as const;
    expect(await resolveQuarantined(db, record?.id ?? '', resolution)).toBe(true);
    expect(await resolveQuarantined(db, record?.id ?? '', resolution)).toBe(false);
    expect((await getQuarantined(db, record?.id ?? ''))?.status).toBe('discarded');
    expect(await listQuarantine(db, 'be-customs')).toEqual([]);
  });
});
