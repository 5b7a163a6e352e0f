/** Dashboard: seizures by port and year, targeting effectiveness (targeted against random control), and scanner use per period. */
import { get } from '../api/client.ts';
import { BarChart } from '../components/bar-chart.tsx';
import { Loaded, NotAvailable } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';

type Row = Readonly<Record<string, unknown>>;

/** The rows of a statistics answer, whichever envelope the endpoint uses. */
export function rowsOf(body: unknown): Row[] {
  if (Array.isArray(body)) return body as Row[];
  const b = body as Record<string, unknown>;
  for (const k of ['items', 'groups', 'rows', 'data'])
    if (Array.isArray(b[k])) return b[k] as Row[];
  return [];
}

/** The first number found under any of the paths (`a.b`). */
export function numberAt(row: Row, ...paths: string[]): number {
  for (const p of paths) {
    let v: unknown = row;
    for (const part of p.split('.')) v = v && typeof v === 'object' ? (v as Row)[part] : undefined;
    if (typeof v === 'number') return v;
  }
  return 0;
}

const textAt = (row: Row, ...keys: string[]) => {
  for (const k of keys) {
    const v = row[k];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return '';
};

export function DashboardPage() {
  const { t } = useI18n();
  const seizuresOn = useAvailability('/api/v1/stats/seizures');
  const effectOn = useAvailability('/api/v1/stats/effectiveness');
  const seizures = useLoad(
    seizuresOn
      ? () => get<unknown>('/api/v1/stats/seizures?groupBy=port,year').then(rowsOf)
      : undefined,
    [seizuresOn],
  );
  const effect = useLoad(
    effectOn
      ? () => get<unknown>('/api/v1/stats/effectiveness?groupBy=period').then(rowsOf)
      : undefined,
    [effectOn],
  );
  if (seizuresOn === false && effectOn === false) return <NotAvailable what={t('nav.dashboard')} />;
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
  return (
    <div>
      <h1>{t('dashboard.title')}</h1>
      <div className="charts">
        {seizuresOn && (
          <Loaded state={seizures}>
            {(rows) => (
              <BarChart
                empty={t('dashboard.noData')}
                title={t('dashboard.seizures')}
                categories={rows.map((r) => `${textAt(r, 'port')} ${textAt(r, 'year')}`)}
                series={[
                  {
                    name: t('dashboard.seizureCount'),
                    color: '#1f5f99',
                    values: rows.map((r) => numberAt(r, 'seizures', 'count')),
                  },
                ]}
              />
            )}
          </Loaded>
        )}
        {effectOn && (
          <Loaded state={effect}>
            {(rows) => (
              <>
                <BarChart
                  empty={t('dashboard.noData')}
                  title={t('dashboard.effectiveness')}
                  categories={rows.map((r) => textAt(r, 'period', 'key', 'group'))}
                  format={pct}
                  series={[
                    {
                      name: t('dashboard.targeted'),
                      color: '#b3261e',
                      values: rows.map((r) => numberAt(r, 'targeted.hitRate', 'targetedHitRate')),
                    },
                    {
                      name: t('dashboard.control'),
                      color: '#6b7785',
                      values: rows.map((r) => numberAt(r, 'control.hitRate', 'controlHitRate')),
                    },
                  ]}
                />
                <BarChart
                  empty={t('dashboard.noData')}
                  title={t('dashboard.scannerUse')}
                  categories={rows.map((r) => textAt(r, 'period', 'key', 'group'))}
                  series={[
                    {
                      name: t('dashboard.targeted'),
                      color: '#b3261e',
                      values: rows.map((r) => numberAt(r, 'targeted.scans', 'targetedScans')),
                    },
                    {
                      name: t('dashboard.control'),
                      color: '#6b7785',
                      values: rows.map((r) => numberAt(r, 'control.scans', 'controlScans')),
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
