/**
 * A consignment (bill of lading): parties with their screening hits and linked entities, goods,
 * containers, the route on the map, and the bill's versions.
 */
import { get } from '../api/client.ts';
import type { ConsignmentDetail, ConsignmentParty } from '../api/types.ts';
import { Loaded } from '../components/page-state.tsx';
import { RouteMap } from '../components/route-map.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { partyRoleWord } from '../lib/party-role-word.ts';
import { Link } from '../lib/router.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';
import { useSession } from '../lib/session.tsx';

const enc = encodeURIComponent;

export function ConsignmentPage({ bill }: { readonly bill: string }) {
  const { t } = useI18n();
  const detail = useLoad(() => get<ConsignmentDetail>(`/api/v1/consignments/${enc(bill)}`), [bill]);
  return (
    <article>
      <h1>
        {t('consignment.title')} <span className="mono">{bill}</span>
      </h1>
      <Loaded state={detail}>{(d) => <ConsignmentBody detail={d} />}</Loaded>
    </article>
  );
}

function ConsignmentBody({ detail }: { readonly detail: ConsignmentDetail }) {
  const { t, formatDate, formatNumber } = useI18n();
  const c = detail.consignment;
  return (
    <>
      <p className="muted">
        {t('consignment.summary', {
          version: detail.version,
          filed: formatDate(detail.filedAt),
          kind: c.billKind,
          carrier: c.carrier ?? '—',
          vessel: c.vesselImo ? `IMO ${c.vesselImo} ${c.voyageNumber ?? ''}` : '—',
        })}
        {detail.cancelled && <strong className="error"> {t('consignment.cancelled')}</strong>}
      </p>
      <div className="columns">
        <section aria-labelledby="parties-title">
          <h2 id="parties-title">{t('consignment.parties')}</h2>
          <Parties consignmentId={detail.id} parties={c.parties} />
          <h2>{t('consignment.goods')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('consignment.hs')}</th>
                <th scope="col">{t('consignment.description')}</th>
                <th scope="col">{t('consignment.packages')}</th>
                <th scope="col">{t('consignment.weight')}</th>
                <th scope="col">{t('consignment.containers')}</th>
              </tr>
            </thead>
            <tbody>
              {c.goods.map((g) => (
                <tr key={g.sequence}>
                  <td>{g.sequence}</td>
                  <td className="mono">{g.hsCode ?? '—'}</td>
                  <td>{g.description}</td>
                  <td className="num">
                    {formatNumber(g.packages.count)} {g.packages.kind ?? ''}
                  </td>
                  <td className="num">
                    {g.grossWeightKg === undefined ? '—' : `${formatNumber(g.grossWeightKg)} kg`}
                  </td>
                  <td>
                    {g.containerNumbers.map((n) => (
                      <Link key={n} href={`/containers/${enc(n)}`} className="mono">
                        {n}{' '}
                      </Link>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="route-title">
          <h2 id="route-title">{t('consignment.route')}</h2>
          <RouteMap places={detail.route} />
          <ol className="route-list">
            {detail.route.map((p, i) => (
              <li key={`${p.locode}-${i}`}>
                <span className="tag">{t(`route.${p.role}` as 'route.port-of-loading')}</span>{' '}
                {p.name ?? ''} <span className="mono muted">{p.locode}</span>
              </li>
            ))}
          </ol>
          <h2>{t('consignment.history')}</h2>
          <ol className="timeline">
            {detail.history.map((h) => (
              <li key={h.version}>
                {t('consignment.version', { n: h.version })} · {formatDate(h.filedAt)}
                {h.cancelled && ` · ${t('consignment.cancelled')}`}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}

/** Parties as filed; screening hits and linked entities come from the entities capability where this node has it. */
function Parties({
  consignmentId,
  parties,
}: {
  readonly consignmentId: string;
  readonly parties: ConsignmentDetail['consignment']['parties'];
}) {
  const { t, formatNumber } = useI18n();
  const { can } = useSession();
  const available = useAvailability('/api/v1/consignments/{id}/parties');
  const screened = useLoad(
    available && can('entity.read')
      ? () =>
          get<{ items: ConsignmentParty[] }>(
            `/api/v1/consignments/${enc(consignmentId)}/parties`,
          ).then((r) => r.items)
      : undefined,
    [consignmentId, available],
  );
  const byName = new Map((screened.data ?? []).map((p) => [`${p.role}|${p.name}`, p]));
  return (
    <>
      <ul className="parties">
        {parties.map((p, i) => {
          const s = byName.get(`${p.role}|${p.name}`);
          const hits = s?.screeningHits ?? [];
          return (
            <li key={i}>
              <span className="tag">{partyRoleWord(t, p.role)}</span> <strong>{p.name}</strong>
              {p.address?.country && (
                <span className="muted">
                  {' '}
                  · {p.address.city ?? ''} {p.address.country}
                </span>
              )}
              {s?.entityId && (
                <>
                  {' · '}
                  <Link href={`/entities/${enc(s.entityId)}`}>{t('consignment.entity')}</Link>
                </>
              )}
              {hits.length > 0 && (
                <ul className="hits">
                  {hits.map((h, j) => (
                    <li key={j} className="hit">
                      {t('consignment.hit', {
                        name: h.matchedName,
                        score: formatNumber(h.score, 2),
                        list: h.listId,
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {available === false && <p className="muted">{t('consignment.noScreening')}</p>}
    </>
  );
}
