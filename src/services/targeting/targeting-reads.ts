/**
 * The officers' side of targeting: vessel calls with their counts, a call's queue, one
 * container's assessment with its history, scan plans (make, read, select and deselect),
 * recorded outcomes, and the evaluation of targeted against control scans.
 */
import { SOURCE_LANGUAGE, type Language } from '../../core/language.ts';
import {
  assessmentsOfContainer,
  getScanPlan,
  latestAssessmentsOfCall,
  latestScanPlanId,
  listAssessedCalls,
  listLabelledAssessments,
  type CallOrder,
  type StoredAssessment,
  type StoredScanPlan,
} from '../../storage/index.ts';
import { openSelections } from '../outcomes/follow-plans.ts';
import type { Actor } from '../access/actor.ts';
import { notFoundFor, requireAccess } from '../access/require-access.ts';
import { auditedTransaction, type AuditDeps } from '../audit/audited-transaction.ts';
import { parseCallId } from './call-id.ts';
import { changePlanSelection, type SelectionInput } from './change-selection.ts';
import { createExactExplainer } from './exact-explanation.ts';
import { createExplanationLocalizer } from './explanation-language.ts';
import { unpackFeatures } from './feature-snapshot.ts';
import { makeScanPlan, type ScanPlanOptions } from './make-scan-plan.ts';
import { createReasonTemplateCache } from './reason-templates.ts';
import { createExplanationReader } from './stored-explanation.ts';
import { recordOutcome, type OutcomeInput, type RecordedOutcome } from './record-outcome.ts';
import { evaluateOutcomes, type TargetingEvaluation } from './targeting-evaluation.ts';
import {
  withListings,
  type ListedCallSummary,
  type VesselListingSource,
} from './vessel-listings.ts';

export type { SelectionInput };

/**
 * How long after its ETA (or ATA) a call still counts as upcoming on the arrivals board: a
 * vessel being worked, or late without an ATA reported (most filings never carry one).
 */
export const ARRIVAL_GRACE_HOURS = 12;

export interface TargetingReads {
  /**
   * The calls with assessed containers, most recently assessed first or, by `eta`, upcoming by
   * ETA then past; the newest plan's counts only to an actor who reads scan plans.
   */
  listVesselCalls(actor: Actor, limit?: number, order?: CallOrder): Promise<ListedCallSummary[]>;
  /** Explanations in `language` (English unless asked). */
  queue(actor: Actor, callId: string, language?: Language): Promise<StoredAssessment[]>;
  /** Newest first; the first is the current assessment. Explanations in `language`. */
  getAssessment(
    actor: Actor,
    containerNumber: string,
    language?: Language,
  ): Promise<StoredAssessment[]>;
  makeScanPlan(actor: Actor, callId: string, options?: ScanPlanOptions): Promise<StoredScanPlan>;
  getScanPlanOfCall(actor: Actor, callId: string): Promise<StoredScanPlan>;
  changeSelection(actor: Actor, planId: string, input: SelectionInput): Promise<StoredScanPlan>;
  recordOutcome(actor: Actor, input: OutcomeInput): Promise<RecordedOutcome>;
  evaluate(actor: Actor, budgets?: readonly number[]): Promise<TargetingEvaluation>;
}

