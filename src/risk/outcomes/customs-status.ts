/** Which customs status (core/outcomes/customs-status.ts) a workflow step announces to carriers. */
import type { CustomsStatusCode } from '../../core/outcomes/customs-status.ts';
import type { OutcomeAction, ScanVerdict } from './selection-states.ts';

/** The customs status a step announces, if any (CUSI and CUSR at most once per selection). */
export function customsStatusOf(
  action: OutcomeAction,
  verdict: ScanVerdict | undefined,
  alreadyAnnounced: readonly CustomsStatusCode[],
): CustomsStatusCode | undefined {
  const once = (code: CustomsStatusCode) => (alreadyAnnounced.includes(code) ? undefined : code);
  switch (action) {
    case 'scan':
      return verdict === 'anomaly' ? once('CUSI') : undefined;
    case 'inspect':
      return once('CUSI');
    case 'release':
      return once('CUSR');
    case 'seize':
    case 'waive':
    case 'custody':
      return undefined;
  }
}
