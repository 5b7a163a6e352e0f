/** One converter per exchange kind, chosen by an exhaustive switch. */
import type { ExchangeObject } from '../objects/exchange-object.ts';
import { containerAlertToStix } from './container-alert-to-stix.ts';
import { hitToStix } from './hit-to-stix.ts';
import { lookoutToStix } from './lookout-to-stix.ts';
import { rfiAnswerToStix, rfiToStix } from './rfi-to-stix.ts';
import { seizureReportToStix } from './seizure-report-to-stix.ts';
import type { StixObject } from './stix-object.ts';

export function toStix(object: ExchangeObject): StixObject[] {
  switch (object.kind) {
    case 'lookout':
      return lookoutToStix(object);
    case 'seizure-report':
      return seizureReportToStix(object);
    case 'container-alert':
      return containerAlertToStix(object);
    case 'hit':
      return hitToStix(object);
    case 'rfi':
      return rfiToStix(object);
    case 'rfi-answer':
      return rfiAnswerToStix(object);
  }
}
