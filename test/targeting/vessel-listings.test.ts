// Vessel calls whose vessel a watchlist names by IMO number: the arrivals board (the service's
// calls list, its HTTP presenter and `risk calls`) says which list names the vessel, for the
// bundled OFAC SDN list (EBANO, IMO 7406784, CUBA programme) and an agency's own list with an
// `imo` column; an unlisted vessel carries nothing, and a bad IMO number in a list is reported
// by line and the row left out.
import { expect, it } from 'vitest';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import { formatCall } from '../../src/cli/commands/risk-calls.command.ts';
import { presentCall } from '../../src/server/routes/targeting-presenters.ts';
import { createActor } from '../../src/services/access/actor.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createScreeningService } from '../../src/services/entities/screening.service.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import { consignmentFixture, containerNo, imo, onContainer } from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { fileForScoring } from '../support/file-for-scoring.ts';
import { AGENCY, officer } from './targeting-officer.ts';

const clock = fixedClock('2026-03-01T12:00:00Z');
const analyst = createActor({ kind: 'user', id: 'ana', agencyId: AGENCY, roles: ['analyst'] });

const onVessel = (bill: string, vessel: string, n: number): Consignment =>
  onContainer(consignmentFixture(bill, { vesselImo: imo(vessel) }), containerNo(n));

describeEachEngine('targeting: vessels on a watchlist', (getDb) => {
  it('tells which list names a call’s vessel by IMO number', async () => {
    const screening = createScreeningService({ database: getDb(), clock });
    const csv = [
      'name,kind,imo,programmes',
      'NORDIC STAR,vessel,IMO 9074729,EU-SANCTIONS',
      'WRONG DIGIT,vessel,9074728,EU-SANCTIONS',
    ].join('\n');
    const loaded = await screening.load(analyst, {
      listId: 'eu-local',
      name: 'Local vessels',
      format: 'csv',
      bytes: new TextEncoder().encode(csv),
      source: 'vessels.csv',
    });
    expect(loaded.summary.entries).toBe(1);
    expect(loaded.diagnostics).toEqual([
      expect.objectContaining({ code: 'watchlist.imo', at: { line: 3, field: 'imo' } }),
    ]);
    const targeting = createTargetingService({
      database: getDb(),
      clock,
      workerName: 'vessels',
      vesselListings: screening.listedVessels,
    });
    await fileForScoring(getDb(), {
      agencyId: AGENCY,
      bills: [
        onVessel('VL1', '9074729', 900_001),
        onVessel('VL2', '7406784', 900_002),
        onVessel('VL3', '9321483', 900_003),
      ],
      filedAt: clock.now(),
    });
    expect(await targeting.scorePending(officer)).toMatchObject({ containers: 3, failed: 0 });
    const calls = await targeting.listVesselCalls(officer);
    const of = (vessel: string) => calls.find((c) => c.vesselImo === vessel);
    expect(of('9074729')?.listed).toEqual([
      {
        listId: 'eu-local',
        entryId: '2',
        name: 'NORDIC STAR',
        programmes: ['EU-SANCTIONS'],
        narcotics: false,
      },
    ]);
    expect(of('7406784')?.listed).toEqual([
      {
        listId: 'ofac-sdn',
        entryId: '4243',
        name: 'EBANO',
        programmes: ['CUBA'],
        narcotics: false,
      },
    ]);
    expect(of('9321483')).toBeDefined();
    expect(of('9321483')?.listed).toBeUndefined();
    expect(presentCall(of('7406784')!).listed).toEqual(of('7406784')?.listed);
    expect('listed' in presentCall(of('9321483')!)).toBe(false);
    expect(formatCall(of('7406784')!)).toContain('ON WATCHLIST ofac-sdn as EBANO (CUBA)');
  });
});
