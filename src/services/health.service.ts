/**
 * Health: liveness is the process answering; readiness is the database answering `select 1`.
 * Exempt from access checks and audit: it reveals nothing but whether the node can serve.
 */
import type { Database, Engine } from '../storage/index.ts';

export interface Readiness {
  readonly ready: boolean;
  readonly engine: Engine;
  readonly latencyMs: number;
  /** Why the node is not ready (no internal detail: the engine's message is not exposed). */
  readonly reason?: 'database-unavailable';
}

export interface HealthService {
  readiness(): Promise<Readiness>;
}

export function createHealthService(deps: { readonly database: Database }): HealthService {
  return {
    async readiness() {
      const started = performance.now();
      const engine = deps.database.engine;
      try {
        await deps.database.ping();
        return { ready: true, engine, latencyMs: performance.now() - started };
      } catch {
        const latencyMs = performance.now() - started;
        return { ready: false, engine, latencyMs, reason: 'database-unavailable' };
      }
    },
  };
}
