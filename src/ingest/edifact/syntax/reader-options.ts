/** Options that tune how the EDIFACT reader treats what real senders get wrong. */
import type { Diagnostic } from '../../../core/diagnostic.ts';
import type { SyntaxIdentifier } from './syntax-identifier.ts';

/** 'warning': a wrong UNT segment count is reported and the message still delivered; 'reject': not delivered. */
export const UNT_COUNT_POLICIES = ['warning', 'reject'] as const;
export type UntCountPolicy = (typeof UNT_COUNT_POLICIES)[number];

export interface ReaderOptions {
  /** Source name copied into every diagnostic position (file name, upload id). */
  readonly source?: string;
  /** Fixed, or chosen per interchange sender (UNB 0004). Default 'warning'. */
  readonly untCountPolicy?: UntCountPolicy | ((sender: string) => UntCountPolicy);
  /** Repertoire assumed when there is no UNB to say (default UNOC). */
  readonly defaultSyntax?: SyntaxIdentifier;
  /** At most this many diagnostics are kept (default 1000); one more says how many were dropped. */
  readonly maxDiagnostics?: number;
  /** Longest unterminated text held while streaming, in characters (default 1 MiB); a longer segment is skipped. */
  readonly maxSegmentLength?: number;
  /** Message headers kept in the received log (default 100,000); the rest are only counted. */
  readonly maxReceived?: number;
  /** Called for each diagnostic as soon as it is known (streaming). */
  readonly onDiagnostic?: (d: Diagnostic) => void;
}

export function untPolicyFor(options: ReaderOptions, sender: string): UntCountPolicy {
  const p = options.untCountPolicy;
  if (p === undefined) return 'warning';
  return typeof p === 'function' ? p(sender) : p;
}
