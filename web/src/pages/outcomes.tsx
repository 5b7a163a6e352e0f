/**
 * Outcomes: the selected containers by state, and per selection its history with forms to record
 * the scan verdict, the inspection, a seizure, the chain of custody, or the release. Every change
 * sends the version it read; a stale one is refused by the server (409) and the page reloads.
 */
import { useState } from 'react';
import { get, query } from '../api/client.ts';
import { SELECTION_STATES, type SelectionDetail, type SelectionSummary } from '../api/types.ts';
import { Loaded, NotAvailable } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';
import { useUserNames } from '../lib/user-names.tsx';
import { OutcomeForms } from './outcome-forms.tsx';

const ACTIONS = ['scan', 'inspect', 'seize', 'release', 'waive', 'withdraw', 'reopen'] as const;
const isAction = (a: string): a is (typeof ACTIONS)[number] =>
  (ACTIONS as readonly string[]).includes(a);
const REASONS = ['hold', 'targeted', 'control', 'manual'] as const;
const isReason = (r: string): r is (typeof REASONS)[number] =>
  (REASONS as readonly string[]).includes(r);
const isState = (x: string): x is (typeof SELECTION_STATES)[number] =>
  (SELECTION_STATES as readonly string[]).includes(x);

/** Everyone a selection's record attributes a step to: history, scan, inspection, seizures, custody. */
function peopleOf(s: SelectionDetail | undefined): string[] {
  if (!s) return [];
  return [
    ...s.history.map((h) => h.by),
    s.scan?.recordedBy ?? '',
    s.inspection?.recordedBy ?? '',
    ...s.seizures.map((z) => z.recordedBy),
    ...s.custody.map((c) => c.recordedBy),
  ].filter(Boolean);
}

/** What was recorded so far, and by whom: the hold and its waiver, the scan verdict, the inspection's findings. */
function Recorded({
  selection: s,
  nameOf,
}: {
  readonly selection: SelectionDetail;
  readonly nameOf: (id: string) => string;
}) {
  const { t, formatDate } = useI18n();
  if (!s.mandatoryHold && !s.scan && !s.inspection) return null;
  const waiver = s.history.findLast((h) => h.action === 'waive');
  return (
    <dl className="facts" data-testid="recorded">
      {s.mandatoryHold && (
        <div>
          <dt>{t('queue.hold')}</dt>
          <dd>
            {!s.holdWaived
              ? t('outcomes.holdActive')
              : waiver
                ? t('outcomes.holdWaivedBy', { who: nameOf(waiver.by) })
                : t('outcomes.holdWaived')}
          </dd>
        </div>
      )}
      {s.scan && (
        <div>
          <dt>{t('outcomes.scan')}</dt>
          <dd data-testid="scan-verdict">
            {s.scan.verdict === 'anomaly' ? t('outcomes.anomaly') : t('outcomes.clear')} ·{' '}
            {s.scan.scannerId} · <span className="mono">{s.scan.imageRef}</span> ·{' '}
            {formatDate(s.scan.recordedAt)} ·{' '}
            {t('outcomes.recordedBy', { who: nameOf(s.scan.recordedBy) })}
          </dd>
        </div>
      )}
      {s.inspection && (
        <div>
          <dt>{t('outcomes.inspection')}</dt>
          <dd data-testid="inspection-findings">
            {s.inspection.found ? t('outcomes.foundYes') : t('outcomes.foundNo')} ·{' '}
            {s.inspection.team} · {s.inspection.findings} · {formatDate(s.inspection.recordedAt)} ·{' '}
            {t('outcomes.recordedBy', { who: nameOf(s.inspection.recordedBy) })}
          </dd>
        </div>
      )}
    </dl>
  );
}

