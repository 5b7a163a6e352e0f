/** Adapts the services of an AppContext to what the HTTP layer uses (ServerDeps). */
import type { AppContext } from '../services/app-context.ts';
import type { ServerDeps } from './server-deps.ts';

export function serverDeps(context: AppContext): ServerDeps {
  return {
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
