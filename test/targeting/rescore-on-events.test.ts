// Events re-score the containers they touch, on each engine: a carrier's CUSCAR is scored, and
// days later its Track & Trace events show the seal changed at the transshipment port; the
// event filing's scoring job assesses the container again, and its current assessment (and the
// call's queue) shows the seal change and a higher score. An event about a container no bill
// carries writes nothing, one about a cancelled bill's container does not bring it back, one
// about a call that arrived long ago leaves it as decided, and one the container's assessment
// already read (its bill scored after it came in) is not assessed again.
import { beforeAll, expect, it } from 'vitest';
import type { Consignment } from '../../src/core/cargo/consignment.ts';
import type { ContainerEvent } from '../../src/core/cargo/events.ts';
import type { ContainerNumber } from '../../src/core/identifiers/container-number.ts';
import type { PortCall } from '../../src/core/cargo/vessel.ts';
import { writeDcsaEvents } from '../../src/ingest/dcsa/index.ts';
import { writeCuscar } from '../../src/ingest/edifact/index.ts';
import type { FeatureValues } from '../../src/risk/features/feature-vector.ts';
import { createActor, type Actor } from '../../src/services/access/actor.ts';
import { createIntakeService } from '../../src/services/intake/intake.service.ts';
import { formatCallId } from '../../src/services/targeting/call-id.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import type { StoredExplanation } from '../../src/services/targeting/stored-explanation.ts';
import { listAuditEvents, type Database } from '../../src/storage/index.ts';
import {
  VESSEL_IMO,
  consignmentFixture,
  containerNo,
  locode,
  onContainer,
} from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { AGENCY, carrier } from '../intake/intake-fixtures.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-10T12:00:00Z');
const officer = createActor({
  kind: 'user',
  id: 'rescore-officer',
  agencyId: AGENCY,
  roles: ['targeting-officer', 'analyst'],
});

/** The container's moves on the fixture's route; the seal from `changedTo` on at the reload. */
function voyage(n: ContainerNumber, changedTo?: string): ContainerEvent[] {
  const seal = (number: string) => [{ number, source: 'CAR' as const, type: 'BLT' as const }];
  const move = (type: ContainerEvent['eventType'], place: string, day: number, s: string) => ({
    eventType: type,
    classifier: 'ACT' as const,
    containerNumber: n,
    eventAt: new Date(T0 - 10 * DAY + day * DAY).toISOString(),
    location: locode(place),
    fullEmpty: 'full' as const,
    seals: seal(s),
    transportCall: { mode: 'VESSEL' as const, vesselImo: VESSEL_IMO },
  });
  return [
    move('LOAD', 'ECGYE', 0, 'ML-123456'),
    move('DISC', 'PAMIT', 4, 'ML-123456'),
    move('LOAD', 'PAMIT', 6, changedTo ?? 'ML-123456'),
  ];
}

