/**
 * Partner logs: per partner, whether the audit tree head it serves passed this node's check at
 * sync (verified, alarm, no head yet, no audit key), the head held, and the newest alarm said in
 * plain words. Partners in alarm head the page in an alert, as they do the menu's badge.
 */
import {
  isHeadFailure,
  type PartnerHeadCheck,
  type PartnerHeadState,
  type PartnerHeadStatus,
} from '../api/partner-heads.ts';
import { Loaded, NotAvailable } from '../components/page-state.tsx';
import { useI18n, type Translate } from '../i18n/i18n.tsx';
import { usePartnerHeads } from '../lib/partner-heads.tsx';

/** What an alarm's outcome means, in the reader's words (an outcome this app does not know, named). */
const alarmText = (t: Translate, outcome: string) =>
  isHeadFailure(outcome)
    ? t(`partnerLogs.failure.${outcome}`)
    : t('partnerLogs.failure.other', { outcome });

const STATE_CLASS: Record<PartnerHeadState, string> = {
  verified: 'band band-low',
  alarm: 'band band-high',
  'no-head': 'tag',
  'no-audit-key': 'tag',
};

const anchorOf = (p: PartnerHeadStatus) => `partner-log-${p.partnerId}`;

export function PartnerLogsPage() {
  const { t } = useI18n();
  const { available, state, inAlarm } = usePartnerHeads();
  if (available === false) return <NotAvailable what={t('nav.partnerLogs')} />;
  return (
    <div>
      <h1>{t('partnerLogs.title')}</h1>
      {inAlarm.length > 0 && <AlarmBanner partners={inAlarm} />}
      <p className="muted intro">{t('partnerLogs.intro')}</p>
      <Loaded state={state}>
        {(list) =>
          list.length === 0 ? (
            <p data-testid="partner-logs-none">{t('partnerLogs.none')}</p>
          ) : (
            list.map((p) => <PartnerLog key={p.partnerId} status={p} />)
          )
        }
      </Loaded>
    </div>
  );
}

function AlarmBanner({ partners }: { readonly partners: readonly PartnerHeadStatus[] }) {
  const { t } = useI18n();
  return (
    <section
      className="alarm"
      role="alert"
      aria-labelledby="partner-alarm-title"
      data-testid="partner-alarm"
    >
      <h2 id="partner-alarm-title">{t('partnerLogs.alarmTitle', { n: partners.length })}</h2>
      <ul>
        {partners.map((p) => (
          <li key={p.partnerId}>
            <a href={`#${anchorOf(p)}`}>
              <strong>{p.partnerId}</strong> ({p.agencyId})
            </a>
            : {p.lastAlarm ? alarmText(t, p.lastAlarm.outcome) : ''}
          </li>
        ))}
      </ul>
      <p>{t('partnerLogs.alarmAdvice')}</p>
    </section>
  );
}

function PartnerLog({ status: p }: { readonly status: PartnerHeadStatus }) {
  const { t } = useI18n();
  return (
    <article
      className={`partner-log${p.state === 'alarm' ? ' in-alarm' : ''}`}
      id={anchorOf(p)}
      aria-labelledby={`${anchorOf(p)}-title`}
      data-testid="partner-log"
      data-state={p.state}
    >
      <h2 id={`${anchorOf(p)}-title`}>
        {p.partnerId} <span className="muted">{p.agencyId}</span>{' '}
        <span className={STATE_CLASS[p.state]} data-testid="partner-log-state">
          {t(`partnerLogs.state.${p.state}`)}
        </span>
      </h2>
      <p className="muted">{t(`partnerLogs.stateText.${p.state}`, { partner: p.partnerId })}</p>
      <HeadFacts status={p} />
      {p.lastAlarm && <LastAlarm alarm={p.lastAlarm} />}
    </article>
  );
}

/** The head held (size, signed, held since, root) and the alarm count; nothing when neither is there. */
function HeadFacts({ status: p }: { readonly status: PartnerHeadStatus }) {
  const { t, formatNumber, formatDate } = useI18n();
  const head = p.held?.head;
  if (!head && p.alarms === 0) return null;
  return (
    <dl className="facts">
      {head && p.held && (
        <>
          <div>
            <dt>{t('partnerLogs.entries')}</dt>
            <dd>{formatNumber(head.treeSize)}</dd>
          </div>
          <div>
            <dt>{t('partnerLogs.signedAt')}</dt>
            <dd>{formatDate(head.timestamp)}</dd>
          </div>
          <div>
            <dt>{t('partnerLogs.heldSince')}</dt>
            <dd>{formatDate(p.held.checkedAt)}</dd>
          </div>
        </>
      )}
      <div>
        <dt>{t('partnerLogs.alarms')}</dt>
        <dd data-testid="partner-log-alarms" className={p.alarms > 0 ? 'error' : undefined}>
          {formatNumber(p.alarms)}
        </dd>
      </div>
      {head && (
        <div>
          <dt>{t('partnerLogs.root')}</dt>
          <dd>
            <RootHash hash={head.rootHash} />
          </dd>
        </div>
      )}
    </dl>
  );
}

function LastAlarm({ alarm }: { readonly alarm: PartnerHeadCheck }) {
  const { t, formatNumber, formatDate } = useI18n();
  return (
    <section className="last-alarm" data-testid="partner-log-alarm">
      <h3>{t('partnerLogs.lastAlarm', { when: formatDate(alarm.checkedAt) })}</h3>
      <p>
        <strong>{alarmText(t, alarm.outcome)}</strong>
      </p>
      {alarm.head && (
        <p data-testid="partner-log-alarm-head">
          {alarm.witness === undefined
            ? t('partnerLogs.refusedHead', {
                entries: formatNumber(alarm.head.treeSize),
                signed: formatDate(alarm.head.timestamp),
              })
            : t('partnerLogs.witnessHead', {
                witness: alarm.witness,
                entries: formatNumber(alarm.head.treeSize),
                signed: formatDate(alarm.head.timestamp),
              })}
        </p>
      )}
      {alarm.message && (
        <p className="muted">{t('partnerLogs.serverMessage', { message: alarm.message })}</p>
      )}
    </section>
  );
}

/** The first 16 hex digits, the whole hash one click (or Enter) away. */
function RootHash({ hash }: { readonly hash: string }) {
  const { t } = useI18n();
  return (
    <details className="hash">
      <summary className="mono" title={t('partnerLogs.fullRoot')}>
        {hash.slice(0, 16)}…
      </summary>
      <code className="mono" data-testid="root-hash">
        {hash}
      </code>
    </details>
  );
}
