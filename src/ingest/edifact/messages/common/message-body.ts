/** What a message-type mapper returns to `mapMessage`, which adds the header fields. */
import type { Diagnostic } from '../../../../core/diagnostic.ts';
import type { CargoRecords, NamedCall } from '../../../../core/cargo/index.ts';
import type { RejectedRecord } from './mapped-message.ts';
import type { MeansOfTransport } from './means-of-transport.ts';
import type { MessageContext } from './message-context.ts';
import type { MessageHeader } from './message-header.ts';

export interface MessageBody {
  readonly transport?: MeansOfTransport;
  /** The vessel call the header names (TDT, LOC), as far as it names it. */
  readonly call?: NamedCall;
  readonly records: Partial<CargoRecords>;
  readonly rejected: readonly RejectedRecord[];
  readonly diagnostics: readonly Diagnostic[];
}

export type BodyMapper = (ctx: MessageContext, header: MessageHeader) => MessageBody;
