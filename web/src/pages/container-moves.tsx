/**
 * A container's moves, oldest first: one entry per real move, the senders that reported it
 * (message, sender, received time, report id) and, where their reports disagree on seals,
 * full/empty or vessel, each value with who gave it (a seal mismatch is itself a risk signal). A
 * report its sender retracted is listed and marked; a move all of whose reports were retracted is
 * shown struck through, as no longer standing.
 */
import type { ContainerMove, ReportSource } from '../api/container-types.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function ContainerMoves({ moves }: { readonly moves: readonly ContainerMove[] }) {
  const { t } = useI18n();
  if (moves.length === 0) return <p className="muted">{t('container.noEvents')}</p>;
  return (
    <ol className="timeline" data-testid="timeline">
      {moves.map((m) => (
        <Move key={m.reports[0]?.id ?? m.eventAt} move={m} />
      ))}
    </ol>
  );
}

function moveClass(m: ContainerMove): string | undefined {
  if (m.retracted) return 'move-retracted';
  return m.discrepancies.length > 0 ? 'move-disputed' : undefined;
}

function Move({ move: m }: { readonly move: ContainerMove }) {
  const { t, formatDate } = useI18n();
  return (
    <li data-testid="move" className={moveClass(m)}>
      {m.retracted && (
        <span className="retracted-tag" data-testid="move-retracted">
          {t('container.moveRetracted')}
        </span>
      )}
      <time dateTime={m.eventAt}>{formatDate(m.eventAt)}</time>
      <strong>{m.eventType}</strong> <span className="muted">{m.classifier}</span>
      {m.location && <span> · {m.location}</span>}
      {m.facility && <span> · {m.facility}</span>}
      {m.fullEmpty && <span> · {m.fullEmpty}</span>}
      {m.seals && m.seals.length > 0 && (
        <span>
          {' '}
          · {t('container.seals')} {m.seals.map((s) => s.number).join(', ')}
        </span>
      )}
      {m.discrepancies.map((d) => (
        <p key={d.field} className="move-discrepancy" role="note" data-testid="move-discrepancy">
          {t('container.disagree', { field: t(`container.field.${d.field}`) })}{' '}
          {d.values
            .map(
              (v) =>
                `${v.value} (${v.reportIds.map((id) => sourceOf(m, id, t('container.otherAgency'))).join(', ')})`,
            )
            .join(' ≠ ')}
        </p>
      ))}
      <details className="move-reports">
        <summary className="muted">{t('container.reportedBy', { n: m.reports.length })}</summary>
        <ul>
          {m.reports.map((r) => (
            <li key={r.id} data-testid="move-report">
              {r.retracted && (
                <span className="retracted-tag">{t('container.reportRetracted')}</span>
              )}
              {r.source ? <SourceLine source={r.source} /> : t('container.unknownSource')}{' '}
              <span className="muted">
                · <time dateTime={r.eventAt}>{formatDate(r.eventAt)}</time> ·{' '}
                <span className="mono">{r.id}</span>
              </span>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

function SourceLine({ source: s }: { readonly source: ReportSource }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      {t('container.report', {
        message: s.messageType,
        sender: senderLabel(s, t('container.otherAgency')),
        received: formatDate(s.receivedAt),
      })}
    </>
  );
}

/** The sender's name (or id); another agency's sender is named only as such (`unnamed`). */
function senderLabel(s: ReportSource, unnamed: string): string {
  const name = s.senderName ?? s.sender ?? unnamed;
  return s.senderKind ? `${name} (${s.senderKind})` : name;
}

function sourceOf(move: ContainerMove, reportId: string, unnamed: string): string {
  const source = move.reports.find((r) => r.id === reportId)?.source;
  return source
    ? `${source.messageType} ${source.senderName ?? source.sender ?? unnamed}`
    : reportId;
}
