/**
 * The intake services over an open app context, for the CLI: sender management, intake with
 * reference-data checks, the local operator's actor, and the sender local uploads go under.
 */
import { createActor, type Actor } from '../access/actor.ts';
import type { AppContext } from '../app-context.ts';
import { createIntakeService, type IntakeService } from './intake.service.ts';
import { referenceLookups } from './reference-lookups.ts';
import { createSenderService, type SenderService, type SenderView } from './sender.service.ts';

export interface IntakeContext {
  readonly intake: IntakeService;
  readonly senders: SenderService;
  /** The operator at the console, administering the agency's senders. */
  readonly operator: Actor;
  /** The sender's machine actor, as its API key would authenticate it. */
  actorOf(sender: SenderView): Actor;
  /** The sender named `name` (created as a carrier when missing). */
  senderNamed(name: string): Promise<SenderView>;
}

export function intakeContext(context: AppContext, agencyId: string): IntakeContext {
  const base = { database: context.database, clock: context.clock };
  const senders = createSenderService(base);
  const intake = createIntakeService({ ...base, lookups: referenceLookups() });
  const operator = createActor({ kind: 'user', id: 'cli', agencyId, roles: ['admin'] });
  const actorOf = (s: SenderView) =>
    createActor({ kind: 'machine', id: s.id, agencyId: s.agencyId, roles: ['carrier'] });
  return {
    intake,
    senders,
    operator,
    actorOf,
    senderNamed: async (name) => {
      const found = (await senders.listSenders(operator)).find(
        (s) => s.name === name || s.id === name,
      );
      return found ?? senders.addSender(operator, { name, kind: 'carrier' });
    },
  };
}
