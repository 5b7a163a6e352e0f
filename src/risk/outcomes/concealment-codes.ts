/**
 * Concealment methods a seizure is recorded under: the typology code list of docs/typologies.md
 * (the methods the traffic simulator plants), plus two for what the list does not cover.
 */
export const CONCEALMENT_CODES = [
  'door-bags',
  'in-cargo',
  'reefer-machinery',
  'container-structure',
  'parasitic',
  'other',
] as const;
export type ConcealmentCode = (typeof CONCEALMENT_CODES)[number];

export const CONCEALMENT_LABELS: Readonly<Record<ConcealmentCode, string>> = {
  'door-bags': 'Bags behind the doors (rip-on/rip-off)',
  'in-cargo': 'Inside or among the declared cargo (cover load)',
  'reefer-machinery': 'In the reefer machinery (evaporator, condenser, control box)',
  'container-structure': 'Built into the container structure (floor, walls, roof, door panels)',
  parasitic: 'Attached outside the container or under the chassis',
  other: 'Any other method (described in the findings)',
};

export function isConcealmentCode(value: string): value is ConcealmentCode {
  return (CONCEALMENT_CODES as readonly string[]).includes(value);
}

export const SUBSTANCES = [
  'cocaine',
  'cannabis',
  'heroin',
  'synthetic',
  'precursor',
  'other',
] as const;
export type SeizedSubstance = (typeof SUBSTANCES)[number];

export function isSubstance(value: string): value is SeizedSubstance {
  return (SUBSTANCES as readonly string[]).includes(value);
}
