/** The scan plan of a call: capacity, how many are selected, the control share; or a form to make one. */
import { useState, type FormEvent } from 'react';
import { post } from '../api/client.ts';
import type { ScanPlan } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { isShiftName, shiftLabel } from '../lib/shift-label.ts';

/** The plan's shift as an officer reads it: when it starts, or which shift of which day. */
function Shift({ shift }: { readonly shift: string }) {
  const { t, formatDate, formatDay } = useI18n();
  const label = shiftLabel(shift);
  switch (label.kind) {
    case 'none':
      return <>—</>;
    case 'from':
      return <>{t('plan.shiftFrom', { time: formatDate(label.start) })}</>;
    case 'named':
      return (
        <>
          {t('plan.shiftOn', {
            name: isShiftName(label.name) ? t(`shift.${label.name}`) : label.name,
            day: formatDay(label.day),
          })}
        </>
      );
    case 'text':
      return <>{label.text}</>;
  }
}

interface Props {
  readonly callId: string;
  readonly plan: ScanPlan | null | undefined;
  readonly onPlan: (plan: ScanPlan) => void;
  readonly canWrite: boolean;
  /** Why the plan could not be read (other than there being none). */
  readonly error?: string | undefined;
}

export function PlanPanel({ callId, plan, onPlan, canWrite, error: readError }: Props) {
  const { t, formatNumber, formatDate } = useI18n();
  const [capacity, setCapacity] = useState('');
  const [control, setControl] = useState('10');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function make(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = {
        ...(capacity ? { capacity: Number(capacity) } : {}),
        controlShare: Number(control) / 100,
      };
      onPlan(
        await post<ScanPlan>(`/api/v1/vessel-calls/${encodeURIComponent(callId)}/scan-plan`, body),
      );
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const selected = plan?.selections.filter((s) => s.selected) ?? [];
  const control_ = selected.filter((s) => s.reason === 'control').length;
  return (
    <div className="plan" data-testid="plan">
      {plan ? (
        <dl className="facts">
          <div>
            <dt>{t('plan.capacity')}</dt>
            <dd data-testid="plan-capacity">{formatNumber(plan.capacity)}</dd>
          </div>
          <div>
            <dt>{t('plan.selected')}</dt>
            <dd data-testid="plan-selected">{formatNumber(selected.length)}</dd>
          </div>
          <div>
            <dt>{t('plan.control')}</dt>
            <dd>
              {formatNumber(control_)} ({formatNumber(plan.controlShare * 100, 0)} %)
            </dd>
          </div>
          <div>
            <dt>{t('plan.terminal')}</dt>
            <dd>{plan.terminal || '—'}</dd>
          </div>
          <div>
            <dt>{t('plan.shift')}</dt>
            <dd data-testid="plan-shift" title={plan.shift}>
              <Shift shift={plan.shift} />
            </dd>
          </div>
          <div>
            <dt>{t('plan.made')}</dt>
            <dd>{formatDate(plan.createdAt)}</dd>
          </div>
        </dl>
      ) : readError ? (
        <p className="error" role="alert">
          {readError}
        </p>
      ) : (
        plan === null && <p className="muted">{t('plan.none')}</p>
      )}
      {canWrite && (
        <form className="inline" onSubmit={(e) => void make(e)}>
          <label>
            {t('plan.capacityInput')}
            <input
              type="number"
              min={0}
              value={capacity}
              onChange={(e) => setCapacity(e.target.value)}
              placeholder={t('plan.capacityAuto')}
            />
          </label>
          <label>
            {t('plan.controlInput')}
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              value={control}
              onChange={(e) => setControl(e.target.value)}
            />
          </label>
          <button type="submit" disabled={busy} data-testid="make-plan">
            {plan ? t('plan.remake') : t('plan.make')}
          </button>
          {error && (
            <span className="error" role="alert">
              {error}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
