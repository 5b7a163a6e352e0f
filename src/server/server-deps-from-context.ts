/** Adapts the services of an AppContext to what the HTTP layer uses (ServerDeps). */
import type { AppContext } from '../services/app-context.ts';
import { createIntakeService } from '../services/intake/intake.service.ts';
import { referenceLookups } from '../services/intake/reference-lookups.ts';
import { createSenderService } from '../services/intake/sender.service.ts';
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

export function serverDeps(
  context: AppContext,
  options: { bodyLimitBytes?: number } = {},
): ServerDeps {
  return {
    intake: intakeDeps(context, options.bodyLimitBytes),
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
