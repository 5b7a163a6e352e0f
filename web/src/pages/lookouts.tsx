/**
 * Lookouts and exchange: the agency's lookouts, a form to create one under its markings (TLP,
 * handling code, evaluation, purpose, releasability), release and approval, the partner inbox and
 * the hits. Parts whose API this node lacks say so.
 */
import { useState, type FormEvent } from 'react';
import { get, post } from '../api/client.ts';
import type { Lookout } from '../api/types.ts';
import { Loaded, NotAvailable } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useLoad } from '../lib/use-load.ts';
import { useUserNames } from '../lib/user-names.tsx';
import { IntelParts } from './lookouts-intel.tsx';

const TLP = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
const HANDLING = ['H0', 'H1', 'H2', 'H3'] as const;
const PURPOSES = [
  'customs-control',
  'crime-prevention',
  'criminal-investigation',
  'judicial-proceedings',
] as const;

type Listed<T> = T[] | { items: T[] };
const itemsOf = <T,>(l: Listed<T>): T[] => (Array.isArray(l) ? l : l.items);
const titleOf = (l: Lookout) => l.title ?? l.content?.title ?? l.id;
const INTEL_STATES = ['draft', 'pending', 'released', 'received', 'revoked'] as const;
type IntelState = (typeof INTEL_STATES)[number];
const stateOf = (l: Lookout): string => (l.revoked ? 'revoked' : (l.state ?? ''));
const isIntelState = (s: string): s is IntelState =>
  (INTEL_STATES as readonly string[]).includes(s);

export function LookoutsPage() {
  const { t, formatDate } = useI18n();
  const { can } = useSession();
  const available = useAvailability('/api/v1/lookouts');
  const lookouts = useLoad(
    available ? () => get<Listed<Lookout>>('/api/v1/lookouts').then(itemsOf) : undefined,
    [available],
  );
  const nameOf = useUserNames((lookouts.data ?? []).flatMap((l) => [l.createdBy, l.approvedBy]));
  const [error, setError] = useState<string>();
  const stateName = (s: string) => (isIntelState(s) ? t(`intelState.${s}`) : s);
  if (available === false) return <NotAvailable what={t('nav.lookouts')} />;
  const act = async (path: string, body: unknown = {}) => {
    setError(undefined);
    try {
      await post(path, body);
      lookouts.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="columns">
      <section aria-labelledby="lk-title">
        <h1 id="lk-title">{t('lookouts.title')}</h1>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <Loaded state={lookouts}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{t('lookouts.none')}</p>
            ) : (
              <table data-testid="lookouts">
                <thead>
                  <tr>
                    <th scope="col">{t('lookouts.name')}</th>
                    <th scope="col">{t('lookouts.tlp')}</th>
                    <th scope="col">{t('lookouts.status')}</th>
                    <th scope="col">{t('lookouts.created')}</th>
                    <th scope="col" />
                  </tr>
                </thead>
                <tbody>
                  {list.map((l) => (
                    <tr key={l.id}>
                      <td>{titleOf(l)}</td>
                      <td>
                        <span className={`tlp tlp-${l.markings?.tlp ?? ''}`}>
                          TLP:{(l.markings?.tlp ?? '').toUpperCase()}
                        </span>{' '}
                        {l.markings?.handling?.code}
                      </td>
                      <td data-testid="lookout-status">{stateName(stateOf(l))}</td>
                      <td data-testid="lookout-created">
                        {formatDate(l.createdAt ?? l.created)}
                        {l.createdBy && <> · {nameOf(l.createdBy)}</>}
                        {l.approvedBy && (
                          <span className="muted">
                            {' '}
                            · {t('lookouts.approvedBy', { who: nameOf(l.approvedBy) })}
                          </span>
                        )}
                      </td>
                      <td className="actions">
                        {can('intel.release') && stateOf(l) === 'draft' && (
                          <button
                            type="button"
                            onClick={() => void act(`/api/v1/lookouts/${l.id}/release`)}
                            data-testid="release"
                          >
                            {t('lookouts.release')}
                          </button>
                        )}
                        {can('intel.approve') && stateOf(l) === 'pending' && (
                          <button
                            type="button"
                            onClick={() => void act(`/api/v1/lookouts/${l.id}/approve`)}
                          >
                            {t('lookouts.approve')}
                          </button>
                        )}
                        {can('lookout.write') && !l.revoked && (
                          <button
                            type="button"
                            onClick={() => void act(`/api/v1/lookouts/${l.id}/revoke`)}
                          >
                            {t('lookouts.revoke')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </Loaded>
        <IntelParts lookouts={lookouts.data ?? []} />
      </section>
      {can('lookout.write') && <CreateLookout onCreated={lookouts.reload} />}
    </div>
  );
}

function CreateLookout({ onCreated }: { readonly onCreated: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'container-number' | 'party-name'>('container-number');
  const [value, setValue] = useState('');
  const [tlp, setTlp] = useState<string>('amber');
  const [handling, setHandling] = useState<string>('H2');
  const [purpose, setPurpose] = useState<string>('customs-control');
  const [communities, setCommunities] = useState('');
  const [hold, setHold] = useState(false);
  const [error, setError] = useState<string>();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      await post('/api/v1/lookouts', {
        title,
        criteria: [{ kind, value }],
        holdRequired: hold,
        hitsRequested: true,
        validFrom: new Date().toISOString(),
        markings: {
          tlp,
          handling:
            handling === 'H3' ? { code: 'H3', restriction: 'owner approval' } : { code: handling },
          evaluation: { reliability: 'B', accuracy: 2 },
          purpose,
          releasability: {
            communities: communities
              .split(',')
              .map((c) => c.trim())
              .filter(Boolean),
            agencies: [],
          },
          onwardSharing: false,
        },
      });
      setTitle('');
      setValue('');
      onCreated();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  return (
    <section aria-labelledby="new-lk">
      <h2 id="new-lk">{t('lookouts.create')}</h2>
      <form className="stack" onSubmit={(e) => void submit(e)} data-testid="lookout-form">
        <label>
          {t('lookouts.name')}
          <input name="title" required value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('lookouts.criterion')}
          <select
            value={kind}
            onChange={(e) => setKind(e.target.value as 'container-number' | 'party-name')}
          >
            <option value="container-number">{t('lookouts.byContainer')}</option>
            <option value="party-name">{t('lookouts.byParty')}</option>
          </select>
        </label>
        <label>
          {t('lookouts.value')}
          <input name="value" required value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <label>
          {t('lookouts.tlp')}
          <select name="tlp" value={tlp} onChange={(e) => setTlp(e.target.value)}>
            {TLP.map((x) => (
              <option key={x} value={x}>
                TLP:{x.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lookouts.handling')}
          <select name="handling" value={handling} onChange={(e) => setHandling(e.target.value)}>
            {HANDLING.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lookouts.purpose')}
          <select value={purpose} onChange={(e) => setPurpose(e.target.value)}>
            {PURPOSES.map((x) => (
              <option key={x} value={x}>
                {t(`purpose.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lookouts.communities')}
          <input
            name="communities"
            value={communities}
            onChange={(e) => setCommunities(e.target.value)}
            placeholder="eu-ports-coalition"
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={hold} onChange={(e) => setHold(e.target.checked)} />{' '}
          {t('lookouts.hold')}
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary">
          {t('lookouts.submit')}
        </button>
      </form>
    </section>
  );
}
