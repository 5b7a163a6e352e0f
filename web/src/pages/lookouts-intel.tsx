/**
 * The exchange part of the lookouts page: what partners sent (by kind, title and owner) and the
 * hits (this node's lookouts matched on its own cargo: bill, containers, what matched; and
 * sightings partners reported back). Shown only to users who may read intelligence.
 */
import { get } from '../api/client.ts';
import type { IntelObject, LocalHit, Lookout } from '../api/types.ts';
import { Loaded } from '../components/page-state.tsx';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';

type Listed<T> = T[] | { items: T[] };
const itemsOf = <T,>(l: Listed<T>): T[] => (Array.isArray(l) ? l : l.items);

const KINDS = ['lookout', 'seizure-report', 'container-alert', 'hit', 'rfi', 'rfi-answer'] as const;
const CRITERIA = ['container-number', 'party-name'] as const;
const kindKey = (k: string): MessageKey | undefined =>
  (KINDS as readonly string[]).includes(k) ? (`intelKind.${k}` as MessageKey) : undefined;
const criterionKey = (k: string): MessageKey | undefined =>
  (CRITERIA as readonly string[]).includes(k) ? (`criterion.${k}` as MessageKey) : undefined;

export function IntelParts({ lookouts }: { readonly lookouts: readonly Lookout[] }) {
  const { t, formatDate } = useI18n();
  const { can } = useSession();
  const inboxOn = useAvailability('/api/v1/intel/inbox');
  const hitsOn = useAvailability('/api/v1/intel/hits');
  const readable = can('intel.read');
  const inbox = useLoad(
    inboxOn && readable
      ? () => get<Listed<IntelObject>>('/api/v1/intel/inbox').then(itemsOf)
      : undefined,
    [inboxOn, readable],
  );
  const hits = useLoad(
    hitsOn && readable
      ? () => get<{ local: LocalHit[]; reported: IntelObject[] }>('/api/v1/intel/hits')
      : undefined,
    [hitsOn, readable],
  );
  // Nothing at all for a user who may not read intelligence, not two empty headings.
  if (!readable) return null;
  const named = (k: string, key: MessageKey | undefined) => (key ? t(key) : k);
  const titleOf = (id: string) => lookouts.find((l) => l.id === id)?.content?.title ?? id;
  const matched = (on: readonly string[] | undefined) =>
    t('hits.matchedOn', { what: (on ?? []).map((k) => named(k, criterionKey(k))).join(', ') });
  return (
    <>
      <h2>{t('lookouts.inbox')}</h2>
      {inboxOn === false ? (
        <p className="muted">{t('state.partNotAvailable')}</p>
      ) : (
        <Loaded state={inbox}>
          {(l) =>
            l.length ? (
              <ul data-testid="inbox">
                {l.map((i) => (
                  <li key={i.id}>
                    <span className="tag">{named(i.kind, kindKey(i.kind))}</span>{' '}
                    {i.content?.title ?? i.id}
                    {i.markings?.owner && (
                      <span className="muted"> · {i.markings.owner}</span>
                    )} · {formatDate(i.modified ?? i.created)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('lookouts.empty')}</p>
            )
          }
        </Loaded>
      )}
      <h2>{t('lookouts.hits')}</h2>
      {hitsOn === false ? (
        <p className="muted">{t('state.partNotAvailable')}</p>
      ) : (
        <Loaded state={hits}>
          {({ local, reported }) =>
            local.length + reported.length ? (
              <ul data-testid="hits">
                {local.map((h) => (
                  <li key={h.id}>
                    <strong>{titleOf(h.lookoutId)}</strong> · {t('hits.bill')}{' '}
                    <span className="mono">{h.billNumber ?? '—'}</span> ·{' '}
                    <span className="mono">{h.containerNumbers.join(', ')}</span> ·{' '}
                    {matched(h.matchedOn)} · {formatDate(h.at)}
                    {h.mandatoryHold && <span className="hold">{t('queue.hold')}</span>}
                  </li>
                ))}
                {reported.map((h) => (
                  <li key={h.id}>
                    <span className="tag">{t('hits.reported')}</span>{' '}
                    <strong>{titleOf(h.content?.lookoutId ?? '')}</strong> ·{' '}
                    {h.content?.sightedBy ?? h.markings?.owner} ·{' '}
                    <span className="mono">{(h.content?.containerNumbers ?? []).join(', ')}</span> ·{' '}
                    {matched(h.content?.matchedOn)} ·{' '}
                    {formatDate(h.content?.lastSeen ?? h.modified)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('lookouts.empty')}</p>
            )
          }
        </Loaded>
      )}
    </>
  );
}
