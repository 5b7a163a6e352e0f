/**
 * The Rules page's actions: upload a rule set version (pasted or picked JSON; a refusal lists the
 * server's diagnostics with where each points), backtest a version on the recorded outcomes, and
 * activate a version after a confirmation.
 */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { post } from '../api/client.ts';
import type { RuleBacktest, RuleSetVersion } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import {
  diagnosticsOf,
  parseDocument,
  percent,
  placeOf,
  type RuleDiagnostic,
} from '../lib/rule-sets.ts';

/** The figures of a backtest report's columns, in order. */
const REPORT_FIGURES = [
  'rules.hits',
  'rules.truePositives',
  'rules.precision',
  'rules.recall',
  'rules.lift',
] as const;

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function UploadRuleSet({ onStored }: { readonly onStored: (v: RuleSetVersion) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [diagnostics, setDiagnostics] = useState<readonly RuleDiagnostic[]>([]);
  const [stored, setStored] = useState<RuleSetVersion>();
  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (file) setText(await file.text());
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setDiagnostics([]);
    setStored(undefined);
    const parsed = parseDocument(text);
    if (!parsed.ok) {
      setError(
        parsed.line === undefined
          ? t('rules.notJson', { message: parsed.message })
          : t('rules.notJsonAt', {
              line: parsed.line,
              column: parsed.column ?? 1,
              message: parsed.message,
            }),
      );
      return;
    }
    try {
      const v = await post<RuleSetVersion>('/api/v1/rules', parsed.value);
      setStored(v);
      setText('');
      onStored(v);
    } catch (err) {
      setError(messageOf(err));
      setDiagnostics(diagnosticsOf(err));
    }
  }
  return (
    <section aria-labelledby="rules-upload">
      <h2 id="rules-upload">{t('rules.upload')}</h2>
      <form
        className="stack rules-upload"
        onSubmit={(e) => void submit(e)}
        data-testid="rules-upload"
      >
        <label>
          {t('rules.document')}
          <textarea
            name="document"
            rows={10}
            className="mono"
            value={text}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
          />
        </label>
        <label>
          {t('rules.file')}
          <input type="file" accept=".json,application/json" onChange={(e) => void pick(e)} />
        </label>
        {error && (
          <div className="error" role="alert" data-testid="rules-refused">
            <p>{error}</p>
            {diagnostics.length > 0 && (
              <ul>
                {diagnostics.map((d, i) => (
                  <li key={i} data-testid="diagnostic">
                    <strong>{d.severity}</strong> <code>{placeOf(d)}</code> {d.message}{' '}
                    <span className="muted">({d.code})</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {stored && (
          <p role="status" data-testid="rules-stored">
            {t('rules.stored', { set: stored.setId, version: stored.version })}
          </p>
        )}
        <button type="submit" className="primary">
          {t('rules.submit')}
        </button>
      </form>
    </section>
  );
}

export function BacktestVersion({ id }: { readonly id: string }) {
  const { t, formatNumber } = useI18n();
  const [report, setReport] = useState<readonly RuleBacktest[]>();
  const [error, setError] = useState<string>();
  const [running, setRunning] = useState(false);
  async function run() {
    setError(undefined);
    setRunning(true);
    try {
      setReport(await post<RuleBacktest[]>(`/api/v1/rules/${id}/backtest`));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setRunning(false);
    }
  }
  const interval = (i: { low: number; high: number }) => `${percent(i.low)}–${percent(i.high)}`;
  return (
    <div className="backtest">
      <button type="button" onClick={() => void run()} disabled={running}>
        {t('rules.backtest')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <table data-testid="backtest">
          <caption>
            {t('rules.backtestOf', {
              records: formatNumber(report[0]?.records ?? 0),
              positives: formatNumber(report[0]?.positives ?? 0),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('rules.rule')}</th>
              {REPORT_FIGURES.map((key) => (
                <th key={key} scope="col" className="num">
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.map((r) => (
              <tr key={r.ruleId} data-testid="backtest-row">
                <td className="mono">{r.ruleId}</td>
                <td className="num">{formatNumber(r.hits)}</td>
                <td className="num">{formatNumber(r.truePositives)}</td>
                <td className="num">
                  {percent(r.precision)}{' '}
                  <span className="muted">({interval(r.precisionInterval)})</span>
                </td>
                <td className="num">
                  {percent(r.recall)} <span className="muted">({interval(r.recallInterval)})</span>
                </td>
                <td className="num">{r.lift === undefined ? '–' : formatNumber(r.lift, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function ActivateVersion({
  version,
  onActivated,
}: {
  readonly version: RuleSetVersion;
  readonly onActivated: () => void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  async function activate() {
    setError(undefined);
    try {
      await post(`/api/v1/rules/${version.id}/activate`);
      setConfirming(false);
      onActivated();
    } catch (e) {
      setError(messageOf(e));
    }
  }
  const name = { set: version.setId, version: version.version };
  return (
    <div className="activate">
      {confirming ? (
        <p role="alertdialog" aria-label={t('rules.activate')} data-testid="activate-confirm">
          {t('rules.activateConfirm', name)}{' '}
          <button type="button" className="primary" onClick={() => void activate()}>
            {t('rules.activateYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('rules.cancel')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('rules.activate')}
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
