/**
 * Targeting: the vessel calls arriving, and per call the queue (score, band, reasons, hold), the
 * scan plan within the scanners' capacity, and selecting or deselecting containers with a reason,
 * one at a time or in bulk. Keyboard: j/k move, x ticks a row, space selects/deselects, Enter opens.
 */
import { useEffect, useMemo, useState } from 'react';
import { ApiError, get, post, query } from '../api/client.ts';
import type { QueueEntry, ScanPlan, VesselCall } from '../api/types.ts';
import { Loaded } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { callsByArrival } from '../lib/call-order.ts';
import { useLoad } from '../lib/use-load.ts';
import { PlanPanel } from './targeting-plan.tsx';
import { QueueTable } from './targeting-queue.tsx';

const enc = encodeURIComponent;

export function TargetingPage({ callId }: { readonly callId?: string | undefined }) {
  const { t, formatDate, formatNumber } = useI18n();
  const calls = useLoad(
    () => get<VesselCall[]>('/api/v1/vessel-calls').then((l) => callsByArrival(l, new Date())),
    [],
  );
  return (
    <div className="split">
      <section className="calls" aria-labelledby="calls-title">
        <h1 id="calls-title">{t('targeting.calls')}</h1>
        <Loaded state={calls}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{t('targeting.noCalls')}</p>
            ) : (
              <ul className="call-list">
                {list.map((c) => (
                  <li key={c.id}>
                    <Link
                      href={`/targeting/${enc(c.id)}`}
                      aria-current={c.id === callId ? 'true' : undefined}
                      data-testid="call-link"
                    >
                      <strong>
                        IMO {c.vesselImo} · {c.voyageNumber}
                      </strong>
                      <span>
                        {c.port} · {t('targeting.eta')} {formatDate(c.eta)}
                      </span>
                      <span className="counts">
                        {t('targeting.callCounts', {
                          containers: formatNumber(c.containers),
                          high: formatNumber(c.high),
                          holds: formatNumber(c.holds),
                        })}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
      {callId ? (
        <CallQueue key={callId} callId={callId} />
      ) : (
        <p className="muted">{t('targeting.pickCall')}</p>
      )}
    </div>
  );
}

function CallQueue({ callId }: { readonly callId: string }) {
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
  return (
    <section className="queue" aria-labelledby="queue-title">
      <h1 id="queue-title">{t('targeting.queueOf', { call: callId })}</h1>
      {readsPlans ? (
        <PlanPanel
          callId={callId}
          plan={plan}
          onPlan={setPlan}
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
              setPlan(
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
