/** Dashboard: seizures by port and year, targeting effectiveness (targeted against random control), and scanner use per period. */
import { useState } from 'react';
import { get, query } from '../api/client.ts';
import type { EffectivenessReport, SeizureTotals } from '../api/types.ts';
import { BarChart } from '../components/bar-chart.tsx';
import { Loaded, NotAvailable } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';

const DAY_MS = 86_400_000;

/** The period as the API takes it: UTC days, the last one included (the API's `to` is exclusive). */
export function periodQuery(from: string, to: string): string {
  const start = (day: string) => Date.parse(`${day}T00:00:00Z`);
  return query({
    groupBy: 'period',
    from: from ? new Date(start(from)).toISOString() : undefined,
    to: to ? new Date(start(to) + DAY_MS).toISOString() : undefined,
  });
}

/** A rate without trials has no value: drawn as an empty bar and labelled "–", never as 0 %. */
const rateOf = (rate: number | null) => rate ?? Number.NaN;

export function DashboardPage() {
  const { t, formatNumber } = useI18n();
  const seizuresOn = useAvailability('/api/v1/stats/seizures');
  const effectOn = useAvailability('/api/v1/stats/effectiveness');
  const seizures = useLoad(
    seizuresOn
      ? () =>
          get<{ items: SeizureTotals[] }>('/api/v1/stats/seizures?groupBy=port,year').then(
            (r) => r.items,
          )
      : undefined,
    [seizuresOn],
  );
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const effect = useLoad(
    effectOn
      ? () =>
          get<EffectivenessReport>(`/api/v1/stats/effectiveness${periodQuery(from, to)}`).then(
            (r) => r.groups,
          )
      : undefined,
    [effectOn, from, to],
  );
  if (seizuresOn === false && effectOn === false) return <NotAvailable what={t('nav.dashboard')} />;
  const pct = (n: number) => (Number.isNaN(n) ? '–' : `${formatNumber(n * 100, 1)} %`);
  return (
    <div>
      <h1>{t('dashboard.title')}</h1>
      {effectOn && (
        <fieldset className="inline period" data-testid="period">
          <legend>{t('dashboard.period')}</legend>
          <label>
            {t('dashboard.from')}
            <input
              type="date"
              value={from}
              max={to || undefined}
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>
          <label>
            {t('dashboard.to')}
            <input
              type="date"
              value={to}
              min={from || undefined}
              onChange={(e) => setTo(e.target.value)}
            />
          </label>
        </fieldset>
      )}
      <div className="charts">
        {seizuresOn && (
          <Loaded state={seizures}>
            {(rows) => (
              <BarChart
                id="seizures"
                empty={t('dashboard.noData')}
                title={t('dashboard.seizures')}
                categories={rows.map((r) => `${r.port} ${r.year}`)}
                format={(n) => formatNumber(n)}
                series={[
                  {
                    name: t('dashboard.seizureCount'),
                    color: '#1f5f99',
                    values: rows.map((r) => r.seizures),
                  },
                ]}
              />
            )}
          </Loaded>
        )}
        {effectOn && (
          <Loaded state={effect}>
            {(groups) => (
              <>
                <BarChart
                  id="effectiveness"
                  empty={t('dashboard.noDataPeriod')}
                  title={t('dashboard.effectiveness')}
                  categories={groups.map((g) => g.group)}
                  format={pct}
                  series={[
                    {
                      name: t('dashboard.targeted'),
                      color: '#b3261e',
                      values: groups.map((g) => rateOf(g.arms.targeted.hitRate.rate)),
                    },
                    {
                      name: t('dashboard.control'),
                      color: '#6b7785',
                      values: groups.map((g) => rateOf(g.arms.control.hitRate.rate)),
                    },
                  ]}
                />
                <BarChart
                  id="scanner-use"
                  empty={t('dashboard.noDataPeriod')}
                  title={t('dashboard.scannerUse')}
                  categories={groups.map((g) => g.group)}
                  format={(n) => formatNumber(n)}
                  series={[
                    {
                      name: t('dashboard.targeted'),
                      color: '#b3261e',
                      values: groups.map((g) => g.arms.targeted.scans),
                    },
                    {
                      name: t('dashboard.control'),
                      color: '#6b7785',
                      values: groups.map((g) => g.arms.control.scans),
                    },
                  ]}
                />
              </>
            )}
          </Loaded>
        )}
      </div>
    </div>
  );
}
