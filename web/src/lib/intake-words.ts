/**
 * The Intake page's words for the server's closed sets (acknowledgement statuses, formats, BGM
 * functions, record kinds, sender kinds, severities), each with the server's own word as the
 * fallback for a value this app does not know yet; and what an upload accepted (its records and
 * the events it retracted), as a phrase.
 */
import { isAckStatus, type AcceptedCounts, type SubmissionSummary } from '../api/intake.ts';
import type { Translate } from '../i18n/i18n.tsx';

const FORMATS = ['edifact', 'dcsa-json', 'csv'] as const;
const FUNCTIONS = ['original', 'replace', 'cancel'] as const;
const KINDS = ['consignment', 'container-event', 'transport-event'] as const;
const SENDER_KINDS = ['carrier', 'terminal'] as const;
const SEVERITIES = ['error', 'warning', 'info'] as const;
const COUNTS = [
  'consignments',
  'equipment',
  'containerEvents',
  'transportEvents',
  'retracted',
] as const;

/** What a message or an upload took: its records, and the events it retracted (DCSA). */
export type TakenCounts = AcceptedCounts & { readonly retracted: number };

const oneOf = <T extends string>(list: readonly T[], s: string | undefined): s is T =>
  s !== undefined && (list as readonly string[]).includes(s);

export const statusWord = (t: Translate, s: string) =>
  isAckStatus(s) ? t(`intake.status.${s}`) : s;

export const formatWord = (t: Translate, f: string | undefined) =>
  oneOf(FORMATS, f) ? t(`intake.format.${f}`) : (f ?? t('intake.format.none'));

export const functionWord = (t: Translate, f: string) =>
  oneOf(FUNCTIONS, f) ? t(`intake.function.${f}`) : f;

export const kindWord = (t: Translate, k: string) => (oneOf(KINDS, k) ? t(`intake.kind.${k}`) : k);

export const senderKindWord = (t: Translate, k: string | undefined) =>
  oneOf(SENDER_KINDS, k) ? t(`intake.senderKind.${k}`) : (k ?? '');

export const severityWord = (t: Translate, s: string) =>
  oneOf(SEVERITIES, s) ? t(`intake.severity.${s}`) : s;

/**
 * "2 consignments, 4 container events", "1 event retracted", or "nothing"; also for the events
 * already stored.
 */
export function acceptedWords(
  t: Translate,
  accepted: Partial<TakenCounts>,
  formatNumber: (n: number) => string,
): string {
  const parts = COUNTS.flatMap((c) => {
    const n = accepted[c] ?? 0;
    return n > 0 ? [t(`intake.count.${c}`, { n: formatNumber(n) })] : [];
  });
  return parts.length === 0 ? t('intake.count.none') : parts.join(', ');
}

/**
 * What the list says a submission took: what it accepted and the events it retracted, then the
 * events already stored and the bills a cancellation cancelled, where there are any.
 */
export function submissionWords(
  t: Translate,
  s: Pick<SubmissionSummary, 'accepted' | 'retracted' | 'alreadyStored' | 'cancelledBills'>,
  formatNumber: (n: number) => string,
): string {
  const stored = s.alreadyStored.containerEvents + s.alreadyStored.transportEvents;
  return [
    acceptedWords(t, { ...s.accepted, retracted: s.retracted }, formatNumber),
    ...(stored > 0
      ? [
          t('intake.list.alreadyStored', {
            what: acceptedWords(t, s.alreadyStored, formatNumber),
          }),
        ]
      : []),
    ...(s.cancelledBills > 0
      ? [t('intake.list.cancelled', { n: formatNumber(s.cancelledBills) })]
      : []),
  ].join('; ');
}

/** The CSS class of a status: green when all went in, amber when some did, red when none. */
export const statusClass = (s: string) =>
  s === 'accepted'
    ? 'band band-low'
    : s === 'rejected'
      ? 'band band-high'
      : s === 'accepted-with-warnings' || s === 'partially-accepted'
        ? 'band band-medium'
        : 'tag';