describeEachEngine('targeting: events re-score the containers they touch', (getDb) => {
  let at = T0;
  const clock = { now: () => new Date(at) };
  let sender: Actor;
  let database: Database;
  const services = () => ({
    intake: createIntakeService({ database, clock }),
    targeting: createTargetingService({ database, clock, workerName: 'rescore' }),
  });

  beforeAll(async () => {
    database = getDb();
    at = T0;
    sender = (await carrier(database)).actor;
  });

  async function submit(bytes: Uint8Array, contentType: string) {
    const outcome = await services().intake.submit(sender, { bytes, contentType });
    expect(outcome.acknowledgement.status).toBe('accepted');
  }
  const fileBills = (
    doc: string,
    bills: Consignment[],
    o: { cancel?: true; call?: PortCall } = {},
  ) =>
    submit(
      new TextEncoder().encode(
        writeCuscar({
          envelope: {
            sender: 'MAEU',
            recipient: 'BECUSTOMS',
            controlReference: `${doc.slice(-10)}${o.cancel ? 'C' : 'O'}`,
            preparedAt: clock.now().toISOString(),
          },
          documentNumber: doc,
          ...(o.call ? { portCall: o.call } : { voyageNumber: '2403W' }),
          consignments: bills,
          ...(o.cancel ? { function: 'cancel' as const } : {}),
        }),
      ),
      'application/edifact',
    );
  const report = (events: ContainerEvent[]) =>
    submit(
      new TextEncoder().encode(
        writeDcsaEvents({ container: events }, '2.2', { createdAt: clock.now().toISOString() }),
      ),
      'application/json',
    );
  const scorePending = () => services().targeting.scorePending(officer, 100);
  const assessments = (n: ContainerNumber) =>
    services()
      .targeting.getAssessment(officer, n)
      .catch(() => []);
  const bill = (no: string, n: ContainerNumber) => onContainer(consignmentFixture(no), n);
  const lastScoring = async () => {
    const [event] = await listAuditEvents(database.db, { action: 'assessment.score', limit: 1 });
    return event!.details;
  };

  it('assesses again a container whose seal changed at transshipment: newer, seal change shown, higher score', async () => {
    const n = containerNo(710_001);
    at = T0;
    // The other bill has another shipper and route: this bill's are seen for the first time.
    const other = bill('RSA0002', containerNo(710_002));
    const parties = other.parties.map((p) =>
      p.role === 'shipper' ? { ...p, name: 'Exportadora Andina S.A.' } : p,
    );
    const route = { ...other.route, portOfLoading: locode('COCTG') };
    await fileBills('RS0000000001', [bill('RSA0001', n), { ...other, parties, route }]);
    expect(await scorePending()).toMatchObject({ containers: 2, failed: 0 });
    const [before] = await assessments(n);
    const featuresBefore = before!.features as FeatureValues;
    expect(featuresBefore.sealChanges).toBe(0);

    at = T0 + DAY;
    await report(voyage(n, 'ZZ-999999'));
    expect(await scorePending()).toMatchObject({ jobs: 1, containers: 1, failed: 0 });
    expect(await lastScoring()).toMatchObject({
      containers: 1,
      touchedContainers: 1,
      withoutConsignment: 0,
      consignments: 1,
    });
    const [now, previous, ...rest] = await assessments(n);
    expect(rest).toEqual([]);
    expect(previous!.id).toBe(before!.id);
    expect(now!.assessedAt).toBe(new Date(T0 + DAY).toISOString());
    expect(now!.ruleSetVersion).toBe(before!.ruleSetVersion);
    const features = now!.features as FeatureValues;
    expect(features.sealChanges).toBe(1);
    const explanation = now!.explanation as StoredExplanation;
    expect(explanation.firedRules).toContain('EVENT-SEAL-CHANGED');
    expect(explanation.firedRules).toContain('EVENT-SEAL-CHANGED-TRANSSHIPMENT');
    expect(now!.score).toBeGreaterThan(before!.score);
    // Its own shipment, counted when first scored, is left out of its parties' history again.
    for (const k of ['firstShipmentShipper', 'shipperPriorShipments', 'routeShipments'] as const)
      expect(features[k]).toEqual(featuresBefore[k]);
    // The other container of the filing was not touched.
    expect(await assessments(containerNo(710_002))).toHaveLength(1);

    const callId = formatCallId({
      vesselImo: VESSEL_IMO,
      voyageNumber: '2403W',
      port: locode('BEANR'),
    });
    const queued = (await services().targeting.queue(officer, callId)).find(
      (a) => a.containerNumber === n,
    );
    expect(queued).toMatchObject({ id: now!.id, score: now!.score });
  });

  it('does not assess again a container whose assessment already read the events', async () => {
    const n = containerNo(710_401);
    at = T0;
    await fileBills('RS0000000401', [bill('RSE0001', n)]);
    await report(voyage(n, 'ZZ-999999'));
    // Both jobs run later in one batch: the bill's scoring reads the events it is queued after.
    at = T0 + 10 * 60_000;
    expect(await scorePending()).toMatchObject({ jobs: 2, containers: 1, failed: 0 });
    const [only, ...rest] = await assessments(n);
    expect(rest).toEqual([]);
    expect((only!.features as FeatureValues).sealChanges).toBe(1);
    expect(await lastScoring()).toMatchObject({ containers: 0, touchedContainers: 1, upToDate: 1 });
  });

  it('writes no assessment for an event about a container no bill carries', async () => {
    const stray = containerNo(710_101);
    at = T0 + 2 * DAY;
    await report(voyage(stray, 'ZZ-999999'));
    expect(await scorePending()).toMatchObject({ jobs: 1, containers: 0, failed: 0 });
    expect(await assessments(stray)).toEqual([]);
    expect(await lastScoring()).toEqual({
      containers: 0,
      touchedContainers: 1,
      withoutConsignment: 1,
      consignments: 0,
      notYetScored: 0,
      upToDate: 0,
      decided: 0,
    });
  });

  it('does not bring back a cancelled bill', async () => {
    const n = containerNo(710_201);
    at = T0;
    await fileBills('RS0000000201', [bill('RSC0001', n)]);
    await scorePending();
    at = T0 + DAY;
    await fileBills('RS0000000201', [bill('RSC0001', n)], { cancel: true });
    at = T0 + 2 * DAY;
    await report(voyage(n, 'ZZ-999999'));
    expect(await scorePending()).toMatchObject({ containers: 0, failed: 0 });
    expect(await assessments(n)).toHaveLength(1);
    expect(await lastScoring()).toMatchObject({ touchedContainers: 1, withoutConsignment: 1 });
  });

  it('leaves a container whose call arrived long ago as it was decided', async () => {
    const n = containerNo(710_301);
    at = T0;
    const call = { vesselImo: VESSEL_IMO, voyageNumber: '2401W', port: locode('BEANR') };
    const eta = new Date(T0 + DAY).toISOString();
    await fileBills('RS0000000301', [{ ...bill('RSD0001', n), voyageNumber: '2401W' }], {
      call: { ...call, eta },
    });
    await scorePending();
    at = T0 + 5 * DAY;
    await report(voyage(n, 'ZZ-999999'));
    expect(await scorePending()).toMatchObject({ containers: 0, failed: 0 });
    expect(await assessments(n)).toHaveLength(1);
    expect(await lastScoring()).toMatchObject({ touchedContainers: 1, decided: 1 });
  });
});
