/** Entities: search, a profile (members, identifiers, hits, consignments), the network graph that grows on click, and communities. */
import { useState, type FormEvent } from 'react';
import { get, query } from '../api/client.ts';
import type { EntityGraph } from '../api/types.ts';
import { Loaded, NotAvailable } from '../components/page-state.tsx';
import { EntityGraphView } from '../components/entity-graph.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, navigate } from '../lib/router.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';

interface EntitySummary {
  readonly id: string;
  readonly name?: string;
  readonly label?: string;
  readonly kind?: string;
  readonly country?: string;
}

type Listed<T> = T[] | { items: T[] };
const itemsOf = <T,>(l: Listed<T>): T[] => (Array.isArray(l) ? l : l.items);
const enc = encodeURIComponent;

export function EntitiesPage({ entityId }: { readonly entityId?: string | undefined }) {
  const { t } = useI18n();
  const available = useAvailability('/api/v1/entities');
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  const results = useLoad(
    available && asked
      ? () => get<Listed<EntitySummary>>(`/api/v1/entities${query({ q: asked })}`).then(itemsOf)
      : undefined,
    [available, asked],
  );
  if (available === false) return <NotAvailable what={t('nav.entities')} />;
  const search = (e: FormEvent) => {
    e.preventDefault();
    setAsked(q.trim());
  };
  return (
    <div className="split">
      <section className="calls" aria-labelledby="ent-title">
        <h1 id="ent-title">{t('entities.title')}</h1>
        <form className="inline" role="search" onSubmit={search}>
          <label>
            {t('entities.search')}
            <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          </label>
          <button type="submit">{t('entities.go')}</button>
        </form>
        {asked && (
          <Loaded state={results}>
            {(list) => (
              <ul className="call-list">
                {list.map((e) => (
                  <li key={e.id}>
                    <Link href={`/entities/${enc(e.id)}`}>
                      <strong>{e.name ?? e.label ?? e.id}</strong>
                      <span className="muted">
                        {[e.kind, e.country].filter(Boolean).join(' · ')}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Loaded>
        )}
        <Communities />
      </section>
      {entityId ? (
        <Profile key={entityId} id={entityId} />
      ) : (
        <p className="muted">{t('entities.pick')}</p>
      )}
    </div>
  );
}

interface Profile {
  readonly id: string;
  readonly name?: string;
  readonly kind?: string;
  readonly members?: readonly {
    readonly name?: string;
    readonly source?: string;
    readonly reasons?: readonly string[];
  }[];
  readonly identifiers?: readonly { readonly scheme: string; readonly value: string }[];
  readonly screeningHits?: readonly {
    readonly name: string;
    readonly score: number;
    readonly listId?: string;
  }[];
  readonly consignments?: readonly (string | { readonly billNumber: string })[];
}

function Profile({ id }: { readonly id: string }) {
  const { t, formatNumber } = useI18n();
  const profile = useLoad(() => get<Profile>(`/api/v1/entities/${enc(id)}`), [id]);
  const graph = useLoad(() => get<EntityGraph>(`/api/v1/entities/${enc(id)}/graph?hops=1`), [id]);
  return (
    <section aria-labelledby="prof-title">
      <Loaded state={profile}>
        {(p) => (
          <>
            <h1 id="prof-title">
              {p.name ?? p.id} <span className="tag">{p.kind}</span>
            </h1>
            <div className="columns">
              <div>
                <h2>{t('entities.identifiers')}</h2>
                <ul>
                  {(p.identifiers ?? []).map((i) => (
                    <li key={`${i.scheme}:${i.value}`}>
                      <span className="tag">{i.scheme}</span>{' '}
                      <span className="mono">{i.value}</span>
                    </li>
                  ))}
                </ul>
                <h2>{t('entities.members')}</h2>
                <ul>
                  {(p.members ?? []).map((m, i) => (
                    <li key={i}>
                      {m.name}{' '}
                      {m.reasons && <span className="muted">· {m.reasons.join(', ')}</span>}
                    </li>
                  ))}
                </ul>
                <h2>{t('entities.hits')}</h2>
                <ul>
                  {(p.screeningHits ?? []).map((h, i) => (
                    <li key={i} className="hit">
                      {t('consignment.hit', {
                        name: h.name,
                        score: formatNumber(h.score, 2),
                        list: h.listId ?? '',
                      })}
                    </li>
                  ))}
                </ul>
                <h2>{t('entities.consignments')}</h2>
                <ul>
                  {(p.consignments ?? []).map((c) => {
                    const bill = typeof c === 'string' ? c : c.billNumber;
                    return (
                      <li key={bill}>
                        <Link href={`/consignments/${enc(bill)}`} className="mono">
                          {bill}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </div>
              <div>
                <h2>{t('entities.graph')}</h2>
                <p className="muted">{t('entities.graphHint')}</p>
                <Loaded state={graph}>
                  {(g) => (
                    <EntityGraphView
                      initial={g}
                      expand={(node) =>
                        get<EntityGraph>(`/api/v1/entities/${enc(node)}/graph?hops=1`)
                      }
                      open={(node) => navigate(`/entities/${enc(node)}`)}
                    />
                  )}
                </Loaded>
              </div>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}

interface Community {
  readonly id: string | number;
  readonly size?: number;
  readonly members?: readonly (string | { readonly id: string; readonly label?: string })[];
}

function Communities() {
  const { t, formatNumber } = useI18n();
  const on = useAvailability('/api/v1/graph/communities');
  const list = useLoad(
    on
      ? () =>
          get<Listed<Community> | { communities: Community[] }>('/api/v1/graph/communities').then(
            (r) => ('communities' in r ? r.communities : itemsOf(r)),
          )
      : undefined,
    [on],
  );
  if (!on) return null;
  return (
    <>
      <h2>{t('entities.communities')}</h2>
      <Loaded state={list}>
        {(cs) => (
          <ul>
            {cs.slice(0, 30).map((c) => (
              <li key={String(c.id)}>
                {t('entities.community', {
                  id: String(c.id),
                  n: formatNumber(c.size ?? c.members?.length ?? 0),
                })}{' '}
                {(c.members ?? []).slice(0, 4).map((m) => {
                  const mid = typeof m === 'string' ? m : m.id;
                  return (
                    <Link key={mid} href={`/entities/${enc(mid)}`}>
                      {typeof m === 'string' ? m : (m.label ?? m.id)}{' '}
                    </Link>
                  );
                })}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </>
  );
}
