/** Adapts the services of an AppContext to what the HTTP layer uses (ServerDeps). */
import type { AppContext } from '../services/app-context.ts';
import { createIntakeService } from '../services/intake/intake.service.ts';
import { referenceLookups } from '../services/intake/reference-lookups.ts';
import { createSenderService } from '../services/intake/sender.service.ts';
import { createTargetingService } from '../services/targeting/targeting.service.ts';
import { requireApiKeyActor } from './auth/api-key.ts';
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
  return { service, authenticate: (key, requestId) => senders.authenticate(key, requestId) };
}

/**
 * Targeting over the context's database. Callers authenticate with an API key until people can
 * sign in (the sign-in issue); a carrier's key is denied by the service's access checks.
 */
function targetingDeps(context: AppContext, intake: IntakeServerDeps): TargetingServerDeps {
  const service = createTargetingService({ database: context.database, clock: context.clock });
  return { service, actorOf: (request) => requireApiKeyActor(request, intake.authenticate) };
}

export function serverDeps(
  context: AppContext,
  options: { bodyLimitBytes?: number } = {},
): ServerDeps {
  const intake = intakeDeps(context, options.bodyLimitBytes);
  return {
    intake,
    targeting: targetingDeps(context, intake),
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
