// Vessel calls are listed by arrival: those to come first (soonest at the top), then those that
// arrived (latest first), then any without an ETA, whatever order the server sent them in.
import { describe, expect, it } from 'vitest';
import type { VesselCall } from '../../web/src/api/types.ts';
import { callsByArrival } from '../../web/src/lib/call-order.ts';

const call = (id: string, eta?: string): VesselCall => ({
  id,
  vesselImo: '9811000',
  voyageNumber: id,
  port: 'BEANR',
  ...(eta ? { eta } : {}),
  containers: 10,
  high: 0,
  holds: 0,
});

describe('vessel calls by arrival', () => {
  it('puts the next arrivals first, then the past ones from the latest, then those without ETA', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const sent = [
      call('A', '2026-11-23T17:11:00Z'),
      call('B', '2026-11-23T06:25:00Z'),
      call('C'),
      call('D', '2026-11-23T13:00:00Z'),
      call('E', '2026-11-22T23:00:00Z'),
      call('F', '2026-11-24T01:00:00Z'),
    ];
    expect(callsByArrival(sent, now).map((c) => c.id)).toEqual(['D', 'A', 'F', 'B', 'E', 'C']);
    expect(sent.map((c) => c.id).join('')).toBe('ABCDEF'); // the server's list is left as it was
  });
});
