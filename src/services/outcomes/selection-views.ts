/** Presenters: stored selections and their records → the fields officers may read (allowlist). */
import { isSelectionState, type SelectionState } from '../../risk/outcomes/selection-states.ts';
import type { SelectionRecords, StoredSelection, TransitionRecord } from '../../storage/index.ts';
import { formatCallId } from '../targeting/call-id.ts';
import type { SelectionDetail, SelectionSummary } from './outcome-types.ts';

export function stateOf(s: StoredSelection): SelectionState {
  if (!isSelectionState(s.state)) throw new Error(`selection ${s.id} has unknown state ${s.state}`);
  return s.state;
}

export function selectionSummary(s: StoredSelection): SelectionSummary {
  return {
    id: s.id,
    containerNumber: s.containerNumber,
    billNumber: s.billNumber,
    callId: formatCallId(s),
    state: stateOf(s),
    version: s.version,
    reason: s.reason,
    propensity: s.propensity,
    score: s.score,
    mandatoryHold: s.mandatoryHold,
    holdWaived: s.holdWaived,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function selectionDetail(
  s: StoredSelection,
  history: readonly TransitionRecord[],
  records: SelectionRecords,
  customsStatuses: readonly string[],
): SelectionDetail {
  const { scan, inspection } = records;
  return {
    ...selectionSummary(s),
    history: history.map((t) => ({
      action: t.action,
      from: t.fromState,
      to: t.toState,
      version: t.version,
      by: t.actorId,
      at: t.at.toISOString(),
      details: t.details,
    })),
    scan: scan && {
      scannerId: scan.scannerId,
      imageRef: scan.imageRef,
      imageSha256: scan.imageSha256,
      verdict: scan.verdict,
      anomalyZones: scan.anomalyZones,
      recordedBy: scan.recordedBy,
      recordedAt: scan.recordedAt.toISOString(),
    },
    inspection: inspection && {
      team: inspection.team,
      findings: inspection.findings,
      found: inspection.found,
      recordedBy: inspection.recordedBy,
      recordedAt: inspection.recordedAt.toISOString(),
    },
    seizures: records.seizures.map((z) => ({
      id: z.id,
      port: z.port,
      substance: z.substance,
      grossKg: z.grossKg,
      netKg: z.netKg,
      packages: z.packages,
      concealment: z.concealment,
      location: z.location,
      evidence: z.evidence,
      recordedBy: z.recordedBy,
      recordedAt: z.recordedAt.toISOString(),
    })),
    custody: records.custody.map((c) => ({
      id: c.id,
      seizureId: c.seizureId,
      holder: c.holder,
      location: c.location,
      at: c.at.toISOString(),
      ...(c.note === undefined ? {} : { note: c.note }),
      recordedBy: c.recordedBy,
      recordedAt: c.recordedAt.toISOString(),
    })),
    customsStatuses,
  };
}
