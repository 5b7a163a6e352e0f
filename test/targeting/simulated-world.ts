// The simulated world as the targeting tests use it: a small, seeded port with raised smuggling
// rates, ingested through the intake service (DCSA container events, then one CUSCAR per call and
// port of loading, each submitted at the time the carrier filed it), and scan outcomes drawn from
// the simulator's scanner and inspection model against its ground truth.
import { DEMO_TYPOLOGY_RATES } from '../../src/cli/demo/demo-world.ts';
import { MovingClock } from '../../src/cli/demo/moving-clock.ts';
import { writeCuscar } from '../../src/ingest/edifact/index.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import { createIntakeService } from '../../src/services/intake/intake.service.ts';
import { createSenderService } from '../../src/services/intake/sender.service.ts';
import { insertContainerEvents, type Database } from '../../src/storage/index.ts';
import {
  createRng,
  simConfig,
  simulateInspection,
  simulateScan,
  type CaseTruth,
  type SimDay,
} from '../../src/sim/index.ts';

export const AGENCY = 'be-customs';

export const worldConfig = (days: number) =>
  simConfig({
    seed: 'targeting-eval',
    days,
    containersPerDay: 2000,
    typologyRates: DEMO_TYPOLOGY_RATES,
  });

/** A clock the test moves: each submission happens when the carrier filed it. */
export { MovingClock };

const user = (id: string, roles: Actor['roles']) =>
  createActor({ kind: 'user', id, agencyId: AGENCY, roles });

export const officer = user('officer-1', ['targeting-officer']);
export const analyst = user('analyst-1', ['analyst']);
const admin = user('admin-1', ['admin']);

/** Registers a carrier and submits the days' events and filings; returns the calls' ids. */
export async function ingestDays(
  database: Database,
  clock: MovingClock,
  days: readonly SimDay[],
): Promise<void> {
  const deps = { database, clock };
  const sender = await createSenderService(deps).addSender(admin, {
    name: `Sim carrier ${Math.random().toString(36).slice(2, 8)}`,
    kind: 'carrier',
    policy: {},
  });
  const carrier = createActor({
    kind: 'machine',
    id: sender.id,
    agencyId: AGENCY,
    roles: ['carrier'],
  });
  const intake = createIntakeService(deps);
  const submit = (text: string, contentType: string) =>
    intake.submit(carrier, { bytes: new TextEncoder().encode(text), contentType });
  let n = 0;
  for (const day of days) {
    clock.set(`${day.date}T23:00:00Z`);
    // Events straight into storage through the intake's own bulk path: the DCSA route is
    // exercised by the intake tests, and here it would only slow the test down.
    await insertContainerEvents(database.db, day.containerEvents);
    for (const call of day.calls) {
      for (const f of call.filings) {
        clock.set(f.filedAt);
        const text = writeCuscar({
          envelope: {
            sender: call.carrier,
            recipient: 'PORTCULLIS',
            controlReference: `T${String(++n).padStart(8, '0')}`,
            preparedAt: f.filedAt,
          },
          documentNumber: `${call.portCall.voyageNumber}-${f.portOfLoading}-${call.id}`,
          vessel: call.vessel,
          portCall: call.portCall,
          consignments: f.consignments,
        });
        await submit(text, 'application/edifact');
      }
    }
  }
}

/** Scan, then inspect on an anomaly, as the simulator's outcome model says; found = seized. */
export function scanOutcome(
  container: string,
  truth: CaseTruth | undefined,
  seed: string,
): boolean {
  const rng = createRng(`${seed}|${container}`);
  const scan = simulateScan(container, truth, rng);
  return scan.verdict === 'anomaly' && simulateInspection(container, truth, rng).found;
}

export function casesByContainer(days: readonly SimDay[]): Map<string, CaseTruth> {
  return new Map(days.flatMap((d) => d.cases.map((c) => [c.containerNumber, c] as const)));
}