export function createTargetingReads(
  deps: AuditDeps & { readonly vesselListings?: VesselListingSource },
): TargetingReads {
  const explainExactly = createExactExplainer();
  const reasonsOf = createReasonTemplateCache();
  const readExplanation = createExplanationReader(reasonsOf);
  const inLanguage = createExplanationLocalizer(reasonsOf);
  const run = <T>(
    actor: Actor,
    action: string,
    resourceType: string,
    resourceId: string | undefined,
    body: Parameters<typeof auditedTransaction<T>>[3],
  ) =>
    auditedTransaction(
      deps,
      actor,
      {
        action,
        resourceType,
        agencyId: actor.agencyId,
        ...(resourceId === undefined ? {} : { resourceId }),
      },
      body,
    );
  const callOf = (actor: Actor, id: string) => ({ agencyId: actor.agencyId, ...parseCallId(id) });
  return {
    listVesselCalls: (actor, limit = 50, order = 'assessed') =>
      run(actor, 'vessel-call.list', 'vessel-call', undefined, async (tx) => {
        requireAccess(actor, 'assessment.read');
        const calls = await listAssessedCalls(tx, actor.agencyId, limit, {
          order,
          upcomingSince: new Date(deps.clock.now().getTime() - ARRIVAL_GRACE_HOURS * 3_600_000),
          withPlans: actor.permissions.has('scan-plan.read'),
        });
        return withListings(tx, actor.agencyId, calls, deps.vesselListings);
      }),
    queue: (actor, callId, language = SOURCE_LANGUAGE) =>
      run(actor, 'assessment.read', 'vessel-call', callId, async (tx) => {
        requireAccess(actor, 'assessment.read');
        // The features word the stored reasons; the queue itself does not show them.
        const latest = await latestAssessmentsOfCall(tx, callOf(actor, callId), true);
        const out: StoredAssessment[] = [];
        for (const a of latest) {
          const features = unpackFeatures(a.features);
          const read = await readExplanation(tx, a, features);
          out.push(await inLanguage(tx, { ...read, features: undefined }, features, language));
        }
        return out;
      }),
    getAssessment: (actor, containerNumber, language = SOURCE_LANGUAGE) =>
      run(actor, 'assessment.read', 'container', containerNumber, async (tx) => {
        requireAccess(actor, 'assessment.read');
        const found = await assessmentsOfContainer(tx, actor.agencyId, containerNumber);
        if (found.length === 0) throw notFoundFor('assessment.read');
        const read = [];
        for (const a of found) {
          const features = unpackFeatures(a.features);
          read.push({ ...(await readExplanation(tx, a, features)), features });
        }
        const [current, ...history] = read;
        // The explanation on display gets exact TreeSHAP; earlier ones keep their path reasons.
        const shown = [await explainExactly(tx, current!, current!.features), ...history];
        const out: StoredAssessment[] = [];
        for (let i = 0; i < shown.length; i++)
          out.push(await inLanguage(tx, shown[i]!, read[i]!.features, language));
        return out;
      }),
    makeScanPlan: (actor, callId, options = {}) =>
      run(actor, 'scan-plan.write', 'vessel-call', callId, async (tx) => {
        requireAccess(actor, 'scan-plan.write');
        const plan = await makeScanPlan(
          tx,
          callOf(actor, callId),
          options,
          actor.id,
          deps.clock.now(),
        );
        await openSelections(tx, actor.agencyId, deps.clock.now());
        return plan;
      }),
    getScanPlanOfCall: (actor, callId) =>
      run(actor, 'scan-plan.read', 'vessel-call', callId, async (tx) => {
        requireAccess(actor, 'scan-plan.read');
        const id = await latestScanPlanId(tx, callOf(actor, callId));
        const plan = id === undefined ? undefined : await getScanPlan(tx, id);
        if (!plan) throw notFoundFor('scan-plan.read');
        return plan;
      }),
    changeSelection: (actor, planId, input) =>
      run(actor, 'scan-plan.write', 'scan-plan', planId, async (tx) => {
        requireAccess(actor, 'scan-plan.write');
        const plan = await changePlanSelection(tx, actor, planId, input, deps.clock.now());
        await openSelections(tx, actor.agencyId, deps.clock.now());
        return plan;
      }),
    recordOutcome: (actor, input) =>
      run(actor, 'scan.record', 'container', input.containerNumber, (tx) => {
        requireAccess(actor, 'scan.record');
        return recordOutcome(tx, actor.agencyId, input, deps.clock.now());
      }),
    evaluate: (actor, budgets) =>
      run(actor, 'model.evaluate', 'targeting', undefined, async (tx) => {
        requireAccess(actor, 'model.train');
        return evaluateOutcomes(await listLabelledAssessments(tx, actor.agencyId, false), budgets);
      }),
  };
}
