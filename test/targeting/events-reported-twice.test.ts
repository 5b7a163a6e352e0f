// A voyage whose every move the terminal and the carrier both reported, at the very same times and
// with no event ids of their own, is stored as two reports of each move, and scoring reads it as
// the same voyage reported once: no sequence anomaly, seal change, clone or extra dwell, on each
// engine.
import { expect, it } from 'vitest';
import type { ContainerEvent } from '../../src/core/cargo/events.ts';
import type { MessageType } from '../../src/core/cargo/filing.ts';
import type { ContainerNumber } from '../../src/core/identifiers/container-number.ts';
import type { FeatureValues } from '../../src/risk/features/feature-vector.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import {
  appendFilingVersion,
  insertContainerEvents,
  listContainerEventReports,
  type Db,
} from '../../src/storage/index.ts';
import {
  VESSEL_IMO,
  consignmentFixture,
  containerNo,
  locode,
  onContainer,
} from '../support/cargo-fixtures.ts';
import { describeEachEngine } from '../support/db.ts';
import { fileForScoring } from '../support/file-for-scoring.ts';
import { AGENCY, officer } from './targeting-officer.ts';

const clock = fixedClock('2026-03-01T12:00:00Z');
const EVENT_FEATURES = [
  'sealChanges',
  'maxDwellHours',
  'unusualDwell',
  'unplannedPorts',
  'discAtUnplannedPort',
  'missingLoad',
  'eventAnomalies',
  'cloneSuspected',
] as const;

/** The fixture bill's voyage (Guayaquil, Manzanillo, Antwerp) as its container's moves. */
function voyage(n: ContainerNumber): ContainerEvent[] {
  const move = (eventType: ContainerEvent['eventType'], place: string, day: number) => ({
    eventType,
    classifier: 'ACT' as const,
    containerNumber: n,
    eventAt: new Date(Date.UTC(2026, 1, day, 9)).toISOString(),
    location: locode(place),
    seals: [{ number: 'ML-123456', source: 'CAR' as const }],
    ...(eventType === 'LOAD' || eventType === 'DISC'
      ? { transportCall: { mode: 'VESSEL' as const, vesselImo: VESSEL_IMO } }
      : {}),
  });
  return [
    move('GTIN', 'ECGYE', 1),
    move('LOAD', 'ECGYE', 2),
    move('DISC', 'PAMIT', 6),
    move('LOAD', 'PAMIT', 9),
    move('DISC', 'BEANR', 20),
  ];
}

async function report(db: Db, sender: string, messageType: MessageType, events: ContainerEvent[]) {
  const filing = await appendFilingVersion(db, {
    agencyId: AGENCY,
    sender,
    messageType,
    documentNumber: `${sender}-${events[0]!.containerNumber}`,
    function: 'original',
    format: messageType === 'DCSA-TNT' ? 'dcsa-json' : 'edifact',
    status: 'accepted',
    diagnostics: [],
    receivedAt: clock.now(),
  });
  await insertContainerEvents(db, events, { filingId: filing.id });
}

describeEachEngine('targeting: moves reported by two senders', (getDb) => {
  it('scores the twice-reported voyage as the voyage reported once', async () => {
    const { db } = getDb();
    const twice = containerNo(460_001);
    const once = containerNo(460_002);
    await report(db, 'terminal-psa', 'COARRI', voyage(twice));
    await report(db, 'carrier-maeu', 'DCSA-TNT', voyage(twice));
    await report(db, 'carrier-maeu', 'DCSA-TNT', voyage(once));
    expect(await listContainerEventReports(db, twice)).toHaveLength(10);
    const bills = [twice, once].map((n, i) => onContainer(consignmentFixture(`TW00000${i}`), n));
    await fileForScoring(getDb(), { agencyId: AGENCY, bills, filedAt: clock.now() });
    const targeting = createTargetingService({ database: getDb(), clock, workerName: 'twice' });
    expect(await targeting.scorePending(officer)).toMatchObject({ containers: 2, failed: 0 });
    const features = async (n: ContainerNumber) => {
      const [a] = await targeting.getAssessment(officer, n);
      const values = a!.features as FeatureValues;
      return Object.fromEntries(EVENT_FEATURES.map((k) => [k, values[k]]));
    };
    const read = await features(twice);
    expect(read).toMatchObject({
      sealChanges: 0,
      maxDwellHours: 72,
      unusualDwell: false,
      discAtUnplannedPort: false,
      missingLoad: false,
      eventAnomalies: 0,
      cloneSuspected: false,
    });
    expect(read).toEqual(await features(once));
  });
});
