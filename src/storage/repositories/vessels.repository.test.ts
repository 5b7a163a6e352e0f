// Vessels and port calls upsert: later values fill in, given fields replace, absent ones stay.
import { expect, it } from 'vitest';
import { VESSEL_IMO, imo, locode } from '../../../test/support/cargo-fixtures.ts';
import { describeEachEngine } from '../../../test/support/db.ts';
import {
  getPortCall,
  getVessel,
  listPortCalls,
  upsertPortCall,
  upsertVessel,
} from './vessels.repository.ts';
import type { Mmsi } from '../../core/identifiers/mmsi.ts';

const now = new Date('2024-03-01T00:00:00Z');

describeEachEngine('vessels repository', (getDb) => {
  it('upserts a vessel, keeping known fields the update leaves out', async () => {
    const { db } = getDb();
    await upsertVessel(
      db,
      { imo: VESSEL_IMO, name: 'MSC Example', mmsi: '636012345' as Mmsi, teu: 14_000 },
      now,
    );
    await upsertVessel(db, { imo: VESSEL_IMO, name: 'MSC Example II' }, now);
    expect(await getVessel(db, VESSEL_IMO)).toEqual({
      imo: VESSEL_IMO,
      name: 'MSC Example II',
      mmsi: '636012345',
      teu: 14_000,
    });
    expect(await getVessel(db, imo('9176187'))).toBeUndefined();
  });

  it('upserts a port call by vessel, voyage, port and terminal', async () => {
    const { db } = getDb();
    const call = { vesselImo: VESSEL_IMO, voyageNumber: '2403W', port: locode('BEANR') };
    await upsertPortCall(db, { ...call, eta: '2024-03-05T06:00:00.000Z' }, now);
    await upsertPortCall(db, { ...call, ata: '2024-03-05T07:30:00.000Z' }, now);
    await upsertPortCall(
      db,
      { ...call, terminal: 'PSA-869', eta: '2024-03-04T00:00:00.000Z' },
      now,
    );
    expect(await getPortCall(db, call)).toEqual({
      ...call,
      eta: '2024-03-05T06:00:00.000Z',
      ata: '2024-03-05T07:30:00.000Z',
    });
    const calls = await listPortCalls(db, locode('BEANR'));
    expect(calls.map((c) => c.terminal ?? '-')).toEqual(['PSA-869', '-']);
  });
});
