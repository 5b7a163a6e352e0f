/**
 * A lookout: "watch for this container, this party, or cargo like this". Exchanged as a STIX
 * indicator; criteria are ORed, the conditions of one cargo criterion are ANDed.
 */
import type { Shareable } from '../release/shareable.ts';

export const PARTY_SCHEMES = ['eori', 'scac', 'tax-id', 'imo'] as const;
export type PartyScheme = (typeof PARTY_SCHEMES)[number];

export const CARGO_PROPERTIES = {
  consignment: [
    'port_of_loading',
    'port_of_discharge',
    'place_of_receipt',
    'hs_code',
    'goods_description',
  ],
  container: ['container_number', 'iso_size_type', 'seal_number'],
} as const;
export type CargoEntity = keyof typeof CARGO_PROPERTIES;

export const CONDITION_OPERATORS = ['=', 'LIKE'] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export interface CargoCondition {
  readonly entity: CargoEntity;
  readonly property: string;
  readonly operator: ConditionOperator;
  readonly value: string;
}

export type LookoutCriterion =
  | { readonly kind: 'container-number'; readonly value: string }
  | { readonly kind: 'party-identifier'; readonly scheme: PartyScheme; readonly value: string }
  | { readonly kind: 'party-name'; readonly value: string }
  | { readonly kind: 'cargo'; readonly conditions: readonly CargoCondition[] };

export interface LookoutContent {
  readonly title: string;
  readonly description?: string;
  readonly criteria: readonly LookoutCriterion[];
  /** The lookout demands a mandatory hold of any matching container. */
  readonly holdRequired: boolean;
  /** The owner wants a sighting back when a node matches it. */
  readonly hitsRequested: boolean;
  readonly validFrom: string;
  readonly validUntil?: string;
}

export type Lookout = Shareable<'lookout', LookoutContent>;
