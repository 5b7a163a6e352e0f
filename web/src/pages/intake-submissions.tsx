/**
 * Recent submissions on the Intake page: the agency's uploads newest first, filtered by sender,
 * status and day, fifty at a time with the older ones a click away; each row opens its
 * acknowledgement with the per-record diagnostics below the table.
 */
import { useEffect, useState } from 'react';
import {
  ACK_STATUSES,
  loadAcknowledgement,
  loadSubmissions,
  NO_FILTER,
  type SubmissionFilter,
  type SubmissionSummary,
} from '../api/intake.ts';
import { ChoiceField, TextField } from '../components/field.tsx';
import { Loaded } from '../components/page-state.tsx';
import { useI18n, type Translate } from '../i18n/i18n.tsx';
import {
  formatWord,
  senderKindWord,
  statusClass,
  statusWord,
  submissionWords,
} from '../lib/intake-words.ts';
import { useLoad } from '../lib/use-load.ts';
import { AcknowledgementView, type ShowFiling } from './intake-acknowledgement.tsx';

export interface SenderOption {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

const senderName = (t: Translate, s: SubmissionSummary['sender']) =>
  s.name ?? t('intake.unknownSender', { id: s.id.slice(0, 8) });

export function SubmissionsSection({
  senders,
  onShowFiling,
  refresh,
}: {
  readonly senders: readonly SenderOption[];
  readonly onShowFiling: ShowFiling;
  /** Changes when the list is to be read again (a correction was sent). */
  readonly refresh: number;
}) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<SubmissionFilter>(NO_FILTER);
  const [older, setOlder] = useState<{ items: SubmissionSummary[]; next?: string }>();
  const [shown, setShown] = useState<SubmissionSummary>();
  const first = useLoad(
    () => loadSubmissions(filter),
    [filter.sender, filter.status, filter.since, refresh],
  );
  // Read again from the newest: older pages already shown would overlap the new first page.
  useEffect(() => setOlder(undefined), [refresh]);
  const change = (patch: Partial<SubmissionFilter>) => {
    setOlder(undefined);
    setFilter((f) => ({ ...f, ...patch }));
  };
  const next = older ? older.next : first.data?.next;
  async function more() {
    if (!next) return;
    const page = await loadSubmissions(filter, next);
    setOlder((o) => ({
      items: [...(o?.items ?? []), ...page.items],
      ...(page.next ? { next: page.next } : {}),
    }));
  }
  return (
    <section aria-labelledby="intake-submissions" data-testid="intake-submissions">
      <h2 id="intake-submissions">{t('intake.submissions')}</h2>
      <form className="inline" onSubmit={(e) => e.preventDefault()} data-testid="intake-filter">
        <ChoiceField
          label={t('intake.filter.sender')}
          value={filter.sender}
          onChange={(v) => change({ sender: v })}
          options={[['', t('intake.filter.any')], ...senders.map((s) => [s.id, s.name] as const)]}
        />
        <ChoiceField
          label={t('intake.filter.status')}
          value={filter.status}
          onChange={(v) => change({ status: v })}
          options={[
            ['', t('intake.filter.any')],
            ...ACK_STATUSES.map((s) => [s, statusWord(t, s)] as const),
          ]}
        />
        <TextField
          label={t('intake.filter.since')}
          type="date"
          value={filter.since}
          onChange={(v) => change({ since: v })}
        />
        <button type="button" onClick={() => change(NO_FILTER)}>
          {t('intake.filter.clear')}
        </button>
      </form>
      <Loaded state={first}>
        {(page) => {
          const items = [...page.items, ...(older?.items ?? [])];
          if (items.length === 0)
            return <p data-testid="intake-no-submissions">{t('intake.noSubmissions')}</p>;
          return (
            <>
              <SubmissionTable items={items} shown={shown?.id} onShow={setShown} />
              {next && (
                <button type="button" onClick={() => void more()} data-testid="intake-more">
                  {t('intake.more')}
                </button>
              )}
            </>
          );
        }}
      </Loaded>
      {shown && (
        <ShownAcknowledgement
          key={shown.id}
          submission={shown}
          onClose={() => setShown(undefined)}
          onShowFiling={onShowFiling}
        />
      )}
    </section>
  );
}

function SubmissionTable({
  items,
  shown,
  onShow,
}: {
  readonly items: readonly SubmissionSummary[];
  readonly shown: string | undefined;
  readonly onShow: (s: SubmissionSummary) => void;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <table data-testid="submissions">
      <thead>
        <tr>
          <th scope="col">{t('intake.received')}</th>
          <th scope="col">{t('intake.sender')}</th>
          <th scope="col">{t('intake.format')}</th>
          <th scope="col">{t('intake.accepted')}</th>
          <th scope="col" className="num">
            {t('intake.quarantined')}
          </th>
          <th scope="col">{t('intake.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('intake.show')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((s) => (
          <tr
            key={s.id}
            data-testid="submission"
            aria-current={s.id === shown ? 'true' : undefined}
          >
            <td>{formatDate(s.receivedAt)}</td>
            <td>
              {senderName(t, s.sender)}{' '}
              <span className="muted">{senderKindWord(t, s.sender.kind)}</span>
            </td>
            <td>
              {formatWord(t, s.format)}
              {s.messageTypes.length > 0 && (
                <span className="muted"> · {s.messageTypes.join(', ')}</span>
              )}
            </td>
            <td data-testid="submission-accepted">{submissionWords(t, s, formatNumber)}</td>
            <td className={`num${s.quarantined > 0 ? ' error' : ''}`}>
              {formatNumber(s.quarantined)}
            </td>
            <td>
              <span className={statusClass(s.status)} data-testid="submission-status">
                {statusWord(t, s.status)}
              </span>
            </td>
            <td>
              <button
                type="button"
                onClick={() => onShow(s)}
                aria-label={t('intake.showOf', {
                  sender: senderName(t, s.sender),
                  when: formatDate(s.receivedAt),
                })}
              >
                {t('intake.show')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ShownAcknowledgement({
  submission,
  onClose,
  onShowFiling,
}: {
  readonly submission: SubmissionSummary;
  readonly onClose: () => void;
  readonly onShowFiling: ShowFiling;
}) {
  const { t, formatDate } = useI18n();
  const ack = useLoad(() => loadAcknowledgement(submission.id), [submission.id]);
  return (
    <section
      aria-labelledby="intake-ack-title"
      className="box"
      data-testid="submission-acknowledgement"
    >
      <h3 id="intake-ack-title" tabIndex={-1}>
        {t('intake.ack.title', { when: formatDate(submission.receivedAt) })} ·{' '}
        {senderName(t, submission.sender)}
      </h3>
      <Loaded state={ack}>
        {(a) => <AcknowledgementView ack={a} onShowFiling={onShowFiling} />}
      </Loaded>
      <button type="button" onClick={onClose}>
        {t('intake.ack.close')}
      </button>
    </section>
  );
}
