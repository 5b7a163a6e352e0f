/**
 * The targeting feature schema: every feature a rule or the model may use, with its kind and
 * the plain-words description that explanations show next to its value.
 */
export const FEATURE_KINDS = ['numeric', 'categorical', 'boolean', 'set', 'text'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

export interface FeatureSpec {
  readonly name: string;
  readonly kind: FeatureKind;
  readonly description: string;
}

export const FEATURES = [
  {
    name: 'originPort',
    kind: 'categorical',
    description: 'port where the cargo entered the voyage',
  },
  { name: 'originCountry', kind: 'categorical', description: 'country of origin of the route' },
  { name: 'loadingPort', kind: 'categorical', description: 'port of loading' },
  { name: 'transshipmentPorts', kind: 'set', description: 'transshipment ports' },
  { name: 'transshipmentCount', kind: 'numeric', description: 'number of transshipments' },
  { name: 'dischargePort', kind: 'categorical', description: 'port of discharge' },
  { name: 'dischargeCountry', kind: 'categorical', description: 'country of discharge' },
  {
    name: 'routePattern',
    kind: 'text',
    description: 'route (origin > transshipments > discharge)',
  },
  { name: 'routeCountries', kind: 'set', description: 'countries along the route' },
  { name: 'sourceRegion', kind: 'categorical', description: 'source region of the route' },
  {
    name: 'originHighRisk',
    kind: 'boolean',
    description: 'origin in a cocaine source or transit region',
  },
  {
    name: 'viaHighRiskHub',
    kind: 'boolean',
    description: 'transshipped through a known high-risk hub',
  },
  { name: 'hsChapter', kind: 'categorical', description: 'HS chapter of the main goods item' },
  { name: 'hsHeading', kind: 'categorical', description: 'HS heading of the main goods item' },
  { name: 'hsChapters', kind: 'set', description: 'HS chapters declared' },
  { name: 'hsHeadings', kind: 'set', description: 'HS headings declared' },
  { name: 'goodsDescription', kind: 'text', description: 'declared goods description' },
  { name: 'coverLoad', kind: 'categorical', description: 'commodity used as a known cover load' },
  {
    name: 'coverLoadFromSource',
    kind: 'boolean',
    description: 'known cover load from a source region',
  },
  { name: 'goodsItemCount', kind: 'numeric', description: 'number of goods items' },
  { name: 'isReefer', kind: 'boolean', description: 'refrigerated container' },
  { name: 'reeferActive', kind: 'boolean', description: 'reefer unit running' },
  { name: 'reeferTemperatureC', kind: 'numeric', description: 'reefer set temperature (°C)' },
  { name: 'containerSizeType', kind: 'categorical', description: 'ISO size-type of the container' },
  { name: 'carrier', kind: 'categorical', description: 'carrier (SCAC)' },
  { name: 'billKind', kind: 'categorical', description: 'bill of lading kind (master or house)' },
  { name: 'shipperCountry', kind: 'categorical', description: 'shipper country' },
  { name: 'consigneeCountry', kind: 'categorical', description: 'consignee country' },
  { name: 'shipperAgeDays', kind: 'numeric', description: 'days since the shipper was first seen' },
  {
    name: 'consigneeAgeDays',
    kind: 'numeric',
    description: 'days since the consignee was first seen',
  },
  { name: 'shipperPriorShipments', kind: 'numeric', description: 'prior shipments of the shipper' },
  {
    name: 'consigneePriorShipments',
    kind: 'numeric',
    description: 'prior shipments of the consignee',
  },
  {
    name: 'partyPriorSeizures',
    kind: 'numeric',
    description: 'prior seizures involving these parties',
  },
  {
    name: 'partyPriorHits',
    kind: 'numeric',
    description: 'prior scan hits involving these parties',
  },
  { name: 'firstShipmentShipper', kind: 'boolean', description: "shipper's first shipment" },
  { name: 'firstShipmentConsignee', kind: 'boolean', description: "consignee's first shipment" },
  { name: 'routeShipments', kind: 'numeric', description: 'prior shipments on this route' },
  {
    name: 'routeSeizureRate',
    kind: 'numeric',
    description: 'share of prior shipments on this route with a seizure',
  },
  { name: 'bookingToFilingHours', kind: 'numeric', description: 'hours from booking to filing' },
  { name: 'filingToLoadingHours', kind: 'numeric', description: 'hours from filing to loading' },
  { name: 'filingToArrivalHours', kind: 'numeric', description: 'hours from filing to arrival' },
  { name: 'lateFiling', kind: 'boolean', description: 'filed less than 24 hours before loading' },
  { name: 'packageCount', kind: 'numeric', description: 'number of packages' },
  { name: 'declaredWeightKg', kind: 'numeric', description: 'declared gross weight (kg)' },
  { name: 'weightPerPackageKg', kind: 'numeric', description: 'declared weight per package (kg)' },
  {
    name: 'equipmentWeightKg',
    kind: 'numeric',
    description: 'container cargo weight from equipment (kg)',
  },
  {
    name: 'weightMismatchRatio',
    kind: 'numeric',
    description: 'relative gap between declared and equipment weight',
  },
  { name: 'sealChanges', kind: 'numeric', description: 'seal changes between container events' },
  {
    name: 'maxDwellHours',
    kind: 'numeric',
    description: 'longest stay at a transshipment port (hours)',
  },
  { name: 'unusualDwell', kind: 'boolean', description: 'stay longer than usual on this route' },
  {
    name: 'unplannedPorts',
    kind: 'set',
    description: 'ports with events that are not on the declared route',
  },
  {
    name: 'discAtUnplannedPort',
    kind: 'boolean',
    description: 'discharged at a port not on the declared route',
  },
  { name: 'missingLoad', kind: 'boolean', description: 'discharged without a recorded load' },
  { name: 'eventAnomalies', kind: 'numeric', description: 'container event sequence anomalies' },
  {
    name: 'cloneSuspected',
    kind: 'boolean',
    description:
      'same container number seen at two places at once (overlapping stays, or in use elsewhere while aboard the declared vessel)',
  },
  { name: 'lookoutHits', kind: 'numeric', description: 'lookout hits' },
  { name: 'watchlistHits', kind: 'numeric', description: 'watchlist hits on the parties' },
  // Added after the first snapshots were stored: keep new features at the end (snapshots and
  // model rows are positional).
  {
    name: 'consigneeNewCommodity',
    kind: 'boolean',
    description: 'consignee with 3 or more prior shipments, none in the HS chapters of these goods',
  },
  {
    name: 'shipperNewCommodity',
    kind: 'boolean',
    description: 'shipper with 3 or more prior shipments, none in the HS chapters of these goods',
  },
  {
    name: 'partyHistoryDays',
    kind: 'numeric',
    description: 'days of party history this node holds (since the first shipment it counted)',
  },
] as const satisfies readonly FeatureSpec[];

export type FeatureName = (typeof FEATURES)[number]['name'];

type SpecOf<N extends FeatureName> = Extract<(typeof FEATURES)[number], { name: N }>;
interface KindValue {
  numeric: number;
  categorical: string;
  boolean: boolean;
  set: readonly string[];
  text: string;
}
export type FeatureValueOf<N extends FeatureName> = KindValue[SpecOf<N>['kind']];
export type FeatureValue = KindValue[FeatureKind];

const BY_NAME: ReadonlyMap<string, FeatureSpec> = new Map(FEATURES.map((f) => [f.name, f]));

/** The spec of a feature by name, or undefined for a name not in the schema. */
export function featureSpec(name: string): FeatureSpec | undefined {
  return BY_NAME.get(name);
}