export function OutcomesPage({ selectionId }: { readonly selectionId?: string | undefined }) {
  const { t, formatDate } = useI18n();
  const available = useAvailability('/api/v1/selections');
  const [state, setState] = useState('');
  const list = useLoad(
    available
      ? () =>
          get<{ items: SelectionSummary[] }>(`/api/v1/selections${query({ state, limit: 500 })}`)
      : undefined,
    [available, state],
  );
  if (available === false) return <NotAvailable what={t('nav.outcomes')} />;
  return (
    <div className="split">
      <section className="calls" aria-labelledby="sel-title">
        <h1 id="sel-title">{t('outcomes.title')}</h1>
        <label>
          {t('outcomes.state')}
          <select
            value={state}
            onChange={(e) => setState(e.target.value)}
            data-testid="state-filter"
          >
            <option value="">{t('outcomes.allStates')}</option>
            {SELECTION_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <Loaded state={list}>
          {(d) => (
            <ul className="call-list">
              {d.items.map((s) => (
                <li key={s.id}>
                  <Link
                    href={`/outcomes/${s.id}`}
                    aria-current={s.id === selectionId ? 'true' : undefined}
                    data-testid="selection-link"
                  >
                    <strong className="mono">{s.containerNumber}</strong>
                    <span>
                      {t(`state.${s.state}`)} · {formatDate(s.updatedAt)}
                    </span>
                    {s.mandatoryHold && <span className="hold">{t('queue.hold')}</span>}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Loaded>
      </section>
      {selectionId ? (
        <Selection key={selectionId} id={selectionId} onChanged={list.reload} />
      ) : (
        <p className="muted">{t('outcomes.pick')}</p>
      )}
    </div>
  );
}

function Selection({ id, onChanged }: { readonly id: string; readonly onChanged: () => void }) {
  const { t, formatDate, formatNumber } = useI18n();
  const actionName = (a: string) => (isAction(a) ? t(`action.${a}`) : a);
  const stateName = (x: string) => (isState(x) ? t(`state.${x}`) : x);
  const detail = useLoad(() => get<SelectionDetail>(`/api/v1/selections/${id}`), [id]);
  const nameOf = useUserNames(peopleOf(detail.data));
  return (
    <section aria-labelledby="one-title">
      <Loaded state={detail}>
        {(s) => (
          <>
            <h1 id="one-title">
              <Link href={`/containers/${encodeURIComponent(s.containerNumber)}`} className="mono">
                {s.containerNumber}
              </Link>{' '}
              <span className="tag" data-testid="selection-state">
                {t(`state.${s.state}`)}
              </span>
            </h1>
            <p className="muted">
              {s.callId} · {isReason(s.reason) ? t(`selectionReason.${s.reason}`) : s.reason} · v
              {s.version}
            </p>
            <Recorded selection={s} nameOf={nameOf} />
            <OutcomeForms
              selection={s}
              onDone={() => {
                detail.reload();
                onChanged();
              }}
            />
            {s.seizures.length > 0 && (
              <>
                <h2>{t('outcomes.seizures')}</h2>
                <ul data-testid="seizures">
                  {s.seizures.map((z) => (
                    <li key={z.id}>
                      {t(`substance.${z.substance}` as 'substance.cocaine')} ·{' '}
                      {t('outcomes.seizureFigures', {
                        net: formatNumber(z.netKg),
                        gross: formatNumber(z.grossKg),
                        packages: formatNumber(z.packages),
                      })}{' '}
                      · {t(`concealment.${z.concealment}` as 'concealment.other')} · {z.location} ·{' '}
                      {formatDate(z.recordedAt)} ·{' '}
                      {t('outcomes.recordedBy', { who: nameOf(z.recordedBy) })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {s.custody.length > 0 && (
              <>
                <h2>{t('outcomes.custody')}</h2>
                <ol className="timeline">
                  {s.custody.map((c) => (
                    <li key={c.id}>
                      {formatDate(c.at)} · {c.holder} · {c.location} ·{' '}
                      {t('outcomes.recordedBy', { who: nameOf(c.recordedBy) })}
                    </li>
                  ))}
                </ol>
              </>
            )}
            <h2>{t('outcomes.history')}</h2>
            <ol className="timeline">
              {s.history.map((h, i) => (
                <li key={i}>
                  {formatDate(h.at)} · {actionName(h.action)} · {stateName(h.from)} →{' '}
                  {stateName(h.to)} · {nameOf(h.by)}
                </li>
              ))}
            </ol>
          </>
        )}
      </Loaded>
    </section>
  );
}
