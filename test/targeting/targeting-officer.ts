// The agency whose bills the targeting tests score, and its officer (targeting and analysis) who
// runs the scoring and reads the assessments.
import { createActor } from '../../src/services/access/actor.ts';

export const AGENCY = 'be-customs';
export const officer = createActor({
  kind: 'user',
  id: 'be-officer',
  agencyId: AGENCY,
  roles: ['targeting-officer', 'analyst'],
});
