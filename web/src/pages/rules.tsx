/**
 * Rules: the agency's rule set versions (the active one marked) and, for the chosen version, its
 * rules as written; for a user who may write rules, uploading a new version (refusals show the
 * server's diagnostics), backtesting a version on the recorded outcomes and activating it.
 */
import { useState } from 'react';
import { get } from '../api/client.ts';
import type { RuleSetVersion } from '../api/types.ts';
import { Loaded } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { rulesOf } from '../lib/rule-sets.ts';
import { useSession } from '../lib/session.tsx';
import { useLoad } from '../lib/use-load.ts';
import { useUserNames } from '../lib/user-names.tsx';
import { ActivateVersion, BacktestVersion, UploadRuleSet } from './rules-forms.tsx';

const STATUSES = ['draft', 'active', 'retired'] as const;
const isStatus = (s: string): s is (typeof STATUSES)[number] =>
  (STATUSES as readonly string[]).includes(s);

export function RulesPage() {
  const { t, formatDate } = useI18n();
  const { can } = useSession();
  const versions = useLoad(() => get<RuleSetVersion[]>('/api/v1/rules'), []);
  const nameOf = useUserNames((versions.data ?? []).map((v) => v.createdBy));
  const [chosen, setChosen] = useState<string>();
  const statusName = (s: string) => (isStatus(s) ? t(`ruleStatus.${s}`) : s);
  const shown =
    chosen ?? versions.data?.find((v) => v.status === 'active')?.id ?? versions.data?.[0]?.id;
  const uploaded = (v: RuleSetVersion) => {
    versions.reload();
    setChosen(v.id);
  };
  return (
    <div className="stack">
      <section aria-labelledby="rules-title">
        <h1 id="rules-title">{t('rules.title')}</h1>
        <Loaded state={versions}>
          {(list) => (
            <>
              {!list.some((v) => v.status === 'active') && (
                <p className="muted" data-testid="rules-default">
                  {t(list.length === 0 ? 'rules.none' : 'rules.noActive')}
                </p>
              )}
              {list.length > 0 && (
                <table data-testid="rule-versions">
                  <thead>
                    <tr>
                      <th scope="col">{t('rules.set')}</th>
                      <th scope="col">{t('rules.version')}</th>
                      <th scope="col">{t('rules.status')}</th>
                      <th scope="col">{t('rules.created')}</th>
                      <th scope="col">{t('rules.activated')}</th>
                      <th scope="col" />
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((v) => (
                      <tr
                        key={v.id}
                        data-testid="rule-version"
                        aria-current={v.id === shown ? 'true' : undefined}
                      >
                        <td className="mono">{v.setId}</td>
                        <td className="mono">{v.version}</td>
                        <td data-testid="rule-version-status">
                          {v.status === 'active' ? (
                            <strong className="tag">{statusName(v.status)}</strong>
                          ) : (
                            statusName(v.status)
                          )}
                        </td>
                        <td data-testid="rule-version-created">
                          {formatDate(v.createdAt)} · {nameOf(v.createdBy)}
                        </td>
                        <td>{v.activatedAt ? formatDate(v.activatedAt) : ''}</td>
                        <td>
                          <button type="button" onClick={() => setChosen(v.id)}>
                            {t('rules.show')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </Loaded>
      </section>
      {shown && (
        <VersionDetail
          key={shown}
          id={shown}
          statusName={statusName}
          onActivated={versions.reload}
        />
      )}
      {can('rule.write') && <UploadRuleSet onStored={uploaded} />}
    </div>
  );
}

function VersionDetail({
  id,
  statusName,
  onActivated,
}: {
  readonly id: string;
  readonly statusName: (s: string) => string;
  readonly onActivated: () => void;
}) {
  const { t } = useI18n();
  const { can } = useSession();
  const version = useLoad(() => get<RuleSetVersion>(`/api/v1/rules/${id}`), [id]);
  return (
    <section aria-labelledby="rules-detail" data-testid="rule-set">
      <Loaded state={version}>
        {(v) => (
          <>
            <h2 id="rules-detail">
              {t('rules.rulesOf', { set: v.setId, version: v.version })} · {statusName(v.status)}
            </h2>
            {can('rule.write') && v.status !== 'active' && (
              <ActivateVersion
                version={v}
                onActivated={() => {
                  version.reload();
                  onActivated();
                }}
              />
            )}
            <BacktestVersion id={v.id} />
            <RuleTable document={v.document} statusName={statusName} />
          </>
        )}
      </Loaded>
    </section>
  );
}

function RuleTable({
  document,
  statusName,
}: {
  readonly document: unknown;
  readonly statusName: (s: string) => string;
}) {
  const { t, language } = useI18n();
  const rules = rulesOf(document, language);
  if (rules.length === 0) return <p className="muted">{t('rules.noRules')}</p>;
  return (
    <table data-testid="rules" className="rules-table">
      <thead>
        <tr>
          <th scope="col">{t('rules.rule')}</th>
          <th scope="col">{t('rules.status')}</th>
          <th scope="col" className="num">
            {t('rules.weight')}
          </th>
          <th scope="col">{t('rules.validity')}</th>
          <th scope="col">{t('rules.condition')}</th>
          <th scope="col">{t('rules.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((r) => (
          <tr key={`${r.id}@${r.version}`} data-testid="rule">
            <td>
              <span className="mono">
                {r.id} v{r.version}
              </span>
              <br />
              {r.title}
            </td>
            <td>{statusName(r.status)}</td>
            <td className="num">{r.weight}</td>
            <td>
              {r.validFrom || r.validTo
                ? t('rules.validRange', { from: r.validFrom || '…', to: r.validTo || '…' })
                : t('rules.always')}
            </td>
            <td>
              <code className="condition">{r.condition}</code>
            </td>
            <td>
              {r.reason}
              {r.source && (
                <>
                  <br />
                  <span className="muted">
                    {t('rules.source')}: {r.source}
                  </span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
