/**
 * Targeting: the vessel calls as an arrivals board (targeting-calls.tsx), and per call the queue
 * (score, band, reasons, hold) under the vessel's name, the scan plan within the scanners'
 * capacity, and selecting or deselecting containers with a reason, one at a time or in bulk. Keyboard: j/k move, x ticks a row, space selects/deselects, Enter opens.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, get, post, query } from '../api/client.ts';
import type { QueueEntry, ScanPlan, VesselCall } from '../api/types.ts';
import { Loaded } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useLoad } from '../lib/use-load.ts';
import { CallBoard } from './targeting-calls.tsx';
import { PlanPanel } from './targeting-plan.tsx';
import { QueueTable } from './targeting-queue.tsx';

const enc = encodeURIComponent;
/** The arrivals board's length: a day or two of Antwerp's calls either side of now. */
const CALLS_SHOWN = 100;

export function TargetingPage({ callId }: { readonly callId?: string | undefined }) {
  const { t } = useI18n();
  const { can } = useSession();
  const calls = useLoad(
    () => get<VesselCall[]>(`/api/v1/vessel-calls${query({ order: 'eta', limit: CALLS_SHOWN })}`),
    [],
  );
  const call = calls.data?.find((c) => c.id === callId);
  // A bulk selection changes the plan once per container: the board is read again once after.
  const timer = useRef<number>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const planChanged = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(calls.reload, 400);
  }, [calls.reload]);
  return (
    <div className="split">
      <section className="calls" aria-labelledby="calls-title">
        <h1 id="calls-title">{t('targeting.calls')}</h1>
        <Loaded state={calls}>
          {(list) => <CallBoard calls={list} current={callId} readsPlans={can('scan-plan.read')} />}
        </Loaded>
      </section>
      {callId ? (
        <CallQueue key={callId} callId={callId} call={call} onPlanChanged={planChanged} />
      ) : (
        <p className="muted">{t('targeting.pickCall')}</p>
      )}
    </div>
  );
}

/** "<IMO>:<voyage>:<port>" read back (a voyage may hold ":"), for a call the list did not name. */
function refOf(callId: string) {
  const first = callId.indexOf(':');
  const last = callId.lastIndexOf(':');
  if (first <= 0 || last <= first) return { imo: callId, voyage: '', port: '' };
  return {
    imo: callId.slice(0, first),
    voyage: callId.slice(first + 1, last),
    port: callId.slice(last + 1),
  };
}

type CallProps = { readonly callId: string; readonly call: VesselCall | undefined };

/** The queue's heading: the vessel by name, then IMO, voyage, port and ETA. */
function QueueHeading({ callId, call }: CallProps) {
  const { t, formatDate } = useI18n();
  const ref = call
    ? { imo: call.vesselImo, voyage: call.voyageNumber, port: call.port }
    : refOf(callId);
  return (
    <h1 id="queue-title">
      {t('targeting.queueOf', { vessel: call?.vesselName ?? `IMO ${ref.imo}` })}{' '}
      <span className="call-facts">
        {t('targeting.callRef', ref)}
        {call?.eta && <> · {t('targeting.etaAt', { time: formatDate(call.eta) })}</>}
      </span>
    </h1>
  );
}

/** A call's queue and plan; `onPlanChanged` lets the board show the plan's new counts. */
function CallQueue({ callId, call, onPlanChanged }: CallProps & { onPlanChanged: () => void }) {
  const { t, language } = useI18n();
  const { can } = useSession();
  const queue = useLoad(() => {
    performance.clearMarks();
    performance.mark('queue:requested');
    const url = `/api/v1/vessel-calls/${enc(callId)}/queue${query({ lang: language })}`;
    return get<QueueEntry[]>(url).then((q) => {
      performance.mark('queue:data');
      return q;
    });
  }, [callId, language]);
  const [plan, setPlan] = useState<ScanPlan | null>();
  const [planError, setPlanError] = useState<string>();
  // Without scan-plan.read the server answers 404 whether or not a plan exists: not asked, so
  // the page does not say "no scan plan yet" about a call that has one.
  const readsPlans = can('scan-plan.read');
  useEffect(() => {
    if (!readsPlans) return;
    get<ScanPlan>(`/api/v1/vessel-calls/${enc(callId)}/scan-plan`).then(setPlan, (e: unknown) => {
      setPlan(null);
      if (!(e instanceof ApiError && e.status === 404))
        setPlanError(e instanceof Error ? e.message : String(e));
    });
  }, [callId, readsPlans]);
  const planned = useMemo(
    () => new Map((plan?.selections ?? []).map((s) => [s.containerNumber, s])),
    [plan],
  );
  const changed = (next: ScanPlan) => {
    setPlan(next);
    onPlanChanged();
  };
  return (
    <section className="queue" aria-labelledby="queue-title">
      <QueueHeading callId={callId} call={call} />
      {readsPlans ? (
        <PlanPanel
          callId={callId}
          plan={plan}
          onPlan={changed}
          canWrite={can('scan-plan.write')}
          error={planError}
        />
      ) : (
        <p className="muted" data-testid="plan-hidden">
          {t('plan.notReadable')}
        </p>
      )}
      <Loaded state={queue}>
        {(entries) => (
          <QueueTable
            entries={entries}
            planned={planned}
            canWrite={can('scan-plan.write') && !!plan}
            onChange={async (containerNumber, selected, reason) => {
              if (!plan) return;
              changed(
                await post<ScanPlan>(`/api/v1/scan-plans/${plan.id}/selections`, {
                  containerNumber,
                  selected,
                  reason,
                }),
              );
            }}
          />
        )}
      </Loaded>
    </section>
  );
}
