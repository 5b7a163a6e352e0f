/** A container: its risk assessment and why, earlier assessments, the bills that list it, and its moves. */
import { get, query } from '../api/client.ts';
import type { ContainerDetail } from '../api/container-types.ts';
import type { Assessment } from '../api/types.ts';
import { Band } from '../components/band.tsx';
import { Loaded } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useLoad } from '../lib/use-load.ts';
import { ContainerMoves } from './container-moves.tsx';

const REASON_KINDS = ['lookout', 'rule', 'model'] as const;
const isReasonKind = (k: string): k is (typeof REASON_KINDS)[number] =>
  (REASON_KINDS as readonly string[]).includes(k);

const enc = encodeURIComponent;

export function ContainerPage({ number }: { readonly number: string }) {
  const { t, language } = useI18n();
  // The explanation comes in the language chosen, asked again when it changes.
  const assessments = useLoad(
    () =>
      get<{ current: Assessment; history: Assessment[] }>(
        `/api/v1/assessments/${enc(number)}${query({ lang: language })}`,
      ).then((a) => [a.current, ...a.history]),
    [number, language],
  );
  const detail = useLoad(() => get<ContainerDetail>(`/api/v1/containers/${enc(number)}`), [number]);
  return (
    <article>
      <h1>
        {t('container.title')} <span className="mono">{number}</span>
      </h1>
      <div className="columns">
        <section aria-labelledby="risk-title">
          <h2 id="risk-title">{t('container.risk')}</h2>
          <Loaded state={assessments}>{(list) => <RiskExplanation list={list} />}</Loaded>
        </section>
        <section aria-labelledby="bills-title">
          <h2 id="bills-title">{t('container.bills')}</h2>
          <Loaded state={detail}>
            {(d) => (
              <>
                <ul>
                  {d.bills.map((b) => (
                    <li key={`${b.billNumber}-${b.version}`}>
                      <Link href={`/consignments/${enc(b.billNumber)}`} className="mono">
                        {b.billNumber}
                      </Link>{' '}
                      <span className="muted">{t('consignment.version', { n: b.version })}</span>
                    </li>
                  ))}
                </ul>
                <h2>{t('container.timeline')}</h2>
                <ContainerMoves moves={d.moves} />
              </>
            )}
          </Loaded>
        </section>
      </div>
    </article>
  );
}

function RiskExplanation({ list }: { readonly list: readonly Assessment[] }) {
  const { t, formatNumber, formatDate } = useI18n();
  const [current, ...earlier] = list;
  if (!current) return <p className="muted">{t('container.noAssessment')}</p>;
  return (
    <>
      <p>
        <span className="score">{formatNumber(current.score, 3)}</span> <Band band={current.band} />{' '}
        {current.mandatoryHold && <span className="hold">{t('queue.hold')}</span>}
      </p>
      {current.explanation.text && <p>{current.explanation.text}</p>}
      <ol className="reasons-list" data-testid="reasons">
        {current.explanation.reasons.map((r) => (
          <li key={`${r.kind}-${r.ref}`}>
            <span className="tag">{isReasonKind(r.kind) ? t(`reasonKind.${r.kind}`) : r.kind}</span>{' '}
            {r.text}
          </li>
        ))}
      </ol>
      <p className="muted">
        {t('container.versions', {
          rules: current.ruleSetVersion,
          model: current.modelVersion ?? '—',
        })}{' '}
        · {formatDate(current.assessedAt)}
      </p>
      {earlier.length > 0 && (
        <>
          <h3>{t('container.history')}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('container.assessedAt')}</th>
                <th scope="col">{t('queue.score')}</th>
                <th scope="col">{t('queue.band')}</th>
              </tr>
            </thead>
            <tbody>
              {earlier.map((a) => (
                <tr key={a.id}>
                  <td>{formatDate(a.assessedAt)}</td>
                  <td className="num">{formatNumber(a.score, 3)}</td>
                  <td>
                    <Band band={a.band} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
