/**
 * The link graph's communities on the entities page: each with its size and a few of its
 * companies, whose names are kept apart (they ran into one another, one company unreadable from
 * the next).
 */
import { Fragment } from 'react';
import { get } from '../api/client.ts';
import type { GraphNode } from '../api/types.ts';
import { entityIdOf } from '../components/entity-graph.tsx';
import { Loaded } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';

interface Community {
  readonly id: number;
  readonly members: readonly GraphNode[];
}

/** Up to `max` of the members that open as entity profiles (companies), separated by " · ". */
export function CommunityMembers({
  members,
  max = 4,
}: {
  readonly members: readonly GraphNode[];
  readonly max?: number;
}) {
  return (
    <>
      {members
        .flatMap((m) => {
          const entity = entityIdOf(m);
          return entity ? [{ entity, label: m.label }] : [];
        })
        .slice(0, max)
        .map((m, i) => (
          <Fragment key={m.entity}>
            {i > 0 && ' · '}
            <Link href={`/entities/${encodeURIComponent(m.entity)}`}>{m.label}</Link>
          </Fragment>
        ))}
    </>
  );
}

export function Communities() {
  const { t, formatNumber } = useI18n();
  const on = useAvailability('/api/v1/graph/communities');
  const list = useLoad(
    on
      ? () => get<{ items: Community[] }>('/api/v1/graph/communities').then((r) => r.items)
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
              <li key={c.id} data-testid="community">
                {t('entities.community', { id: c.id, n: formatNumber(c.members.length) })} —{' '}
                <CommunityMembers members={c.members} />
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </>
  );
}
