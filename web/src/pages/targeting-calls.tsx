/**
 * The vessel calls as an arrivals board, in the server's order (`order=eta`): the upcoming calls,
 * soonest first, then the past ones, latest first (by ETA, or ATA for a call known only from its
 * arrival), then those with neither, each part under its heading. A call reads vessel name, IMO,
 * voyage and port, ETA (and arrival), its counts ("no cargo report yet" for a call known only from
 * an arrival or departure event, whose containers are not known) and the state of its scan plan
 * (for users who read scan plans: others are not told "no plan").
 */
import type { VesselCall } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../lib/router.tsx';

const PARTS = ['upcoming', 'past', 'none'] as const;
type Part = (typeof PARTS)[number];

const partOf = (c: VesselCall): Part => c.arrival ?? 'none';

interface Props {
  readonly calls: readonly VesselCall[];
  readonly current: string | undefined;
  readonly readsPlans: boolean;
}

export function CallBoard({ calls, current, readsPlans }: Props) {
  const { t } = useI18n();
  const heading: Record<Part, string> = {
    upcoming: t('targeting.upcoming'),
    past: t('targeting.past'),
    none: t('targeting.noEta'),
  };
  if (calls.length === 0) return <p className="muted">{t('targeting.noCalls')}</p>;
  return (
    <div className="call-board">
      {PARTS.map((part) => {
        const inPart = calls.filter((c) => partOf(c) === part);
        if (inPart.length === 0) return null;
        return (
          <section key={part} aria-labelledby={`calls-${part}`} data-testid={`calls-${part}`}>
            <h2 id={`calls-${part}`}>{heading[part]}</h2>
            <ul className="call-list">
              {inPart.map((c) => (
                <li key={c.id}>
                  <CallLink call={c} current={c.id === current} readsPlans={readsPlans} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function CallLink({
  call: c,
  current,
  readsPlans,
}: {
  readonly call: VesselCall;
  readonly current: boolean;
  readonly readsPlans: boolean;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  const plan = c.plan
    ? t('targeting.planned', {
        selected: formatNumber(c.plan.selected),
        scanned: formatNumber(c.plan.scanned),
      })
    : t('targeting.noPlan');
  return (
    <Link
      href={`/targeting/${encodeURIComponent(c.id)}`}
      aria-current={current ? 'true' : undefined}
      data-testid="call-link"
    >
      <strong data-testid="vessel-name">{c.vesselName ?? `IMO ${c.vesselImo}`}</strong>
      <span className="call-ref">
        {t('targeting.callRef', { imo: c.vesselImo, voyage: c.voyageNumber, port: c.port })}
      </span>
      <span>
        {c.eta ? t('targeting.etaAt', { time: formatDate(c.eta) }) : t('targeting.noEtaYet')}
      </span>
      {c.ata && <span>{t('targeting.arrivedAt', { time: formatDate(c.ata) })}</span>}
      {(c.listed ?? []).map((l) => (
        <span key={`${l.listId}/${l.entryId}`} className="hold" data-testid="vessel-listed">
          {t('targeting.vesselListed', {
            list: l.listId,
            name: l.name,
            programmes: l.programmes.join(', '),
          })}
        </span>
      ))}
      <span className="counts" data-testid="call-counts">
        {c.filed
          ? t('targeting.callCounts', {
              containers: formatNumber(c.containers),
              high: formatNumber(c.high),
              holds: formatNumber(c.holds),
            })
          : t('targeting.noCargoReport')}
      </span>
      {readsPlans && (
        <span className={c.plan ? 'plan-state planned' : 'plan-state'} data-testid="plan-state">
          {plan}
        </span>
      )}
    </Link>
  );
}
