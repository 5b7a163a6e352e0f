// The Intake page's list of submissions on each engine: besides what each upload accepted, how
// many of its events the sender had already reported (alreadyStored) and how many bills a
// cancellation naming no bill cancelled, and how many events a DCSA message retracted, summed
// from the stored acknowledgements.
import { expect, it } from 'vitest';
import { writeCodeco } from '../../src/ingest/edifact/index.ts';
import { listSubmissionSummaries } from '../../src/storage/repositories/intake-submission-list.repository.ts';
import { containerEventFixture, containerNo } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { retraction30 } from './dcsa-transport-events.ts';
import { AGENCY, carrier, consignments, cuscar, services } from './intake-fixtures.ts';
import { submitDcsa } from './vessel-call-fixtures.ts';

describeEachEngine('submission list: events already stored and bills cancelled', (getDb) => {
  it('sums alreadyStored and the bills cancelled per submission', async () => {
    const { actor } = await carrier(getDb());
    const submit = (bytes: Uint8Array) =>
      services(getDb()).intake.submit(actor, { bytes, contentType: 'application/edifact' });
    await submit(cuscar('L-100', consignments(3, 810)));
    await submit(cuscar('L-100', [], { fn: 'cancel', ref: 'L-100-C' }));
    const gateIn = containerEventFixture(1, {
      eventType: 'GTIN',
      containerNumber: containerNo(810),
      sourceEventId: '',
    });
    const codeco = (reference: string) =>
      new TextEncoder().encode(
        writeCodeco({
          envelope: {
            sender: 'MAEU',
            recipient: 'BECUSTOMS',
            controlReference: reference,
            preparedAt: '2024-03-09T09:00:00Z',
          },
          documentNumber: reference,
          events: [gateIn as typeof gateIn & { eventType: 'GTIN' }],
        }),
      );
    await submit(codeco('G-1'));
    await submit(codeco('G-2'));
    const items = await listSubmissionSummaries(getDb().db, { agencyId: AGENCY, limit: 10 });
    const mine = items.filter((i) => i.sender.id === actor.id);
    // Received at one time (the fixed clock): listed in any order.
    const rows = mine.map((i) => [i.messageTypes.join(), i.alreadyStored, i.cancelledBills]);
    const none = { containerEvents: 0, transportEvents: 0 };
    expect(rows.map((r) => JSON.stringify(r)).sort()).toEqual(
      [
        ['CODECO', { containerEvents: 1, transportEvents: 0 }, 0],
        ['CODECO', none, 0],
        ['CUSCAR', none, 3],
        ['CUSCAR', none, 0],
      ]
        .map((r) => JSON.stringify(r))
        .sort(),
    );
  });

  it('counts the events a message holding only retractions retracted, each once', async () => {
    const { actor } = await carrier(getDb());
    const events = ['E-1', 'E-2', 'E-1'].map(retraction30);
    const ack = await submitDcsa(getDb(), actor, { events });
    expect(ack.units.map((u) => u.retracted)).toEqual([2]);
    const items = await listSubmissionSummaries(getDb().db, { agencyId: AGENCY, limit: 10 });
    expect(items.find((i) => i.id === ack.id)).toMatchObject({
      accepted: { consignments: 0, equipment: 0, containerEvents: 0, transportEvents: 0 },
      retracted: 2,
    });
  });
});
