/**
 * Consignments → a CSV manifest with the canonical columns (docs/csv-manifest.md): one row per
 * goods item × container, RFC 4180 quoting, CRLF line ends. Bill-level and goods columns repeat
 * on every row of their bill and item, so each row stands alone in a spreadsheet.
 */
import type { Consignment, GoodsItem } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import { partyOf } from '../../core/cargo/consignment.ts';
import { CSV_COLUMNS, PARTY_COLUMN_ROLES, type CsvColumn } from './csv-columns.ts';

type Cells = Partial<Record<CsvColumn, string | number | undefined>>;

export function quoteCsvField(v: string): string {
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function billCells(c: Consignment): Cells {
  const cells: Cells = {
    bill_number: c.billNumber,
    bill_kind: c.billKind,
    master_bill_number: c.masterBillNumber,
    carrier_scac: c.carrier,
    booking_reference: c.bookingReference,
    vessel_imo: c.vesselImo,
    voyage: c.voyageNumber,
    place_of_receipt: c.route.placeOfReceipt,
    port_of_loading: c.route.portOfLoading,
    transshipment_ports: c.route.transshipmentPorts.join(';'),
    port_of_discharge: c.route.portOfDischarge,
    place_of_delivery: c.route.placeOfDelivery,
  };
  for (const role of PARTY_COLUMN_ROLES) {
    const p = partyOf(c, role);
    if (!p) continue;
    Object.assign(cells, {
      [`${role}_name`]: p.name,
      [`${role}_street`]: p.address?.street,
      [`${role}_city`]: p.address?.city,
      [`${role}_postcode`]: p.address?.postcode,
      [`${role}_country`]: p.address?.country,
      [`${role}_eori`]: p.identifiers?.eori,
    });
  }
  return cells;
}

function goodsCells(g: GoodsItem): Cells {
  return {
    item_number: g.sequence,
    hs_code: g.hsCode,
    description: g.description,
    packages: g.packages.count,
    package_kind: g.packages.kind,
    gross_weight_kg: g.grossWeightKg,
    net_weight_kg: g.netWeightKg,
    volume_m3: g.volumeM3,
    marks: g.marks,
  };
}

function equipmentCells(e: Equipment | undefined): Cells {
  if (!e) return {};
  return {
    container_number: e.containerNumber,
    iso_size_type: e.isoSizeType,
    seal_numbers: e.seals.map((s) => s.number).join(';'),
    reefer_temperature_c: e.reefer?.temperatureC,
  };
}

function line(cells: Cells): string {
  return CSV_COLUMNS.map((c) => quoteCsvField(String(cells[c] ?? ''))).join(',');
}

function rowsOf(c: Consignment): string[] {
  const bill = billCells(c);
  return c.goods.flatMap((g) => {
    const goods = goodsCells(g);
    const containers = g.containerNumbers.length > 0 ? g.containerNumbers : [undefined];
    return containers.map((n) => {
      const equipment = c.equipment.find((e) => e.containerNumber === n);
      return line({ ...bill, ...goods, ...equipmentCells(equipment), container_number: n });
    });
  });
}

export function writeCsvManifest(consignments: readonly Consignment[]): string {
  return [CSV_COLUMNS.join(','), ...consignments.flatMap(rowsOf)].join('\r\n') + '\r\n';
}
