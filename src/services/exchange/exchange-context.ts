/**
 * What every exchange service needs: the database and clock (audited transactions), a source of
 * random UUIDs, and `fetch` for talking to partner nodes. Built once per node.
 */
import { randomUUID } from 'node:crypto';
import type { AuditDeps } from '../audit/audited-transaction.ts';

export interface ExchangeContext extends AuditDeps {
  readonly randomUuid: () => string;
  readonly fetch: typeof fetch;
}

export function exchangeContext(
  deps: AuditDeps & { randomUuid?: () => string; fetch?: typeof fetch },
): ExchangeContext {
  return {
    database: deps.database,
    clock: deps.clock,
    randomUuid: deps.randomUuid ?? randomUUID,
    fetch: deps.fetch ?? globalThis.fetch.bind(globalThis),
  };
}

/** Epoch microseconds of a clock reading (TAXII dates added keep microseconds). */
export function epochMicros(at: Date): number {
  return at.getTime() * 1000;
}
