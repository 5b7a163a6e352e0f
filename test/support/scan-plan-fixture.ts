/**
 * Test fixture: a scan plan stored for a call at BEANR of vessel 9467304, selecting every given
 * container as targeted .
 */
import type { Db } from '../../src/storage/db.ts';
import { insertScanPlan } from '../../src/storage/index.ts';

export interface PlannedContainer {
  readonly containerNumber: string;
  readonly billNumber: string;
  readonly score: number;
}

export function storeTargetedPlan(
  db: Db,
  call: { readonly agencyId: string; readonly voyageNumber: string; readonly createdAt: Date },
  containers: readonly PlannedContainer[],
) {
  return insertScanPlan(
    db,
    {
      agencyId: call.agencyId,
      vesselImo: '9467304',
      voyageNumber: call.voyageNumber,
      port: 'BEANR',
      terminal: '',
      shift: 's',
      capacity: 2,
      controlShare: 0,
      controlPool: 0,
      controlPropensity: 0,
      seed: 's',
      createdBy: 'officer',
      createdAt: call.createdAt,
    },
    containers.map((c) => ({ ...c, reason: 'targeted', propensity: 1, selected: true })),
  );
}
