/**
 * Intake: what carriers and terminals sent (recent submissions, each opening its acknowledgement
 * with the per-record diagnostics), the quarantine (with the correction form for a user holding
 * `quarantine.reprocess`), and a filing's history. Opened by `quarantine.read`; the submissions
 * and the history need `filing.read` too, which every role holding it has.
 */
import { useCallback, useState } from 'react';
import { FILING_READ, loadSenders, REPROCESS_PERMISSION } from '../api/intake.ts';
import { NotAvailable } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useAvailability } from '../lib/use-availability.ts';
import { useSession } from '../lib/session.tsx';
import { useLoad } from '../lib/use-load.ts';
import { FilingHistorySection } from './intake-history.tsx';
import { QuarantineSection } from './intake-quarantine.tsx';
import { SubmissionsSection } from './intake-submissions.tsx';

export function IntakePage() {
  const { t } = useI18n();
  const { can } = useSession();
  const readsFilings = can(FILING_READ);
  const senders = useLoad(readsFilings ? loadSenders : undefined, [readsFilings]);
  const [requested, setRequested] = useState<{ key: string; n: number }>();
  // A correction is a submission too: the list shows it once reprocessed.
  const [corrections, setCorrections] = useState(0);
  const showFiling = useCallback(
    (key: string) => setRequested((r) => ({ key, n: (r?.n ?? 0) + 1 })),
    [],
  );
  // A node that takes no cargo data serves no intake routes.
  const served = useAvailability('/api/v1/quarantine');
  if (served === false) return <NotAvailable what={t('nav.intake')} />;
  const list = senders.data ?? [];
  return (
    <div className="stack intake">
      <h1>{t('intake.title')}</h1>
      <p className="muted intro">{t('intake.intro')}</p>
      {readsFilings && (
        <SubmissionsSection senders={list} onShowFiling={showFiling} refresh={corrections} />
      )}
      <QuarantineSection
        canReprocess={can(REPROCESS_PERMISSION)}
        onReprocessed={() => setCorrections((n) => n + 1)}
        {...(readsFilings ? { onShowFiling: showFiling } : {})}
      />
      {readsFilings && (
        <FilingHistorySection senders={list} {...(requested ? { requested } : {})} />
      )}
    </div>
  );
}
