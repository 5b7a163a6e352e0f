/**
 * Screening hits into targeting: the `WatchlistSource` targeting calls before it scores
 * consignment versions, with the parties it has read. It screens those parties first (only the
 * versions not yet screened under the lists in force: none when the intake `screen` job ran
 * first), then hands back every hit that is not a false positive, by consignment.
 */
import type { PartyRole } from '../../core/cargo/party.ts';
import type { WatchlistHit } from '../../risk/features/history.ts';
import type { AppContext } from '../app-context.ts';
import type { WatchlistSource } from '../targeting/score-filing.ts';
import { createScreeningService, type ScreeningService } from './screening.service.ts';

export function createWatchlistSource(screening: ScreeningService): WatchlistSource {
  return async (tx, agencyId, consignments) => {
    const hits = await screening.screenStored(tx, agencyId, { consignments });
    const out = new Map<string, WatchlistHit[]>();
    for (const h of hits) {
      const list = out.get(h.consignmentId) ?? [];
      list.push({
        listName: h.listId,
        entryName: h.matchedName,
        partyRole: h.partyRole as PartyRole,
        score: h.score,
      });
      out.set(h.consignmentId, list);
    }
    return out;
  };
}

const byContext = new WeakMap<AppContext, ScreeningService>();

/**
 * The one screening service of an app context: its watchlist index and thresholds are cached,
 * so the routes, the screening worker and targeting share it and see the same lists.
 */
export function screeningServiceOf(context: AppContext): ScreeningService {
  let service = byContext.get(context);
  if (!service) {
    service = createScreeningService({ database: context.database, clock: context.clock });
    byContext.set(context, service);
  }
  return service;
}
