/** The demo agency and the people and machines that act in it. */
import { createActor, type Actor } from '../../services/access/actor.ts';

// The node's own agency, which the CLI's targeting commands default to (`--agency local`).
export const DEMO_AGENCY = 'local';

const person = (id: string, roles: Actor['roles']): Actor =>
  createActor({ kind: 'user', id, agencyId: DEMO_AGENCY, roles });

export const demoAdmin = person('demo-admin', ['admin']);
export const demoOfficer = person('demo-officer', ['targeting-officer']);
export const demoAnalyst = person('demo-analyst', ['analyst']);
