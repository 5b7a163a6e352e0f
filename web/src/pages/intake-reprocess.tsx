/**
 * Correcting a quarantined record: the corrected message pasted or read from a file, its format
 * named or detected, sent to `POST /api/v1/quarantine/{id}/reprocess`. A refusal is said in plain
 * words (not accepted whole, with the diagnostics; already closed; gone; unreadable), and the
 * record's row stays until a correction is accepted.
 */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import {
  reprocess,
  type Acknowledgement,
  type Diagnostic,
  type QuarantinedRecord,
} from '../api/intake.ts';
import { ChoiceField } from '../components/field.tsx';
import { useI18n, type Translate } from '../i18n/i18n.tsx';
import { kindWord } from '../lib/intake-words.ts';
import { DiagnosticList } from './intake-acknowledgement.tsx';

/** The content types the intake reads; "detect" lets it tell from the first bytes. */
const TYPES = [
  ['text/plain', 'intake.reprocess.detect'],
  ['application/edifact', 'intake.format.edifact'],
  ['application/json', 'intake.format.dcsa-json'],
  ['text/csv', 'intake.format.csv'],
] as const;

/** "Consignment BL000521": what the record is, for headings and messages. */
export const recordLabel = (t: Translate, r: QuarantinedRecord) =>
  `${kindWord(t, r.recordKind)} ${r.payload.key ?? ''}`.trim();

interface Refusal {
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

function refusalOf(t: Translate, record: string, error: unknown): Refusal {
  const none: readonly Diagnostic[] = [];
  if (!(error instanceof ApiError))
    return { text: t('intake.reprocess.failed', { message: String(error) }), diagnostics: none };
  const diagnostics = Array.isArray(error.details?.['diagnostics'])
    ? (error.details['diagnostics'] as Diagnostic[])
    : none;
  switch (error.status) {
    case 422:
      return { text: t('intake.reprocess.notAccepted', { record }), diagnostics };
    case 409:
      return { text: t('intake.reprocess.closed', { record }), diagnostics: none };
    case 404:
      return { text: t('intake.reprocess.gone', { record }), diagnostics: none };
    case 413:
      return { text: t('intake.reprocess.tooLarge'), diagnostics: none };
    case 400:
    case 415:
      return { text: t('intake.reprocess.unreadable', { message: error.message }), diagnostics };
    default:
      return { text: t('intake.reprocess.failed', { message: error.message }), diagnostics: none };
  }
}

export function ReprocessForm({
  record,
  onDone,
  onClosed,
  onCancel,
}: {
  readonly record: QuarantinedRecord;
  readonly onDone: (record: QuarantinedRecord, ack: Acknowledgement) => void;
  /** The record was closed by someone else or is gone: the list is stale. */
  readonly onClosed: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useI18n();
  const label = recordLabel(t, record);
  const [type, setType] = useState<string>('text/plain');
  const [content, setContent] = useState('');
  const [filename, setFilename] = useState<string>();
  const [refusal, setRefusal] = useState<Refusal>();
  const [sending, setSending] = useState(false);
  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setContent(await file.text());
    setFilename(file.name);
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    setRefusal(undefined);
    if (content.trim() === '') {
      setRefusal({ text: t('intake.reprocess.empty'), diagnostics: [] });
      return;
    }
    setSending(true);
    try {
      onDone(record, await reprocess(record.id, type, content, filename));
    } catch (error) {
      setRefusal(refusalOf(t, label, error));
      if (error instanceof ApiError && (error.status === 409 || error.status === 404)) onClosed();
    } finally {
      setSending(false);
    }
  }
  return (
    <section className="box" aria-labelledby="intake-reprocess" data-testid="reprocess">
      <h3 id="intake-reprocess">{t('intake.reprocess.title', { record: label })}</h3>
      <p className="muted">{t('intake.reprocess.help')}</p>
      <form className="stack" onSubmit={(e) => void submit(e)} data-testid="reprocess-form">
        <ChoiceField
          label={t('intake.reprocess.type')}
          name="contentType"
          value={type}
          onChange={setType}
          options={TYPES.map(([v, key]) => [v, t(key)] as const)}
        />
        <label>
          {t('intake.reprocess.content')}
          <textarea
            name="content"
            rows={10}
            className="mono"
            value={content}
            onChange={(e) => {
              setContent(e.target.value);
              setFilename(undefined);
            }}
            spellCheck={false}
          />
        </label>
        <label>
          {t('intake.reprocess.file')}
          <input type="file" name="file" onChange={(e) => void pick(e)} />
        </label>
        {refusal && (
          <div className="error" role="alert" data-testid="reprocess-refused">
            <p>{refusal.text}</p>
            {refusal.diagnostics.length > 0 && <DiagnosticList diagnostics={refusal.diagnostics} />}
          </div>
        )}
        <div className="toolbar">
          <button type="submit" className="primary" disabled={sending}>
            {sending ? t('intake.reprocess.sending') : t('intake.reprocess.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('intake.reprocess.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
