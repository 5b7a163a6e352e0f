/**
 * Selection workflows follow the scan plans: run in the transaction that makes a plan or changes
 * a selection in one, so the workflows (and the carriers' CUSS/CUSR status messages) move when
 * the plan does, not when someone next lists the selections.
 */
import {
  followNewestPlans,
  insertCustomsStatuses,
  insertTransition,
  openPlannedSelections,
  type Db,
} from '../../storage/index.ts';

/**
 * Brings the workflows in line with the newest plan of each call: selections no longer planned
 * and still untouched are withdrawn (their carriers told CUSR, released; a CUSS already told is
 * not told twice if one is reopened), newly planned ones opened (their carriers told CUSS).
 */
export async function openSelections(tx: Db, agencyId: string, now: Date): Promise<number> {
  const moved = await followNewestPlans(tx, agencyId, now);
  for (const m of moved)
    await insertTransition(tx, {
      selectionId: m.id,
      action: m.state === 'withdrawn' ? 'withdraw' : 'reopen',
      fromState: m.state === 'withdrawn' ? 'selected' : 'withdrawn',
      toState: m.state,
      version: m.version,
      actorId: 'scan-plan',
      at: now,
      details: {
        why:
          m.state === 'withdrawn'
            ? 'no longer selected by the newest plan of its call'
            : 'selected again by the newest plan of its call',
      },
    });
  const withdrawn = moved.filter((m) => m.state === 'withdrawn');
  const opened = await openPlannedSelections(tx, agencyId, now);
  await insertCustomsStatuses(tx, [
    ...withdrawn.map((o) => ({ ...o, agencyId, selectionId: o.id, code: 'CUSR', at: now })),
    ...opened.map((o) => ({ ...o, agencyId, selectionId: o.id, code: 'CUSS', at: now })),
  ]);
  return opened.length;
}
