/**
 * The communities on the entities page, highest risk first: each reads as its size ("6
 * companies, 2 persons · linked to 1 seizure"), the reasons it ranks there, its members (a
 * company opens as its profile) and what binds them; then the hubs the server left out, so none
 * is hidden. Company names are kept apart (they ran into one another).
 */
import { Fragment } from 'react';
import {
  COMMUNITIES_PATH,
  isHubKind,
  loadCommunities,
  type Community,
  type CommunityList,
  type CommunityReason,
  type CommunitySummary,
} from '../api/communities.ts';
import type { GraphNode } from '../api/types.ts';
import { entityIdOf } from '../components/entity-graph.tsx';
import { Loaded } from '../components/page-state.tsx';
import { useI18n, type Translate } from '../i18n/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';

/** Communities shown on the page. */
const SHOWN = 30;

/** Up to `max` members, companies as links to their profiles, separated by " · ". */
export function CommunityMembers({
  members,
  max = 4,
}: {
  readonly members: readonly GraphNode[];
  readonly max?: number;
}) {
  return (
    <>
      {members.slice(0, max).map((m, i) => {
        const entity = entityIdOf(m);
        return (
          <Fragment key={m.id}>
            {i > 0 && ' · '}
            {entity ? (
              <Link href={`/entities/${encodeURIComponent(entity)}`}>{m.label}</Link>
            ) : (
              m.label
            )}
          </Fragment>
        );
      })}
    </>
  );
}

/** "6 companies, 2 persons · linked to 1 seizure · 1 watchlist hit". */
export function summaryLine(t: Translate, s: CommunitySummary): string {
  const size = [t('communities.companies', { n: s.counts.companies })];
  if (s.counts.persons > 0) size.push(t('communities.persons', { n: s.counts.persons }));
  const count = (kind: CommunityReason['kind']) =>
    s.reasons
      .filter((r) => r.kind === kind)
      .reduce((n, r) => n + (kind === 'seizure' ? 1 : (r.hits ?? 0)), 0);
  const risk = [
    ['seizure', 'communities.seizures'],
    ['watchlist', 'communities.hits'],
    ['lookout', 'communities.lookouts'],
  ] as const;
  const parts = risk.flatMap(([kind, key]) =>
    count(kind) > 0 ? [t(key, { n: count(kind) })] : [],
  );
  return [size.join(', '), ...parts].join(' · ');
}

export function reasonText(t: Translate, r: CommunityReason): string {
  switch (r.kind) {
    case 'seizure':
      return t('communities.reason.seizure', {
        parties: r.parties,
        reference: r.reference ?? '',
        label: r.label ?? '',
        bill: r.billNumber ?? '',
      });
    case 'watchlist': {
      const text = t('communities.reason.watchlist', { hits: r.hits ?? 0, parties: r.parties });
      return r.narcotics
        ? `${text}, ${t('communities.reason.narcotics', { n: r.narcotics })}`
        : text;
    }
    case 'lookout':
      return t('communities.reason.lookout', { hits: r.hits ?? 0, parties: r.parties });
  }
}

const kindText = (t: Translate, kind: string) =>
  isHubKind(kind) ? t(`communities.bind.${kind}`) : kind;

function CommunityItem({ community }: { readonly community: Community }) {
  const { t } = useI18n();
  const s = community.summary;
  const shares = s.binds.items.map((b) => `${kindText(t, b.kind)} ${b.label} (${b.members})`);
  const more = s.members.total - s.members.items.length;
  return (
    <li data-testid="community">
      <strong data-testid="community-summary">{summaryLine(t, s)}</strong>
      {s.reasons.length > 0 && (
        <ul data-testid="community-reasons">
          {s.reasons.map((r) => (
            <li key={`${r.kind}-${r.reference ?? ''}`}>{reasonText(t, r)}</li>
          ))}
        </ul>
      )}
      <div data-testid="community-members">
        <CommunityMembers members={s.members.items} max={s.members.items.length} />
        {more > 0 && <span className="muted"> {t('communities.more', { n: more })}</span>}
      </div>
      <div className="muted" data-testid="community-binds">
        {shares.length > 0 && t('communities.shares', { list: shares.join(' · ') })}
        {shares.length > 0 && s.dealings.pairs > 0 && ' · '}
        {s.dealings.pairs > 0 &&
          t('communities.dealings', {
            pairs: s.dealings.pairs,
            consignments: s.dealings.consignments,
          })}
      </div>
    </li>
  );
}

function Hubs({ hubs }: { readonly hubs: CommunityList['hubs'] }) {
  const { t, formatNumber } = useI18n();
  if (hubs.total === 0) return null;
  return (
    <details data-testid="community-hubs">
      <summary>
        {t('communities.hubs', { n: formatNumber(hubs.total), max: hubs.threshold })}
      </summary>
      <p className="muted">{t('communities.hubsWhy')}</p>
      <ul>
        {hubs.items.map((h) => (
          <li key={h.id}>
            {t('communities.hub', {
              kind: kindText(t, h.kind),
              label: h.label,
              n: formatNumber(h.companies),
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Communities() {
  const { t } = useI18n();
  const on = useAvailability(COMMUNITIES_PATH);
  const list = useLoad(on ? loadCommunities : undefined, [on]);
  if (!on) return null;
  return (
    <>
      <h2>{t('entities.communities')}</h2>
      <p className="muted">{t('communities.intro')}</p>
      <Loaded state={list}>
        {(cs) => (
          <>
            {cs.items.length === 0 ? (
              <p className="muted">{t('communities.none')}</p>
            ) : (
              <ol className="communities" data-testid="communities">
                {cs.items.slice(0, SHOWN).map((c) => (
                  <CommunityItem key={c.id} community={c} />
                ))}
              </ol>
            )}
            {cs.total > SHOWN && (
              <p className="muted">{t('communities.shown', { shown: SHOWN, total: cs.total })}</p>
            )}
            <Hubs hubs={cs.hubs} />
          </>
        )}
      </Loaded>
    </>
  );
}
