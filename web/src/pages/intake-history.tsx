/**
 * A filing's history on the Intake page: the filing is named by its sender, message type and
 * document number (the route's key `<sender id>|<message type>|<document number>`), chosen in the
 * form or opened from an acknowledgement or a quarantined record; its versions are listed oldest
 * first (original, replacements, cancellation) with when each was received.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MESSAGE_TYPES } from '../../../src/core/cargo/filing.ts';
import { ApiError } from '../api/client.ts';
import { filingKeyOf, loadFilingHistory, type FilingVersion } from '../api/intake.ts';
import { ChoiceField, TextField } from '../components/field.tsx';
import { ErrorNotice, Loading } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { functionWord, formatWord, statusClass, statusWord } from '../lib/intake-words.ts';
import { useLoad } from '../lib/use-load.ts';
import type { SenderOption } from './intake-submissions.tsx';

interface FilingRef {
  readonly sender: string;
  readonly type: string;
  readonly document: string;
}

/** A key as the server writes it; the document number may itself hold a `|`. */
export function filingRefOf(key: string): FilingRef {
  const [sender = '', type = '', ...rest] = key.split('|');
  return { sender, type, document: rest.join('|') };
}

export function FilingHistorySection({
  senders,
  requested,
}: {
  readonly senders: readonly SenderOption[];
  /** A filing opened from elsewhere on the page; `n` changes with every request. */
  readonly requested?: { readonly key: string; readonly n: number };
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<FilingRef>({ sender: '', type: 'CUSCAR', document: '' });
  const [shown, setShown] = useState<FilingRef>();
  const [incomplete, setIncomplete] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!requested) return;
    const ref = filingRefOf(requested.key);
    setForm(ref);
    setShown(ref);
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [requested]);
  function submit(e: FormEvent) {
    e.preventDefault();
    const complete = form.sender !== '' && form.document.trim() !== '';
    setIncomplete(!complete);
    if (complete) setShown({ ...form, document: form.document.trim() });
  }
  const senderName = (id: string) => senders.find((s) => s.id === id)?.name ?? id;
  return (
    <section aria-labelledby="intake-filings" data-testid="intake-filings">
      <h2 id="intake-filings" ref={heading} tabIndex={-1}>
        {t('intake.filings')}
      </h2>
      <p className="muted intro">{t('intake.filingsIntro')}</p>
      <form className="inline" onSubmit={submit} data-testid="filing-form">
        <ChoiceField
          label={t('intake.filings.sender')}
          name="sender"
          value={form.sender}
          onChange={(sender) => setForm((f) => ({ ...f, sender }))}
          options={[
            ['', t('intake.filings.chooseSender')],
            ...senders.map((s) => [s.id, s.name] as const),
            // A sender opened from a link but not listed (no longer registered) stays choosable.
            ...(form.sender && !senders.some((s) => s.id === form.sender)
              ? [[form.sender, form.sender] as const]
              : []),
          ]}
        />
        <ChoiceField
          label={t('intake.filings.type')}
          name="type"
          value={form.type}
          onChange={(type) => setForm((f) => ({ ...f, type }))}
          options={MESSAGE_TYPES.map((m) => [m, m] as const)}
        />
        <TextField
          label={t('intake.filings.document')}
          name="document"
          value={form.document}
          onChange={(document) => setForm((f) => ({ ...f, document }))}
          title={t('intake.filings.documentHint')}
          autoComplete="off"
        />
        <button type="submit" className="primary">
          {t('intake.filings.show')}
        </button>
      </form>
      {incomplete && (
        <p className="error" role="alert">
          {t('intake.filings.incomplete')}
        </p>
      )}
      {shown && (
        <FilingVersions key={JSON.stringify(shown)} filing={shown} senderName={senderName} />
      )}
    </section>
  );
}

function FilingVersions({
  filing,
  senderName,
}: {
  readonly filing: FilingRef;
  readonly senderName: (id: string) => string;
}) {
  const { t } = useI18n();
  const key = filingKeyOf(filing.sender, filing.type, filing.document);
  const versions = useLoad(() => loadFilingHistory(key), [key]);
  const names = { sender: senderName(filing.sender), type: filing.type, document: filing.document };
  if (versions.error instanceof ApiError && versions.error.status === 404)
    return (
      <p role="status" data-testid="filing-none">
        {t('intake.filings.none', names)}
      </p>
    );
  if (versions.error) return <ErrorNotice error={versions.error} />;
  if (!versions.data) return <Loading />;
  return (
    <>
      <h3>{t('intake.filings.versionsOf', names)}</h3>
      <VersionTable versions={versions.data} />
    </>
  );
}

function VersionTable({ versions }: { readonly versions: readonly FilingVersion[] }) {
  const { t, formatDate, formatNumber } = useI18n();
  return (
    <table data-testid="filing-versions">
      <thead>
        <tr>
          <th scope="col" className="num">
            {t('intake.filings.version')}
          </th>
          <th scope="col">{t('intake.filings.function')}</th>
          <th scope="col">{t('intake.received')}</th>
          <th scope="col">{t('intake.format')}</th>
          <th scope="col">{t('intake.status')}</th>
          <th scope="col" className="num">
            {t('intake.filings.diagnostics')}
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id} data-testid="filing-version" data-function={v.function}>
            <td className="num">{v.version}</td>
            <td>
              {v.function === 'cancel' ? (
                <strong>{functionWord(t, v.function)}</strong>
              ) : (
                functionWord(t, v.function)
              )}
            </td>
            <td>{formatDate(v.receivedAt)}</td>
            <td>
              {formatWord(t, v.format)} <span className="muted">· {v.messageType}</span>
            </td>
            <td>
              <span className={statusClass(v.status)}>{statusWord(t, v.status)}</span>
            </td>
            <td className="num">{formatNumber(v.diagnostics.length)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
