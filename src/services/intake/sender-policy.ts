/**
 * A sender's intake policy, agreed with the agency: what a wrong UNT segment count does
 * (warning or rejection of the message), and whether one invalid record rejects the whole
 * message (all-or-nothing) or only itself (partial acceptance).
 */
import { UNT_COUNT_POLICIES, type UntCountPolicy } from '../../ingest/edifact/index.ts';

export const ACCEPTANCE_POLICIES = ['partial', 'all-or-nothing'] as const;
export type AcceptancePolicy = (typeof ACCEPTANCE_POLICIES)[number];

export const SENDER_KINDS = ['carrier', 'terminal'] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

export interface SenderPolicy {
  readonly untCount: UntCountPolicy;
  readonly acceptance: AcceptancePolicy;
}

export const DEFAULT_SENDER_POLICY: SenderPolicy = { untCount: 'warning', acceptance: 'partial' };

const oneOf = <T extends string>(list: readonly T[], v: unknown, fallback: T): T =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : fallback;

/** Reads a stored policy; a missing or unknown field takes the default. */
export function parseSenderPolicy(value: unknown): SenderPolicy {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    untCount: oneOf(UNT_COUNT_POLICIES, v['untCount'], DEFAULT_SENDER_POLICY.untCount),
    acceptance: oneOf(ACCEPTANCE_POLICIES, v['acceptance'], DEFAULT_SENDER_POLICY.acceptance),
  };
}

export function isSenderKind(value: string): value is SenderKind {
  return (SENDER_KINDS as readonly string[]).includes(value);
}
