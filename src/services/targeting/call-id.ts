/**
 * A vessel call's id in the API and CLI: "<IMO>:<voyage>:<port>", e.g. "9321483:2403W:BEANR".
 * The IMO number and port have fixed shapes, so a voyage number containing ":" still parses.
 */
import { AppError } from '../../core/app-error.ts';

export interface CallRef {
  readonly vesselImo: string;
  readonly voyageNumber: string;
  readonly port: string;
}

export function formatCallId(c: CallRef): string {
  return `${c.vesselImo}:${c.voyageNumber}:${c.port}`;
}

export function parseCallId(id: string): CallRef {
  const first = id.indexOf(':');
  const last = id.lastIndexOf(':');
  if (first <= 0 || last <= first + 1 || last === id.length - 1) {
    throw new AppError('bad_request', `vessel call id "${id}" is not <IMO>:<voyage>:<port>`);
  }
  return {
    vesselImo: id.slice(0, first),
    voyageNumber: id.slice(first + 1, last),
    port: id.slice(last + 1),
  };
}
