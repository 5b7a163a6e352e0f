/**
 * Lookout criteria as a STIX 2.1 pattern over the node's own object types. Criteria are ORed
 * observations; the conditions of one cargo criterion are ANDed observations (STIX allows AND
 * inside one observation only for one object type, so each condition is its own observation).
 */
import type { CargoCondition, LookoutCriterion } from '../objects/lookout.ts';
import { CONSIGNMENT_TYPE, CONTAINER_TYPE, PARTY_TYPE } from './extension-definitions.ts';

export function lookoutPattern(criteria: readonly LookoutCriterion[]): string {
  return criteria.map(criterionPattern).join(' OR ');
}

function criterionPattern(c: LookoutCriterion): string {
  switch (c.kind) {
    case 'container-number':
      return `[${CONTAINER_TYPE}:container_number = ${literal(c.value)}]`;
    case 'party-identifier':
      return `[${PARTY_TYPE}:identifiers.${c.scheme.replace('-', '_')} = ${literal(c.value)}]`;
    case 'party-name':
      return `[${PARTY_TYPE}:name = ${literal(c.value)}]`;
    case 'cargo':
      return `(${c.conditions.map(conditionPattern).join(' AND ')})`;
  }
}

function conditionPattern(c: CargoCondition): string {
  const type = c.entity === 'consignment' ? CONSIGNMENT_TYPE : CONTAINER_TYPE;
  return `[${type}:${c.property} ${c.operator} ${literal(c.value)}]`;
}

/** A STIX pattern string literal: quotes and backslashes escaped. */
export function literal(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}
