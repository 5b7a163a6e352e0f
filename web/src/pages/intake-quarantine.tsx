/**
 * The quarantine on the Intake page: each open record with its reason and diagnostics (where
 * each points), the sender, the filing its message was stored under and when it was kept; a
 * user who may reprocess opens the correction form of a record from its row.
 */
import { useState } from 'react';
import { loadQuarantine, type Acknowledgement, type QuarantinedRecord } from '../api/intake.ts';
import { Loaded } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { placeOf } from '../lib/diagnostic-place.ts';
import { useDiagnosticText } from '../lib/use-diagnostic-text.ts';
import { kindWord, senderKindWord, statusWord } from '../lib/intake-words.ts';
import { useLoad } from '../lib/use-load.ts';
import {
  AcknowledgementView,
  DiagnosticList,
  FilingButton,
  type ShowFiling,
} from './intake-acknowledgement.tsx';
import { ReprocessForm, recordLabel } from './intake-reprocess.tsx';

export function QuarantineSection({
  canReprocess,
  onReprocessed,
  onShowFiling,
}: {
  readonly canReprocess: boolean;
  readonly onReprocessed: () => void;
  readonly onShowFiling?: ShowFiling;
}) {
  const { t } = useI18n();
  const records = useLoad(loadQuarantine, []);
  const [correcting, setCorrecting] = useState<QuarantinedRecord>();
  const [done, setDone] = useState<{ record: QuarantinedRecord; ack: Acknowledgement }>();
  const correct = (record: QuarantinedRecord) => {
    setDone(undefined);
    setCorrecting(record);
  };
  const reprocessed = (record: QuarantinedRecord, ack: Acknowledgement) => {
    setCorrecting(undefined);
    setDone({ record, ack });
    records.reload();
    onReprocessed();
  };
  return (
    <section aria-labelledby="intake-quarantine" data-testid="intake-quarantine">
      <h2 id="intake-quarantine">{t('intake.quarantine')}</h2>
      <p className="muted intro">{t('intake.quarantineIntro')}</p>
      {done && <Reprocessed {...done} {...(onShowFiling ? { onShowFiling } : {})} />}
      <Loaded state={records}>
        {(list) =>
          list.length === 0 ? (
            <p data-testid="quarantine-empty">{t('intake.noQuarantine')}</p>
          ) : (
            <QuarantineTable
              records={list}
              {...(canReprocess ? { onCorrect: correct } : {})}
              {...(onShowFiling ? { onShowFiling } : {})}
            />
          )
        }
      </Loaded>
      {canReprocess && correcting && (
        <ReprocessForm
          key={correcting.id}
          record={correcting}
          onDone={reprocessed}
          onClosed={records.reload}
          onCancel={() => setCorrecting(undefined)}
        />
      )}
    </section>
  );
}

function QuarantineTable({
  records,
  onCorrect,
  onShowFiling,
}: {
  readonly records: readonly QuarantinedRecord[];
  readonly onCorrect?: (r: QuarantinedRecord) => void;
  readonly onShowFiling?: ShowFiling;
}) {
  const { t, formatDate } = useI18n();
  const { reason } = useDiagnosticText();
  return (
    <table data-testid="quarantine">
      <thead>
        <tr>
          <th scope="col">{t('intake.record')}</th>
          <th scope="col">{t('intake.reason')}</th>
          <th scope="col">{t('intake.where')}</th>
          <th scope="col">{t('intake.sender')}</th>
          <th scope="col">{t('intake.filing')}</th>
          <th scope="col">{t('intake.quarantinedAt')}</th>
          {onCorrect && <th scope="col">{t('intake.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {records.map((r) => (
          <tr key={r.id} data-testid="quarantined-record">
            <th scope="row">
              {kindWord(t, r.recordKind)}
              {r.payload.key && (
                <>
                  <br />
                  <span className="mono">{r.payload.key}</span>
                </>
              )}
            </th>
            <td>
              <p data-testid="quarantine-reason">{reason(r.reason, r.diagnostics)}</p>
              <DiagnosticList diagnostics={r.diagnostics} />
            </td>
            <td data-testid="quarantine-place">{placeOf(t, r.position)}</td>
            <td>
              {r.sender ? (
                <>
                  {r.sender.name} <span className="muted">{senderKindWord(t, r.sender.kind)}</span>
                </>
              ) : (
                '—'
              )}
            </td>
            <td>
              {r.filing ? (
                <>
                  <span className="mono">{r.filing.filingKey.split('|').slice(1).join(' ')}</span>{' '}
                  <span className="muted">
                    {t('intake.ack.filingVersion', { version: r.filing.version })}
                  </span>{' '}
                  {onShowFiling && (
                    <FilingButton filingKey={r.filing.filingKey} onShowFiling={onShowFiling} />
                  )}
                </>
              ) : (
                '—'
              )}
            </td>
            <td>{formatDate(r.createdAt)}</td>
            {onCorrect && (
              <td>
                <button
                  type="button"
                  onClick={() => onCorrect(r)}
                  aria-label={t('intake.correctOf', { record: recordLabel(t, r) })}
                >
                  {t('intake.correct')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Reprocessed({
  record,
  ack,
  onShowFiling,
}: {
  readonly record: QuarantinedRecord;
  readonly ack: Acknowledgement;
  readonly onShowFiling?: ShowFiling;
}) {
  const { t } = useI18n();
  return (
    <section className="box" aria-labelledby="intake-reprocessed" data-testid="reprocessed">
      <h3 id="intake-reprocessed">{t('intake.reprocess.result')}</h3>
      <p role="status">
        {t('intake.reprocess.accepted', {
          record: recordLabel(t, record),
          status: statusWord(t, ack.status),
        })}
      </p>
      <AcknowledgementView ack={ack} {...(onShowFiling ? { onShowFiling } : {})} headingLevel={3} />
    </section>
  );
}
