/** What every Track & Trace event mapper is given, and what it yields. */
import type { ContainerEvent, TransportEvent } from '../../core/cargo/events.ts';
import type { Vessel } from '../../core/cargo/vessel.ts';
import type { TntCodeSets } from './tnt-code-sets.ts';
import type { TntVersion } from './tnt-version.ts';

export interface DcsaReadOptions {
  /** The intake's clock (ISO date-time): creation or update times after it are errors. */
  readonly now?: string;
  /** UN/LOCODE existence check, e.g. `getReferenceData().locodes.has`; format only when absent. */
  readonly isKnownLocode?: (code: string) => boolean;
}

export interface EventContext {
  readonly version: TntVersion;
  readonly sets: TntCodeSets;
  readonly options: DcsaReadOptions;
}

/**
 * One event's outcome: a core record, the retraction of the sender's earlier event (by its id),
 * or nothing to map (shipment, IoT, reefer, non-vessel transport).
 */
export type MappedEvent =
  | { readonly kind: 'container'; readonly event: ContainerEvent; readonly vessel?: Vessel }
  | { readonly kind: 'transport'; readonly event: TransportEvent; readonly vessel?: Vessel }
  | { readonly kind: 'retraction'; readonly eventId: string }
  | { readonly kind: 'none' };

export const NOTHING: MappedEvent = { kind: 'none' };

/** `{ key: value }` when the value is defined, `{}` otherwise (exactOptionalPropertyTypes). */
export function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Properties whose type admits undefined become optional (and never hold undefined). */
export type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** A copy without the undefined properties: one allocation, for the per-event hot path. */
export function compact<const T extends object>(o: T): Compact<T> {
  const out: Record<string, unknown> = {};
  for (const k in o) {
    const v = o[k];
    if (v !== undefined) out[k] = v;
  }
  return out as Compact<T>;
}
