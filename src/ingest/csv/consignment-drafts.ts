/**
 * Groups manifest rows into consignments by bill number: bill-level columns come from a bill's
 * first row (later rows that disagree get a warning), rows with the same item_number are one
 * goods item stuffed in several containers, and each container's details come from its first row.
 */
import type { Consignment, GoodsItem } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import type { ContainerNumber } from '../../core/identifiers/container-number.ts';
import { CSV_COLUMNS, type CsvColumn } from './csv-columns.ts';
import type { CsvRowReader } from './csv-row-reader.ts';
import type { BillValues } from './csv-row-values.ts';

const GOODS_COLUMNS: readonly CsvColumn[] = [
  'item_number',
  'hs_code',
  'description',
  'packages',
  'package_kind',
  'gross_weight_kg',
  'net_weight_kg',
  'volume_m3',
  'marks',
];
const EQUIPMENT_COLUMNS: readonly CsvColumn[] = [
  'container_number',
  'iso_size_type',
  'seal_numbers',
  'reefer_temperature_c',
];
const BILL_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.filter(
  (c) => !GOODS_COLUMNS.includes(c) && !EQUIPMENT_COLUMNS.includes(c),
);

interface GoodsDraft {
  readonly item: Omit<GoodsItem, 'containerNumbers'>;
  readonly containers: ContainerNumber[];
}

export class ConsignmentDraft {
  readonly goods = new Map<string, GoodsDraft>();
  readonly equipment = new Map<ContainerNumber, { value: Equipment; reader: CsvRowReader }>();
  rejected = false;

  constructor(
    readonly firstRecord: number,
    readonly bill: BillValues,
    readonly first: CsvRowReader,
  ) {}

  /** Warns about bill-level cells of a later row that differ from the bill's first row. */
  checkSameBill(r: CsvRowReader): void {
    for (const c of BILL_COLUMNS) {
      if (differs(this.first, r, c)) {
        r.report(
          'csv.conflicting-value',
          `Column ${c} differs from record ${this.firstRecord} of bill ${this.bill.billNumber}; that record's value is kept.`,
          c,
          'warning',
          { variant: 'bill', column: c, record: this.firstRecord, bill: this.bill.billNumber },
        );
      }
    }
  }

  addGoods(
    key: string,
    item: Omit<GoodsItem, 'containerNumbers'>,
    container: ContainerNumber | undefined,
  ): void {
    const draft = this.goods.get(key) ?? { item, containers: [] };
    this.goods.set(key, draft);
    if (container !== undefined && !draft.containers.includes(container))
      draft.containers.push(container);
  }

  addEquipment(r: CsvRowReader, value: Equipment): void {
    const known = this.equipment.get(value.containerNumber);
    if (!known) {
      this.equipment.set(value.containerNumber, { value, reader: r });
      return;
    }
    for (const c of EQUIPMENT_COLUMNS) {
      if (differs(known.reader, r, c)) {
        r.report(
          'csv.conflicting-value',
          `Column ${c} differs for container ${value.containerNumber} from record ${known.reader.row.record}; that record's value is kept.`,
          c,
          'warning',
          {
            variant: 'container',
            column: c,
            record: known.reader.row.record,
            container: value.containerNumber,
          },
        );
      }
    }
  }

  toConsignment(): Consignment | undefined {
    const { route, ...bill } = this.bill;
    if (route === undefined) return undefined;
    const goods = [...this.goods.values()].map((g) => ({
      ...g.item,
      containerNumbers: g.containers,
    }));
    return { ...bill, route, goods, equipment: [...this.equipment.values()].map((e) => e.value) };
  }
}

function differs(a: CsvRowReader, b: CsvRowReader, c: CsvColumn): boolean {
  return (a.text(c) ?? '') !== (b.text(c) ?? '');
}
