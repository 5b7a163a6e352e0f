/** Asks the officer why a container is selected or deselected; nothing changes without a reason. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export interface PendingChange {
  readonly containers: readonly string[];
  readonly selected: boolean;
}

interface Props {
  readonly pending: PendingChange;
  readonly onCancel: () => void;
  readonly onConfirm: (reason: string) => Promise<void>;
}

export function ReasonForm({ pending, onCancel, onConfirm }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return;
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  const title = pending.selected
    ? t('reason.select', { n: pending.containers.length })
    : t('reason.deselect', { n: pending.containers.length });
  return (
    <form
      className="reason"
      role="dialog"
      aria-label={title}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      data-testid="reason-form"
    >
      <strong>{title}</strong>
      <span className="mono">
        {pending.containers.slice(0, 5).join(', ')}
        {pending.containers.length > 5 ? ' …' : ''}
      </span>
      <label>
        {t('reason.label')}
        <input
          autoFocus
          required
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          name="reason"
        />
      </label>
      <button type="submit" className="primary" disabled={busy || !reason.trim()}>
        {t('reason.confirm')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('reason.cancel')}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
