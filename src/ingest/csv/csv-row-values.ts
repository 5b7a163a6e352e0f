/** The typed values of one manifest row, split into bill, goods-item and container parts. */
import {
  BILL_KINDS,
  type BillKind,
  type GoodsItem,
  type Route,
} from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import type { Party } from '../../core/cargo/party.ts';
import {
  parseContainerNumber,
  type ContainerNumber,
} from '../../core/identifiers/container-number.ts';
import { parseHsCode } from '../../core/identifiers/hs-code.ts';
import { parseImoNumber, type ImoNumber } from '../../core/identifiers/imo-number.ts';
import { parseScac, type Scac } from '../../core/identifiers/scac.ts';
import { parseUnLocode, type UnLocode } from '../../core/identifiers/un-locode.ts';
import { optional, readParties, type CsvLookups } from './csv-parties.ts';
import type { CsvRowReader } from './csv-row-reader.ts';

export interface BillValues {
  readonly billNumber: string;
  readonly billKind: BillKind;
  readonly masterBillNumber?: string;
  readonly carrier?: Scac;
  readonly bookingReference?: string;
  readonly vesselImo?: ImoNumber;
  readonly voyageNumber?: string;
  readonly route: Route | undefined;
  readonly parties: readonly Party[];
}

function readBillKind(r: CsvRowReader): BillKind {
  const raw = r.text('bill_kind')?.toLowerCase();
  if (raw === undefined) return 'master';
  if ((BILL_KINDS as readonly string[]).includes(raw)) return raw as BillKind;
  r.report(
    'csv.enum',
    `Column bill_kind is "${raw}", expected master or house.`,
    'bill_kind',
    'error',
    { column: 'bill_kind', value: raw },
  );
  return 'master';
}

function readRoute(r: CsvRowReader, lookups: CsvLookups): Route | undefined {
  const locode = (raw: string) => parseUnLocode(raw, lookups.isKnownLocode);
  const portOfLoading = r.identifier('port_of_loading', locode, true);
  const portOfDischarge = r.identifier('port_of_discharge', locode, true);
  const placeOfReceipt = r.identifier('place_of_receipt', locode);
  const placeOfDelivery = r.identifier('place_of_delivery', locode);
  const transshipmentPorts = r
    .list('transshipment_ports')
    .map((p) => r.parsed('transshipment_ports', locode(p)));
  if (portOfLoading === undefined || portOfDischarge === undefined) return undefined;
  return {
    ...optional('placeOfReceipt', placeOfReceipt),
    portOfLoading,
    transshipmentPorts: transshipmentPorts.filter((p): p is UnLocode => p !== undefined),
    portOfDischarge,
    ...optional('placeOfDelivery', placeOfDelivery),
  };
}

export function readBillValues(
  r: CsvRowReader,
  billNumber: string,
  lookups: CsvLookups,
): BillValues {
  return {
    billNumber,
    billKind: readBillKind(r),
    ...optional('masterBillNumber', r.text('master_bill_number')),
    ...optional('carrier', r.identifier('carrier_scac', parseScac)),
    ...optional('bookingReference', r.text('booking_reference')),
    ...optional('vesselImo', r.identifier('vessel_imo', parseImoNumber)),
    ...optional('voyageNumber', r.text('voyage')),
    route: readRoute(r, lookups),
    parties: readParties(r, lookups),
  };
}

/** The goods item of a row, without its containers (rows of one item are merged later). */
export function readGoodsValues(
  r: CsvRowReader,
  sequence: number,
  lookups: CsvLookups,
): Omit<GoodsItem, 'containerNumbers'> | undefined {
  const hsCode = r.identifier('hs_code', (raw) => parseHsCode(raw, lookups.isKnownHs6));
  const description = r.text('description', true);
  const count = r.number('packages', { required: true, integer: true });
  const kind = r.text('package_kind');
  const gross = r.number('gross_weight_kg');
  const net = r.number('net_weight_kg');
  if (gross !== undefined && net !== undefined && net > gross) {
    r.report(
      'csv.net-above-gross',
      `Net weight ${net} kg exceeds gross weight ${gross} kg.`,
      'net_weight_kg',
      'warning',
      { net, gross },
    );
  }
  if (description === undefined || count === undefined) return undefined;
  return {
    sequence,
    ...optional('hsCode', hsCode),
    description,
    packages: { count, ...optional('kind', kind) },
    ...optional('grossWeightKg', gross),
    ...optional('netWeightKg', net),
    ...optional('volumeM3', r.number('volume_m3')),
    ...optional('marks', r.text('marks')),
  };
}

export function readContainerNumber(r: CsvRowReader): ContainerNumber | undefined {
  return r.identifier('container_number', parseContainerNumber);
}

export function readEquipmentValues(r: CsvRowReader, containerNumber: ContainerNumber): Equipment {
  const temperatureC =
    r.text('reefer_temperature_c') === undefined ? undefined : readTemperature(r);
  return {
    containerNumber,
    ...optional('isoSizeType', r.text('iso_size_type')?.toUpperCase()),
    seals: r.list('seal_numbers').map((number) => ({ number })),
    ...(temperatureC === undefined ? {} : { reefer: { temperatureC, active: true } }),
  };
}

function readTemperature(r: CsvRowReader): number | undefined {
  const raw = r.text('reefer_temperature_c') ?? '';
  const t = Number(raw);
  if (Number.isFinite(t) && t >= -70 && t <= 40) return t;
  r.report(
    'csv.temperature',
    `Reefer temperature "${raw}" °C is not a number between -70 and 40.`,
    'reefer_temperature_c',
    'error',
    { value: raw },
  );
  return undefined;
}
