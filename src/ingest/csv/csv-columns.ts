/**
 * The CSV manifest columns (docs/csv-manifest.md): canonical names, accepted aliases, and the
 * header resolution that maps a file's header row onto them, case- and punctuation-insensitively.
 */

export const PARTY_COLUMN_ROLES = ['shipper', 'consignee', 'notify', 'forwarder'] as const;
export type PartyColumnRole = (typeof PARTY_COLUMN_ROLES)[number];

export const PARTY_FIELDS = ['name', 'street', 'city', 'postcode', 'country', 'eori'] as const;
export type PartyField = (typeof PARTY_FIELDS)[number];

const partyColumns = PARTY_COLUMN_ROLES.flatMap((role) =>
  PARTY_FIELDS.map((f) => `${role}_${f}` as const),
);

/** Canonical columns, in the order the writer emits them. */
export const CSV_COLUMNS = [
  'bill_number',
  'bill_kind',
  'master_bill_number',
  'carrier_scac',
  'booking_reference',
  'vessel_imo',
  'voyage',
  'place_of_receipt',
  'port_of_loading',
  'transshipment_ports',
  'port_of_discharge',
  'place_of_delivery',
  ...partyColumns,
  'item_number',
  'hs_code',
  'description',
  'packages',
  'package_kind',
  'gross_weight_kg',
  'net_weight_kg',
  'volume_m3',
  'marks',
  'container_number',
  'iso_size_type',
  'seal_numbers',
  'reefer_temperature_c',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns every manifest must have. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = [
  'bill_number',
  'port_of_loading',
  'port_of_discharge',
  'description',
  'packages',
];

/** Other spellings seen in carriers' spreadsheets, already normalised (see normaliseHeader). */
export const COLUMN_ALIASES: Readonly<Record<string, CsvColumn>> = {
  bl_number: 'bill_number',
  bol_number: 'bill_number',
  bill_of_lading: 'bill_number',
  transport_document_reference: 'bill_number',
  bl_kind: 'bill_kind',
  bill_type: 'bill_kind',
  master_bill: 'master_bill_number',
  mbl_number: 'master_bill_number',
  scac: 'carrier_scac',
  carrier: 'carrier_scac',
  booking_number: 'booking_reference',
  imo: 'vessel_imo',
  imo_number: 'vessel_imo',
  voyage_number: 'voyage',
  pol: 'port_of_loading',
  pod: 'port_of_discharge',
  por: 'place_of_receipt',
  pld: 'place_of_delivery',
  transshipment_port: 'transshipment_ports',
  goods_item: 'item_number',
  hs: 'hs_code',
  commodity_code: 'hs_code',
  goods_description: 'description',
  package_count: 'packages',
  number_of_packages: 'packages',
  package_type: 'package_kind',
  gross_weight: 'gross_weight_kg',
  net_weight: 'net_weight_kg',
  volume: 'volume_m3',
  container: 'container_number',
  container_no: 'container_number',
  equipment_reference: 'container_number',
  size_type: 'iso_size_type',
  iso_equipment_code: 'iso_size_type',
  seals: 'seal_numbers',
  seal_number: 'seal_numbers',
  reefer_temperature: 'reefer_temperature_c',
  notify_party_name: 'notify_name',
};

/** "Bill Number", "BILL-NUMBER" and " bill_number " all become "bill_number". */
export function normaliseHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

export function resolveColumn(header: string): CsvColumn | undefined {
  const n = normaliseHeader(header);
  return (CSV_COLUMNS as readonly string[]).includes(n) ? (n as CsvColumn) : COLUMN_ALIASES[n];
}
