/** Presenters of the targeting routes: explicit fields only, nothing else leaves. */
import { formatCallId } from '../../services/targeting/call-id.ts';
import type {
  BacktestReport,
  ModelSummary,
  StoredAssessment,
  StoredRuleSet,
  StoredScanPlan,
} from '../../services/targeting/targeting-types.ts';
import type { ListedCallSummary } from '../../services/targeting/vessel-listings.ts';

interface Reason {
  kind: string;
  ref: string;
  text: string;
}

function explanationOf(a: StoredAssessment): { text: string; reasons: Reason[] } {
  const e = a.explanation as { text?: unknown; reasons?: unknown } | null;
  const reasons = Array.isArray(e?.reasons) ? (e.reasons as Reason[]) : [];
  return {
    text: typeof e?.text === 'string' ? e.text : '',
    reasons: reasons.map((r) => ({ kind: r.kind, ref: r.ref, text: r.text })),
  };
}

const opt = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

export function presentCall(c: ListedCallSummary) {
  return {
    id: formatCallId(c),
    vesselImo: c.vesselImo,
    voyageNumber: c.voyageNumber,
    port: c.port,
    ...opt('eta', c.eta),
    filed: c.filed,
    containers: c.containers,
    high: c.high,
    holds: c.holds,
    ...opt('vesselName', c.vesselName),
    ...opt('ata', c.ata),
    ...opt('arrival', c.arrival),
    ...(c.plan
      ? {
          plan: {
            id: c.plan.id,
            createdAt: c.plan.createdAt,
            selected: c.plan.selected,
            scanned: c.plan.scanned,
          },
        }
      : {}),
    ...opt('listed', c.listed),
  };
}

export function presentQueueEntry(a: StoredAssessment) {
  return {
    assessmentId: a.id,
    containerNumber: a.containerNumber,
    billNumber: a.billNumber,
    score: a.score,
    band: a.band,
    mandatoryHold: a.mandatoryHold,
    topReasons: explanationOf(a).reasons.slice(0, 3),
  };
}

export function presentAssessment(a: StoredAssessment, withFeatures: boolean) {
  const call =
    a.vesselImo && a.voyageNumber
      ? formatCallId({ vesselImo: a.vesselImo, voyageNumber: a.voyageNumber, port: a.port })
      : undefined;
  return {
    id: a.id,
    containerNumber: a.containerNumber,
    billNumber: a.billNumber,
    ...opt('vesselCall', call),
    score: a.score,
    band: a.band,
    mandatoryHold: a.mandatoryHold,
    explanation: explanationOf(a),
    ruleSetVersion: a.ruleSetVersion,
    ...opt('modelVersion', a.modelVersion),
    ...opt('modelHash', a.modelHash),
    ...(withFeatures && a.features ? { features: a.features as Record<string, unknown> } : {}),
    assessedAt: a.assessedAt,
  };
}

export function presentPlan(p: StoredScanPlan) {
  return {
    id: p.id,
    vesselCall: formatCallId(p),
    terminal: p.terminal,
    shift: p.shift,
    capacity: p.capacity,
    controlShare: p.controlShare,
    controlPool: p.controlPool,
    controlPropensity: p.controlPropensity,
    seed: p.seed,
    createdAt: p.createdAt,
    selections: p.selections.map((s) => ({
      containerNumber: s.containerNumber,
      billNumber: s.billNumber,
      score: s.score,
      reason: s.reason,
      propensity: s.propensity,
      selected: s.selected,
      ...opt('note', s.note),
    })),
  };
}

export function presentRuleSet(r: StoredRuleSet, withDocument: boolean) {
  return {
    id: r.id,
    setId: r.setId,
    version: r.version,
    status: r.status,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    ...opt('activatedAt', r.activatedAt),
    ...(withDocument ? { document: r.document as Record<string, unknown> } : {}),
  };
}

export function presentBacktest(b: BacktestReport) {
  return {
    ruleId: b.ruleId,
    records: b.records,
    positives: b.positives,
    hits: b.hits,
    truePositives: b.truePositives,
    baseRate: b.baseRate,
    ...opt('precision', b.precision),
    precisionInterval: b.precisionInterval,
    ...opt('recall', b.recall),
    recallInterval: b.recallInterval,
    ...opt('lift', b.lift),
  };
}

export function presentModel(m: ModelSummary) {
  return {
    version: m.version,
    status: m.status,
    modelHash: m.modelHash,
    trainingDataSha256: m.trainingDataSha256,
    metadata: (m.metadata ?? {}) as Record<string, unknown>,
    createdAt: m.createdAt,
    ...opt('activatedAt', m.activatedAt),
  };
}
