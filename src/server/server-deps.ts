/** What the HTTP layer needs from the services, described by the few members it uses. */
import type { Actor } from '../services/access/actor.ts';
import type { IntakeService } from '../services/intake/intake.service.ts';
import type { TargetingServerDeps } from './routes/targeting.routes.ts';
import type { OutcomesServerDeps } from './routes/outcomes.routes.ts';
import type { ExchangeServerDeps } from './routes/exchange.routes.ts';
import type { EntitiesServerDeps } from './routes/entities.routes.ts';
import type { SessionServerDeps } from './routes/session.routes.ts';
import type { AuditServerDeps } from './routes/audit.routes.ts';
import type { WebServerDeps } from './routes/web.routes.ts';
import type { CargoServerDeps } from './routes/cargo.routes.ts';
import type { UsersServerDeps } from './routes/users.routes.ts';

export interface ReadinessCheck {
  readonly ok: boolean;
  readonly detail?: string;
}

/** Cargo intake: the service and how a request's credentials become an actor. */
export interface IntakeServerDeps {
  readonly service: IntakeService;
  /** The actor of an API key (carriers, terminals); undefined when the key is not valid. */
  readonly authenticate: (key: string, requestId: string) => Promise<Actor | undefined>;
}

export interface ServerDeps {
  readiness(): Promise<Record<string, ReadinessCheck>>;
  /** Present when the node takes cargo data (the intake routes are registered). */
  readonly intake?: IntakeServerDeps;
  /** Present when the node targets containers (queues, assessments, plans, rules, models). */
  readonly targeting?: TargetingServerDeps;
  /** Present when each capability is built (its routes are registered only then). */
  readonly outcomes?: OutcomesServerDeps;
  readonly exchange?: ExchangeServerDeps;
  readonly entities?: EntitiesServerDeps;
  readonly session?: SessionServerDeps;
  readonly audit?: AuditServerDeps;
  readonly web?: WebServerDeps;
  /** Cargo reads for the web app's pages: consignments and containers. */
  readonly cargo?: CargoServerDeps;
  /** Display names of the agency's users, for pages that attribute actions. */
  readonly users?: UsersServerDeps;
}
