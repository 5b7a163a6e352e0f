/**
 * An acknowledgement as the Intake page shows it: when and what was received, the raw message
 * kept, the upload's own diagnostics, and per message the filing version written, what was
 * accepted (records, and the events a DCSA message retracted), the events already stored, what a
 * cancellation naming no bill cancelled, each quarantined record and every diagnostic with where
 * it points.
 */
import type { Acknowledgement, CancelledVersion, Diagnostic, UnitAck } from '../api/intake.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { placeOf } from '../lib/diagnostic-place.ts';
import { useDiagnosticText } from '../lib/use-diagnostic-text.ts';
import {
  acceptedWords,
  formatWord,
  functionWord,
  kindWord,
  severityWord,
  statusClass,
  statusWord,
} from '../lib/intake-words.ts';

/** Opens a filing's history on the page. */
export type ShowFiling = (filingKey: string) => void;

export function DiagnosticList({ diagnostics }: { readonly diagnostics: readonly Diagnostic[] }) {
  const { t } = useI18n();
  const { text } = useDiagnosticText();
  if (diagnostics.length === 0) return <p className="muted">{t('intake.ack.noDiagnostics')}</p>;
  return (
    <ul className="diagnostics">
      {diagnostics.map((d, i) => (
        <li key={i} data-testid="diagnostic" data-severity={d.severity}>
          <strong className={d.severity === 'error' ? 'error' : undefined}>
            {severityWord(t, d.severity)}
          </strong>{' '}
          <span data-testid="diagnostic-place">{placeOf(t, d.at)}</span>:{' '}
          <span data-testid="diagnostic-message">{text(d)}</span>{' '}
          <span className="muted mono">({d.code})</span>
        </li>
      ))}
    </ul>
  );
}

export function AcknowledgementView({
  ack,
  onShowFiling,
  headingLevel = 3,
}: {
  readonly ack: Acknowledgement;
  readonly onShowFiling?: ShowFiling;
  readonly headingLevel?: 3 | 4;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  const Heading = headingLevel === 3 ? 'h4' : 'h5';
  return (
    <div className="acknowledgement" data-testid="acknowledgement" data-status={ack.status}>
      <dl className="facts">
        <div>
          <dt>{t('intake.received')}</dt>
          <dd>{formatDate(ack.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('intake.status')}</dt>
          <dd>
            <span className={statusClass(ack.status)} data-testid="ack-status">
              {statusWord(t, ack.status)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('intake.format')}</dt>
          <dd>{formatWord(t, ack.format)}</dd>
        </div>
        <div>
          <dt>{t('intake.ack.raw')}</dt>
          <dd>
            {t('intake.ack.rawSize', {
              size: formatNumber(ack.rawMessage.size),
              hash: `${ack.rawMessage.sha256.slice(0, 12)}…`,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('intake.ack.id')}</dt>
          <dd className="mono">{ack.id}</dd>
        </div>
      </dl>
      {ack.diagnostics.length > 0 && (
        <>
          <Heading>{t('intake.ack.uploadDiagnostics')}</Heading>
          <DiagnosticList diagnostics={ack.diagnostics} />
        </>
      )}
      {ack.units.length === 0 && <p>{t('intake.ack.noUnits')}</p>}
      {ack.units.map((u, i) => (
        <UnitView key={i} unit={u} Heading={Heading} {...(onShowFiling ? { onShowFiling } : {})} />
      ))}
    </div>
  );
}

function UnitView({
  unit: u,
  Heading,
  onShowFiling,
}: {
  readonly unit: UnitAck;
  readonly Heading: 'h4' | 'h5';
  readonly onShowFiling?: ShowFiling;
}) {
  const { t, formatNumber } = useI18n();
  const { reason } = useDiagnosticText();
  return (
    <section className="unit" data-testid="ack-unit">
      <Heading>
        {t('intake.ack.unit', {
          type: u.messageType,
          document: u.documentNumber,
          function: functionWord(t, u.function),
        })}{' '}
        <span className={statusClass(u.status)}>{statusWord(t, u.status)}</span>
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t('intake.ack.filing')}</dt>
          <dd>
            {u.filing ? (
              <>
                {t('intake.ack.filingVersion', { version: u.filing.version })}{' '}
                {onShowFiling && (
                  <FilingButton filingKey={u.filing.filingKey} onShowFiling={onShowFiling} />
                )}
              </>
            ) : (
              t('intake.ack.notFiled')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('intake.accepted')}</dt>
          <dd>{acceptedWords(t, { ...u.accepted, retracted: u.retracted ?? 0 }, formatNumber)}</dd>
        </div>
        {u.alreadyStored &&
          u.alreadyStored.containerEvents + u.alreadyStored.transportEvents > 0 && (
            <div data-testid="ack-already-stored">
              <dt>{t('intake.ack.alreadyStored')}</dt>
              <dd>{acceptedWords(t, u.alreadyStored, formatNumber)}</dd>
            </div>
          )}
        {u.cancelled && <CancelledFacts cancelled={u.cancelled} />}
        <div>
          <dt>{t('intake.quarantined')}</dt>
          <dd>{t('intake.count.records', { n: formatNumber(u.quarantined.length) })}</dd>
        </div>
      </dl>
      {u.quarantined.length > 0 && (
        <>
          <p>
            <strong>{t('intake.ack.quarantinedRecords')}</strong>
          </p>
          <ul className="stack">
            {u.quarantined.map((q) => (
              <li key={q.id} data-testid="ack-quarantined">
                {kindWord(t, q.kind)} <span className="mono">{q.key}</span>:{' '}
                {reason(q.reason, q.diagnostics)}
                <DiagnosticList diagnostics={q.diagnostics} />
              </li>
            ))}
          </ul>
        </>
      )}
      {u.diagnostics.length > 0 && (
        <>
          <p>
            <strong>{t('intake.ack.messageDiagnostics')}</strong>
          </p>
          <DiagnosticList diagnostics={u.diagnostics} />
        </>
      )}
    </section>
  );
}

/** What a cancellation naming no bill cancelled: how many bills of which version, their calls. */
function CancelledFacts({ cancelled: c }: { readonly cancelled: CancelledVersion }) {
  const { t, formatNumber } = useI18n();
  const calls = c.calls.map((call) =>
    t('intake.ack.cancelledCall', {
      imo: call.vesselImo ?? '?',
      voyage: call.voyageNumber ?? '?',
      port: call.port ?? '?',
    }),
  );
  return (
    <div data-testid="ack-cancelled">
      <dt>{t('intake.ack.cancelled')}</dt>
      <dd>
        {[
          t('intake.ack.cancelledBills', { n: formatNumber(c.bills), version: c.version }),
          ...calls,
        ].join('; ')}
      </dd>
    </div>
  );
}

/** "History" beside a filing, naming the filing for screen readers. */
export function FilingButton({
  filingKey,
  onShowFiling,
}: {
  readonly filingKey: string;
  readonly onShowFiling: ShowFiling;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="link"
      onClick={() => onShowFiling(filingKey)}
      aria-label={t('intake.historyOf', { key: filingKey })}
    >
      {t('intake.history')}
    </button>
  );
}
