// The commodities each party has shipped (shipments per HS chapter), counted once per bill in
// the scoring transaction and read back with the party history for the parties being scored.
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  loadPartyHistory,
  recordOutcomeHistory,
  recordShipments,
  type ShipmentRecord,
} from '../../src/storage/index.ts';
import { describeEachEngine } from '../support/db.ts';

const AT = new Date('2026-03-01T08:00:00Z');
const fishImporter = { role: 'consignee', key: 'NORDIC FISH IMPORT BV' };
const packer = { role: 'shipper', key: 'PESQUERA DEL SUR SA' };
const grower = { role: 'shipper', key: 'BANANERA EL ORO SA' };

const shipment = (
  billNumber: string,
  parties: ShipmentRecord['parties'],
  chapters: string[],
): ShipmentRecord => ({ billNumber, parties, route: 'ECGYE>BEANR', chapters });

describeEachEngine('party commodities', (getDb) => {
  it('counts each bill once per party and HS chapter, and reads them back for the scored parties', async () => {
    const db = getDb().db;
    const counted = await recordShipments(
      db,
      'be',
      [
        shipment('B1', [fishImporter, packer], ['03']),
        // A chapter declared twice and a party named twice count once.
        shipment('B2', [fishImporter, packer, packer], ['03', '16', '03']),
        shipment('B3', [fishImporter], []),
      ],
      AT,
    );
    expect(counted).toBe(3);
    const first = await loadPartyHistory(db, 'be', [fishImporter, packer, grower]);
    expect(first.get('consignee|NORDIC FISH IMPORT BV')).toMatchObject({
      shipments: 3,
      commodityShipments: 3,
      chapters: { '03': 2, '16': 1 },
    });
    expect(first.get('shipper|PESQUERA DEL SUR SA')).toMatchObject({
      shipments: 2,
      chapters: { '03': 2, '16': 1 },
    });
    expect(first.has('shipper|BANANERA EL ORO SA')).toBe(false);

    // Known parties passed in as read (the scoring path), a new one alongside, a bill seen before.
    await recordShipments(
      db,
      'be',
      [
        shipment('B4', [fishImporter, grower], ['08']),
        shipment('B2', [fishImporter, packer], ['03', '16']),
      ],
      AT,
      first,
    );
    await recordOutcomeHistory(
      db,
      'be',
      shipment('B4', [fishImporter, grower], ['08']),
      { hit: true, seizure: true },
      AT,
    );
    const second = await loadPartyHistory(db, 'be', [fishImporter, grower]);
    expect(second.get('consignee|NORDIC FISH IMPORT BV')).toMatchObject({
      shipments: 4,
      seizures: 1,
      commodityShipments: 4,
      chapters: { '03': 2, '16': 1, '08': 1 },
    });
    expect(second.get('shipper|BANANERA EL ORO SA')).toMatchObject({
      shipments: 1,
      commodityShipments: 1,
      chapters: { '08': 1 },
    });
    // Chapters the party has shipped are bumped, in the same call as a new one.
    await recordShipments(db, 'be', [shipment('B5', [fishImporter], ['03', '44'])], AT, second);
    const third = await loadPartyHistory(db, 'be', [fishImporter]);
    expect(third.get('consignee|NORDIC FISH IMPORT BV')?.chapters).toEqual({
      '03': 3,
      '08': 1,
      '16': 1,
      '44': 1,
    });
    // Another agency's history is its own.
    expect((await loadPartyHistory(db, 'nl', [fishImporter])).size).toBe(0);
  });

  it('counts only the shipments since chapters were kept for a party known before', async () => {
    const db = getDb().db;
    await db.execute(sql`INSERT INTO party_history (agency_id, role, party_key, first_seen_at,
        shipments, seizures, hits)
      VALUES ('de', 'consignee', 'OLD TRADER GMBH', ${AT.toISOString()}::timestamptz, 40, 0, 0)`);
    const party = { role: 'consignee', key: 'OLD TRADER GMBH' };
    const before = await loadPartyHistory(db, 'de', [party]);
    expect(before.get('consignee|OLD TRADER GMBH')).toMatchObject({
      shipments: 40,
      commodityShipments: 0,
      chapters: {},
    });
    await recordShipments(db, 'de', [shipment('D1', [party], ['44'])], AT, before);
    const after = await loadPartyHistory(db, 'de', [party]);
    expect(after.get('consignee|OLD TRADER GMBH')).toMatchObject({
      shipments: 41,
      commodityShipments: 1,
      chapters: { '44': 1 },
    });
  });
});
