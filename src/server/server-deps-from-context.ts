/** Adapts the services of an AppContext to what the HTTP layer uses (ServerDeps). */
import type { AppContext } from '../services/app-context.ts';
import { createIntakeService } from '../services/intake/intake.service.ts';
import { referenceLookups } from '../services/intake/reference-lookups.ts';
import { createSenderService } from '../services/intake/sender.service.ts';
import { createTargetingService } from '../services/targeting/targeting.service.ts';
import { createLookoutSource } from '../services/exchange/lookout-source.ts';
import { createWatchlistSource, screeningServiceOf } from '../services/entities/index.ts';
import type { Authenticate } from './auth/api-key.ts';
import { apiKeyAuthenticator, requestActor, type ActorOf } from './auth/request-actor.ts';
import { outcomesDeps } from './deps/outcomes.deps.ts';
import { exchangeDeps } from './deps/exchange.deps.ts';
import { entitiesDeps } from './deps/entities.deps.ts';
import { sessionDeps } from './deps/session.deps.ts';
import { auditDeps } from './deps/audit.deps.ts';
import { webDeps } from './deps/web.deps.ts';
import { cargoDeps } from './deps/cargo.deps.ts';
import { usersDeps } from './deps/users.deps.ts';
import type { TargetingServerDeps } from './routes/targeting.routes.ts';
import type { IntakeServerDeps, ServerDeps } from './server-deps.ts';

/** Intake over the context's database: API keys of senders, EDIFACT codes checked against reference data. */
function intakeDeps(context: AppContext, bodyLimitBytes?: number): IntakeServerDeps {
  const base = { database: context.database, clock: context.clock };
  const senders = createSenderService(base);
  const service = createIntakeService({
    ...base,
    lookups: referenceLookups(),
    ...(bodyLimitBytes === undefined ? {} : { bodyLimitBytes }),
  });
  const bySender: Authenticate = (key, requestId) => senders.authenticate(key, requestId);
  return { service, authenticate: apiKeyAuthenticator(context, bySender) };
}

/**
 * Targeting over the context's database. A carrier's key is denied by the service's access checks.
 */
function targetingDeps(context: AppContext, actorOf: ActorOf): TargetingServerDeps {
  const lookouts = createLookoutSource(context.database, context.clock);
  lookouts.refresh().catch(() => undefined);
  const service = createTargetingService({
    database: context.database,
    clock: context.clock,
    lookouts: lookouts.source,
    watchlist: createWatchlistSource(screeningServiceOf(context)),
    vesselListings: screeningServiceOf(context).listedVessels,
  });
  return { service, actorOf };
}

export function serverDeps(
  context: AppContext,
  options: {
    bodyLimitBytes?: number;
    dataDir?: string;
    auditTreeHeadIntervalSeconds?: number;
  } = {},
): ServerDeps {
  const intake = intakeDeps(context, options.bodyLimitBytes);
  const actorOf = requestActor(context, intake.authenticate);
  const optional = <K extends string, V>(key: K, value: V | undefined) =>
    (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
  const common = { dataDir: options.dataDir };
  const audit = auditDeps(context, actorOf, {
    ...common,
    auditTreeHeadIntervalSeconds: options.auditTreeHeadIntervalSeconds,
  });
  return {
    intake,
    targeting: targetingDeps(context, actorOf),
    ...optional('outcomes', outcomesDeps(context, actorOf, common)),
    ...optional(
      'exchange',
      exchangeDeps(context, actorOf, { ...common, auditLog: audit?.service }),
    ),
    ...optional('entities', entitiesDeps(context, actorOf, common)),
    ...optional('session', sessionDeps(context, actorOf, common)),
    ...optional('audit', audit),
    ...optional('web', webDeps(context, actorOf, common)),
    cargo: cargoDeps(context, actorOf),
    users: usersDeps(context, actorOf),
    async readiness() {
      const r = await context.health.readiness();
      return {
        database: r.ready
          ? { ok: true, detail: `${r.engine}, ${r.latencyMs.toFixed(1)} ms` }
          : { ok: false, detail: r.reason ?? 'database-unavailable' },
      };
    },
  };
}
