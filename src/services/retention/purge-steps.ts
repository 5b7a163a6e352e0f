/** Which purge steps carry out each data class's rule, in order. */
import type { Db } from '../../storage/index.ts';
import {
  deleteConsignments,
  deleteContainerEvents,
  deleteFilings,
  deleteIntelObjects,
  deletePartyHistory,
  deleteRawMessages,
  depersonaliseOutcomes,
  pseudonymiseConsignmentParties,
  pseudonymiseParties,
} from '../../storage/repositories/retention-purge.repository.ts';
import type { PurgeStamp } from '../../storage/repositories/retention.repository.ts';
import type { DataClass, RetentionAction } from './retention-rules.ts';

export interface PurgeStep {
  readonly name: string;
  readonly run: (db: Db, stamp: PurgeStamp) => Promise<number>;
}

export function purgeSteps(dataClass: DataClass, action: RetentionAction): readonly PurgeStep[] {
  switch (dataClass) {
    case 'personal-data':
      // Raw bytes cannot be pseudonymised: they go under either action.
      return action === 'pseudonymise'
        ? [
            { name: 'party', run: pseudonymiseParties },
            { name: 'consignment-parties', run: pseudonymiseConsignmentParties },
            { name: 'raw-message', run: deleteRawMessages },
            { name: 'party-history', run: deletePartyHistory },
          ]
        : [
            { name: 'raw-message', run: deleteRawMessages },
            { name: 'consignment', run: deleteConsignments },
            { name: 'outcome', run: depersonaliseOutcomes },
            { name: 'party-history', run: deletePartyHistory },
          ];
    case 'cargo':
      return [
        { name: 'consignment', run: deleteConsignments },
        { name: 'outcome', run: depersonaliseOutcomes },
        { name: 'party-history', run: deletePartyHistory },
        { name: 'filing', run: deleteFilings },
        { name: 'raw-message', run: deleteRawMessages },
        { name: 'container-events', run: deleteContainerEvents },
      ];
    case 'intelligence':
      return [{ name: 'intel-object', run: deleteIntelObjects }];
  }
}
