/**
 * What every exchange service needs: the database and clock (audited transactions), a source of
 * random UUIDs, and `fetch` for talking to partner nodes, with how long a partner may take to
 * answer one request. Built once per node.
 */
import { randomUUID } from 'node:crypto';
import type { AuditDeps } from '../audit/audited-transaction.ts';

export interface ExchangeContext extends AuditDeps {
  readonly randomUuid: () => string;
  readonly fetch: typeof fetch;
  /** Milliseconds a partner node has to answer one request (its body included) before it is given up. */
  readonly partnerTimeoutMs: number;
}

/** A partner that has not answered within 30 s is reported unreachable and tried at the next sync. */
export const PARTNER_TIMEOUT_MS = 30_000;

export function exchangeContext(
  deps: AuditDeps & { randomUuid?: () => string; fetch?: typeof fetch; partnerTimeoutMs?: number },
): ExchangeContext {
  return {
    database: deps.database,
    clock: deps.clock,
    randomUuid: deps.randomUuid ?? randomUUID,
    fetch: deps.fetch ?? globalThis.fetch.bind(globalThis),
    partnerTimeoutMs: deps.partnerTimeoutMs ?? PARTNER_TIMEOUT_MS,
  };
}

/** Epoch microseconds of a clock reading (TAXII dates added keep microseconds). */
export function epochMicros(at: Date): number {
  return at.getTime() * 1000;
}
