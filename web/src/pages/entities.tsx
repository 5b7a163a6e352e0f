/** Entities: search, a profile (its records as lines of identical ones, identifiers, why they are one, hits, consignments), the network graph that grows on click, and communities. */
import { useState, type FormEvent } from 'react';
import { get, query } from '../api/client.ts';
import type { EntityGraph, StoredScreeningHit } from '../api/types.ts';
import { Loaded, NotAvailable } from '../components/page-state.tsx';
import { EntityGraphView, entityIdOf } from '../components/entity-graph.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, navigate } from '../lib/router.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';
import { Communities } from './entities-communities.tsx';
import { EntityMembers, MEMBER_LINES, type MemberLines } from './entities-members.tsx';
import { ScreeningHits } from './entities-hits.tsx';
import { WhyMerged, type Explanation } from './entities-why.tsx';

interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly members: number;
  readonly consignments: number;
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
              <ul className="call-list" data-testid="entity-results">
                {list.map((e) => (
                  <li key={e.id}>
                    <Link href={`/entities/${enc(e.id)}`}>
                      <strong>{e.name}</strong>
                      <span className="muted">
                        {t('entities.summary', {
                          members: e.members,
                          consignments: e.consignments,
                        })}
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

interface Profile extends Explanation, MemberLines {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly identifiers: Readonly<Record<string, readonly string[]>>;
  readonly screeningHits: readonly StoredScreeningHit[];
  readonly consignmentList: readonly { readonly id: string; readonly billNumber: string }[];
}

/** Consignments listed before the rest is asked for: a forwarder's hundreds stay readable. */
const CONSIGNMENTS_SHOWN = 20;

function Consignments({ list }: { readonly list: Profile['consignmentList'] }) {
  const { t, formatNumber } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? list : list.slice(0, CONSIGNMENTS_SHOWN);
  return (
    <>
      <ul data-testid="entity-consignments">
        {shown.map((c) => (
          <li key={c.id}>
            <Link href={`/consignments/${enc(c.billNumber)}`} className="mono">
              {c.billNumber}
            </Link>
          </li>
        ))}
      </ul>
      {shown.length < list.length && (
        <button type="button" onClick={() => setAll(true)}>
          {t('entities.moreConsignments', { n: formatNumber(list.length - shown.length) })}
        </button>
      )}
    </>
  );
}

function Profile({ id }: { readonly id: string }) {
  const { t } = useI18n();
  const profile = useLoad(
    () =>
      get<Profile>(
        `/api/v1/entities/${enc(id)}${query({ memberLimit: MEMBER_LINES, memberList: 'none' })}`,
      ),
    [id],
  );
  const graph = useLoad(() => get<EntityGraph>(`/api/v1/entities/${enc(id)}/graph?hops=1`), [id]);
  return (
    <section aria-labelledby="prof-title">
      <Loaded state={profile}>
        {(p) => (
          <>
            <h1 id="prof-title">{p.name}</h1>
            {p.names.length > 1 && (
              <p className="muted" data-testid="aliases">
                {t('entities.aliases', { names: p.names.join(' · ') })}
              </p>
            )}
            <div className="columns">
              <div>
                <h2>{t('entities.identifiers')}</h2>
                <ul data-testid="identifiers">
                  {Object.entries(p.identifiers).flatMap(([scheme, values]) =>
                    values.map((v) => (
                      <li key={`${scheme}:${v}`}>
                        <span className="tag">{scheme}</span> <span className="mono">{v}</span>
                      </li>
                    )),
                  )}
                </ul>
                <h2>{t('entities.members')}</h2>
                <EntityMembers p={p} />
                <h2>{t('entities.why')}</h2>
                <WhyMerged p={p} />
                <h2>{t('entities.hits')}</h2>
                <ScreeningHits hits={p.screeningHits} />
                <h2>{t('entities.consignments')}</h2>
                <Consignments list={p.consignmentList} />
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
                      open={(node, kind) => {
                        const entity = entityIdOf({ id: node, kind });
                        if (entity) navigate(`/entities/${enc(entity)}`);
                      }}
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
