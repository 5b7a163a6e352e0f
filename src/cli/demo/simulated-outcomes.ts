/**
 * Records what the simulator's scanner and search teams find, through the outcome workflow as
 * officers would: the scan (verdict from the outcome model, an image reference and its hash),
 * then release on a clear scan, or a physical inspection on an anomaly or a mandatory hold, and
 * on a find the seizure (substance, kilograms, concealment from the ground truth) with its first
 * custody entry. Each container draws from its own seeded stream, so outcomes are reproducible.
 */
import { createHash } from 'node:crypto';
import type { Actor } from '../../services/access/actor.ts';
import type { OutcomesService, SelectionSummary } from '../../services/outcomes/index.ts';
import { createRng, simulateInspection, simulateScan, type CaseTruth } from '../../sim/index.ts';

export interface OutcomeActors {
  /** Scans and releases (targeting officer). */
  readonly officer: Actor;
  /** Inspects, seizes and keeps custody (inspection team). */
  readonly inspector: Actor;
}

export interface SimulatedOutcome {
  readonly containerNumber: string;
  readonly reason: string;
  readonly found: boolean;
  readonly kg: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function recordSimulatedOutcome(
  outcomes: OutcomesService,
  actors: OutcomeActors,
  s: SelectionSummary,
  truth: CaseTruth | undefined,
  seed: string,
  at: Date,
): Promise<SimulatedOutcome> {
  const rng = createRng(`${seed}|${s.containerNumber}`);
  const scan = simulateScan(s.containerNumber, truth, rng);
  const imageRef = `scans/${s.callId}/${s.containerNumber}.tiff`;
  let d = await outcomes.recordScan(actors.officer, s.id, {
    version: s.version,
    scannerId: 'scanner-1',
    imageRef,
    imageSha256: sha256(`${imageRef}|${seed}`),
    verdict: scan.verdict,
    ...(scan.verdict === 'anomaly' ? { anomalyZones: ['door end'] } : {}),
  });
  const miss = { containerNumber: s.containerNumber, reason: s.reason, found: false, kg: 0 };
  if (scan.verdict === 'clear' && !s.mandatoryHold) {
    await outcomes.release(actors.officer, s.id, { version: d.version });
    return miss;
  }
  const found = simulateInspection(s.containerNumber, truth, rng);
  d = await outcomes.recordInspection(actors.inspector, s.id, {
    version: d.version,
    team: 'search team 1',
    findings: found.found
      ? `${found.substance ?? 'drugs'} found (${found.concealment ?? 'unknown'})`
      : 'nothing found',
    found: found.found,
  });
  if (!found.found || !truth) {
    await outcomes.release(actors.officer, s.id, { version: d.version });
    return miss;
  }
  const packages = Math.max(1, Math.round(truth.kg / 1.1));
  d = await outcomes.recordSeizure(actors.inspector, s.id, {
    version: d.version,
    substance: truth.substance,
    grossKg: Math.round(truth.kg * 1.08 * 10) / 10,
    netKg: truth.kg,
    packages,
    concealment: truth.concealment,
    location: truth.concealment === 'door-bags' ? 'behind the doors' : 'see findings',
    evidence: [
      { sha256: sha256(`${s.containerNumber}|photo`), description: 'photographs of the find' },
    ],
  });
  await outcomes.addCustody(actors.inspector, s.id, {
    holder: 'customs evidence store',
    location: s.callId.split(':').at(-1) ?? 'port',
    at: at.toISOString(),
  });
  return { containerNumber: s.containerNumber, reason: s.reason, found: true, kg: truth.kg };
}

/** Records the simulated outcome of every open selection of a call; returns scans and finds. */
export async function recordCallOutcomes(
  outcomes: OutcomesService,
  actors: OutcomeActors,
  callId: string,
  truth: ReadonlyMap<string, CaseTruth>,
  seed: string,
  at: Date,
): Promise<{ scans: number; hits: number }> {
  const open = await outcomes.listSelections(actors.officer, {
    callId,
    state: 'selected',
    limit: 5000,
  });
  let hits = 0;
  for (const s of open) {
    const r = await recordSimulatedOutcome(
      outcomes,
      actors,
      s,
      truth.get(s.containerNumber),
      seed,
      at,
    );
    if (r.found) hits++;
  }
  return { scans: open.length, hits };
}
