/** An entity's screening hits, each with its review: an analyst confirms the match or dismisses it with a note saying why, and sees the verdict, who gave it and the note. */
import { useState } from 'react';
import { post } from '../api/client.ts';
import { HIT_VERDICTS, type HitVerdict, type StoredScreeningHit } from '../api/types.ts';
import { useI18n, type MessageKey } from '../i18n/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useUserNames } from '../lib/user-names.tsx';

const STATUS: Readonly<Record<StoredScreeningHit['status'], MessageKey>> = {
  open: 'entities.hitStatus.open',
  'true-positive': 'entities.hitStatus.true-positive',
  'false-positive': 'entities.hitStatus.false-positive',
};
const VERDICT: Readonly<Record<HitVerdict, MessageKey>> = {
  'true-positive': 'entities.hitConfirm',
  'false-positive': 'entities.hitDismiss',
};

export function ScreeningHits({ hits }: { readonly hits: readonly StoredScreeningHit[] }) {
  const { t, formatNumber } = useI18n();
  const { can } = useSession();
  const [list, setList] = useState(hits);
  const who = useUserNames(list.map((h) => h.reviewedBy));
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [notes, setNotes] = useState<Readonly<Record<string, string>>>({});
  const review = async (hit: StoredScreeningHit, verdict: HitVerdict) => {
    setBusy(hit.id);
    setError(undefined);
    try {
      const saved = await post<StoredScreeningHit>(
        `/api/v1/screening/hits/${encodeURIComponent(hit.id)}/review`,
        { verdict, ...(notes[hit.id]?.trim() ? { note: notes[hit.id]?.trim() } : {}) },
      );
      setList((l) => l.map((h) => (h.id === saved.id ? saved : h)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  };
  if (list.length === 0) return <p className="muted">{t('entities.noHits')}</p>;
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul data-testid="screening-hits">
        {list.map((h) => (
          <li key={h.id} className="hit" data-hit={h.id}>
            {t('consignment.hit', {
              name: h.matchedName,
              score: formatNumber(h.score, 2),
              list: h.listId,
            })}{' '}
            <span className="mono muted">
              {h.partyRole} · {h.billNumber}
            </span>{' '}
            <span className="tag" data-testid="hit-status">
              {t(STATUS[h.status])}
            </span>
            {h.reviewedBy && (
              <span className="muted">
                {' '}
                {t('entities.hitReviewedBy', { who: who(h.reviewedBy) })}
              </span>
            )}
            {h.reviewNote && (
              <q className="muted" data-testid="hit-note">
                {h.reviewNote}
              </q>
            )}
            {h.status === 'open' && can('screening.review') && (
              <span className="actions" role="group" aria-label={t('entities.hitReview')}>
                <input
                  type="text"
                  maxLength={2000}
                  aria-label={t('entities.hitNote')}
                  placeholder={t('entities.hitNote')}
                  value={notes[h.id] ?? ''}
                  onChange={(e) => setNotes((n) => ({ ...n, [h.id]: e.target.value }))}
                />
                {HIT_VERDICTS.map((v) => (
                  <button
                    key={v}
                    type="button"
                    disabled={busy !== undefined}
                    onClick={() => void review(h, v)}
                  >
                    {t(VERDICT[v])}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
