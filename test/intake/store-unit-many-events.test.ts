// A message carrying more new vessel arrivals and departures than a function takes arguments
// (about 125,000 on Node 20) is stored whole: its new transport events are kept for the
// submission's port-call times one by one, not spread into one call. The storage of the events is
// stood in for (130,000 rows would take the test a quarter of a minute); the rest is the engine's.
import { expect, it, vi } from 'vitest';
import type { TransportEvent } from '../../src/core/cargo/events.ts';
import { emptyCargoRecords } from '../../src/core/cargo/filing.ts';
import type { ImoNumber } from '../../src/core/identifiers/imo-number.ts';
import type { UnLocode } from '../../src/core/identifiers/un-locode.ts';
import { DEFAULT_SENDER_POLICY } from '../../src/services/intake/sender-policy.ts';
import { storeUnit, type UnitContext } from '../../src/services/intake/store-unit.ts';
import { describeEachEngine } from '../support/db.ts';

vi.mock('../../src/storage/index.ts', async (original) => ({
  ...(await original<object>()),
  // Every event is new.
  insertTransportEvents: (_db: unknown, events: readonly TransportEvent[]) =>
    Promise.resolve([...events]),
}));

const EVENTS = 130_000;
const START = Date.UTC(2024, 2, 1);

const arrivals = (): TransportEvent[] =>
  Array.from({ length: EVENTS }, (_, i) => ({
    eventType: 'ARRI',
    classifier: 'ACT',
    vesselImo: '9321483' as ImoNumber,
    voyageNumber: `V${i}`,
    location: 'BEANR' as UnLocode,
    eventAt: new Date(START + i * 60_000).toISOString(),
    sourceEventId: `arri-${i}`,
  }));

describeEachEngine('a message with more new transport events than a call takes', (getDb) => {
  it('keeps every new event for the port-call times and acknowledges them all', async () => {
    const ctx: UnitContext = {
      tx: getDb().db,
      agencyId: 'be-customs',
      senderId: 'carrier-1',
      rawMessageId: '00000000-0000-4000-8000-000000000001',
      format: 'dcsa-json',
      receivedAt: new Date('2024-03-10T12:00:00Z'),
      policy: DEFAULT_SENDER_POLICY,
      source: 'events.json',
      written: new Map(),
      reported: [],
    };
    const ack = await storeUnit(ctx, {
      messageType: 'DCSA-TNT',
      function: 'original',
      documentNumber: 'many-arrivals',
      records: { ...emptyCargoRecords(), transportEvents: arrivals() },
      rejected: [],
      diagnostics: [],
    });
    expect(ack.status).toBe('accepted');
    expect(ack.accepted.transportEvents).toBe(EVENTS);
    expect(ack.alreadyStored).toEqual({ containerEvents: 0, transportEvents: 0 });
    expect(ctx.reported).toHaveLength(EVENTS);
  });
});
