/** A lookout as a STIX indicator: the pattern for any tool, the structured criteria for Portcullis. */
import type { Lookout, LookoutCriterion } from '../objects/lookout.ts';
import { dropEmpty } from './markings-to-stix.ts';
import { lookoutPattern } from './lookout-pattern.ts';
import { propertyExtension } from './extension-definitions.ts';
import { stixCommon } from './stix-common.ts';
import { stixTimestamp, type StixObject } from './stix-object.ts';

export function lookoutToStix(lookout: Lookout): StixObject[] {
  const c = lookout.content;
  const indicator: StixObject = {
    ...stixCommon(lookout, 'indicator'),
    ...dropEmpty({ name: c.title, description: c.description }),
    indicator_types: ['malicious-activity'],
    pattern: lookoutPattern(c.criteria),
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: stixTimestamp(c.validFrom),
    ...(c.validUntil === undefined ? {} : { valid_until: stixTimestamp(c.validUntil) }),
    extensions: propertyExtension('lookout', {
      criteria: c.criteria.map(criterionToStix),
      hold_required: c.holdRequired,
      hits_requested: c.hitsRequested,
    }),
  };
  return [indicator];
}

function criterionToStix(c: LookoutCriterion): Record<string, unknown> {
  switch (c.kind) {
    case 'container-number':
    case 'party-name':
      return { kind: c.kind, value: c.value };
    case 'party-identifier':
      return { kind: c.kind, scheme: c.scheme, value: c.value };
    case 'cargo':
      return { kind: c.kind, conditions: c.conditions.map((d) => ({ ...d })) };
  }
}
