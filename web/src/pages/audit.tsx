/** Audit: the log's size and latest signed tree head, recent events, and a verification run on demand. */
import { useState } from 'react';
import { get, post } from '../api/client.ts';
import { Loaded, NotAvailable } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';
import { UserName } from '../lib/user-names.tsx';

interface AuditStatus {
  readonly treeSize: number;
  readonly latestHead?: {
    readonly treeSize: number;
    readonly rootHash: string;
    readonly timestamp: string | number;
    readonly keyId?: string;
  };
  readonly publicKey?: string;
}

interface Verification {
  readonly ok: boolean;
  readonly report: {
    readonly entries: number;
    readonly treeHeadsChecked: number;
    readonly findings: readonly { readonly message: string }[];
  };
}

interface AuditEvent {
  readonly id: number;
  readonly at: string;
  readonly actorId?: string;
  readonly action: string;
  readonly resourceType?: string;
  readonly resourceId?: string;
  readonly outcome: string;
}

const OUTCOMES = ['success', 'denied', 'failure'] as const;
const isOutcome = (o: string): o is (typeof OUTCOMES)[number] =>
  (OUTCOMES as readonly string[]).includes(o);

export function AuditPage() {
  const { t, formatNumber, formatDate } = useI18n();
  const { can } = useSession();
  const available = useAvailability('/api/v1/audit/status');
  const status = useLoad(available ? () => get<AuditStatus>('/api/v1/audit/status') : undefined, [
    available,
  ]);
  const events = useLoad(
    available && status.data
      ? () =>
          // Event ids follow the log's order: the last fifty are those after size − 50.
          get<{ items: AuditEvent[] }>(
            `/api/v1/audit/events?after=${Math.max(0, (status.data?.treeSize ?? 0) - 50)}&limit=50`,
          ).then((r) => [...r.items].reverse())
      : undefined,
    [available, status.data?.treeSize],
  );
  // The answer is kept, not its wording, so it reads in the language chosen afterwards too.
  const [result, setResult] = useState<Verification | { readonly error: string }>();
  const [busy, setBusy] = useState(false);
  if (available === false) return <NotAvailable what={t('nav.audit')} />;
  async function verify() {
    setBusy(true);
    try {
      setResult(await post<Verification>('/api/v1/audit/verify', {}));
    } catch (e) {
      setResult({ error: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }
  const resultText = (r: Verification | { readonly error: string }) =>
    'error' in r
      ? t('audit.failed', { detail: r.error })
      : r.ok
        ? t('audit.verified', {
            entries: formatNumber(r.report.entries),
            heads: formatNumber(r.report.treeHeadsChecked),
          })
        : t('audit.failed', { detail: r.report.findings.map((f) => f.message).join('; ') });
  return (
    <div>
      <h1>{t('audit.title')}</h1>
      <Loaded state={status}>
        {(s) => (
          <dl className="facts">
            <div>
              <dt>{t('audit.size')}</dt>
              <dd>{formatNumber(s.treeSize)}</dd>
            </div>
            <div>
              <dt>{t('audit.head')}</dt>
              <dd className="mono">
                {s.latestHead
                  ? `${s.latestHead.rootHash.slice(0, 16)}… (${formatNumber(s.latestHead.treeSize)})`
                  : '—'}
              </dd>
            </div>
            <div>
              <dt>{t('audit.signedAt')}</dt>
              <dd>
                {s.latestHead ? formatDate(new Date(s.latestHead.timestamp).toISOString()) : '—'}
              </dd>
            </div>
          </dl>
        )}
      </Loaded>
      {can('audit.verify') && (
        <p>
          <button type="button" onClick={() => void verify()} disabled={busy}>
            {t('audit.verify')}
          </button>{' '}
          {result && (
            <span role="status" data-testid="verification">
              {resultText(result)}
            </span>
          )}
        </p>
      )}
      <h2>{t('audit.events')}</h2>
      <Loaded state={events}>
        {(list) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.resource')}</th>
                <th scope="col">{t('audit.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(e.at)}</td>
                  <td>{e.actorId && <UserName id={e.actorId} />}</td>
                  <td className="mono">{e.action}</td>
                  <td className="mono">
                    {[e.resourceType, e.resourceId].filter(Boolean).join(' ')}
                  </td>
                  <td>{isOutcome(e.outcome) ? t(`audit.outcome.${e.outcome}`) : e.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Loaded>
    </div>
  );
}
