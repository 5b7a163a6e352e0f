/** Entities, screening, watchlists, link graphs and private set intersection: the services. */
export {
  createScreeningService,
  type ScreeningService,
  type ScreeningMatch,
  type WatchlistFormat,
  type HitVerdict,
  type WatchlistSummary,
  WATCHLIST_FORMATS,
  HIT_VERDICTS,
} from './screening.service.ts';
export { createEntitiesService } from './entities.service.ts';
export type {
  EntitiesService,
  EntitySummary,
  EntityProfile,
  MemberPageOptions,
  GraphView,
} from './entities-types.ts';
export { MEMBER_PAGE, type EntityMemberGroup } from './member-groups.ts';
export { createPsiService, type PsiService, MAX_PSI_POINTS } from './psi.service.ts';
export { bundledSdnEntries } from './bundled-watchlist.ts';
export type { StoredScreeningHit } from '../../storage/index.ts';
export type { PsiItemKind } from '../../intel/psi/index.ts';
export { createWatchlistSource, screeningServiceOf } from './watchlist-source.ts';
export {
  createScreeningWorker,
  SCREEN_JOB,
  type ScreeningWorker,
  type ScreeningRun,
  type ScreeningLoop,
} from './screening-worker.ts';
