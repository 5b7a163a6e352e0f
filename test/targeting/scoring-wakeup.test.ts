// The server's scoring loop starts on an accepted filing at once: the intake signals committed
// work to the loops of its database, so scoring does not wait for the next poll (here an hour).
import { expect, it } from 'vitest';
import { createActor } from '../../src/services/access/actor.ts';
import { createTargetingService } from '../../src/services/targeting/index.ts';
import { jobStatus } from '../../src/storage/index.ts';
import { describeEachEngine } from '../support/db.ts';
import {
  AGENCY,
  carrier,
  clock,
  consignments,
  cuscar,
  services,
} from '../intake/intake-fixtures.ts';

const scorer = createActor({
  kind: 'machine',
  id: 'scoring-worker',
  agencyId: AGENCY,
  roles: ['analyst'],
});

describeEachEngine('scoring on an accepted filing', (getDb) => {
  it('scores the filing as soon as the intake has committed it, without waiting for the poll', async () => {
    const { actor } = await carrier(getDb());
    const targeting = createTargetingService({ database: getDb(), clock });
    const loop = targeting.startScoringLoop(scorer, 3_600_000);
    try {
      const { acknowledgement: ack } = await services(getDb()).intake.submit(actor, {
        bytes: cuscar('DOC-WAKE-1', consignments(3, 4100)),
        contentType: 'application/edifact',
      });
      const job = ack.units[0]?.scoringJobId ?? '';
      let status = (await jobStatus(getDb().db, job))?.status;
      for (let i = 0; i < 300 && status !== 'done'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        status = (await jobStatus(getDb().db, job))?.status;
      }
      expect(status).toBe('done');
    } finally {
      await loop.stop();
    }
  });
});
