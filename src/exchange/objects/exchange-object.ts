/** Every kind of object a node exchanges, as one closed union. */
import type { ContainerAlert } from './container-alert.ts';
import type { Hit } from './hit.ts';
import type { Lookout } from './lookout.ts';
import type { Rfi, RfiAnswer } from './rfi.ts';
import type { SeizureReport } from './seizure-report.ts';

export const EXCHANGE_KINDS = [
  'lookout',
  'seizure-report',
  'container-alert',
  'hit',
  'rfi',
  'rfi-answer',
] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

export type ExchangeObject = Lookout | SeizureReport | ContainerAlert | Hit | Rfi | RfiAnswer;
