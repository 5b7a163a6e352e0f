/** Goods features for one container: HS chapters and headings, cover loads, weights, packages. */
import type { Consignment, GoodsItem } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import { coverLoadOf } from './cover-loads.ts';
import type { FeatureValues } from './feature-vector.ts';

/** Goods items stuffed in the container (all items when none names a container). */
export function goodsInContainer(
  c: Consignment,
  container: string | undefined,
): readonly GoodsItem[] {
  if (container === undefined) return c.goods;
  const stuffed: GoodsItem[] = [];
  let named = false;
  for (const g of c.goods) {
    if (g.containerNumbers.length === 0) continue;
    named = true;
    if (g.containerNumbers.includes(container as (typeof g.containerNumbers)[number]))
      stuffed.push(g);
  }
  return named ? stuffed : c.goods;
}

/** The part of a goods item that is in the container (1 when the item names one container or none). */
export type ItemShare = (g: GoodsItem) => number;

/** Equal parts of an item stuffed in several containers. */
export const equalShare: ItemShare = (g) =>
  g.containerNumbers.length > 1 ? 1 / g.containerNumbers.length : 1;

/** The cargo weight the equipment gives for each container of the consignment. */
export function cargoByContainer(
  equipment: readonly Equipment[],
): ReadonlyMap<string, number | undefined> {
  const cargo = new Map<string, number | undefined>();
  for (const e of equipment) cargo.set(e.containerNumber, equipmentCargoKg(e));
  return cargo;
}

/**
 * The part of each goods item that is in `container`, in proportion to the cargo weight the
 * equipment gives for each container the item is stuffed in: a 20' and a 40' loaded with one item
 * do not hold equal halves (an equal split made the 20' look light and the 40' heavy). The weight
 * gap of each of those containers is then the item's own: its declared weight against its
 * containers' cargo. Equal parts when the equipment does not weigh every one of them.
 */
export function sharesByCargo(
  cargo: ReadonlyMap<string, number | undefined>,
  container: string | undefined,
): ItemShare {
  const own = container === undefined ? undefined : cargo.get(container);
  if (own === undefined || own <= 0) return equalShare;
  return (g) => {
    if (g.containerNumbers.length <= 1) return 1;
    let total = 0;
    for (const n of g.containerNumbers) {
      const kg = cargo.get(n);
      if (kg === undefined || kg <= 0) return equalShare(g);
      total += kg;
    }
    return own / total;
  };
}

export function fillGoodsFeatures(
  v: FeatureValues,
  items: readonly GoodsItem[],
  shareOf: ItemShare = equalShare,
): void {
  const chapters: string[] = [];
  const headings: string[] = [];
  let description = '';
  let packages = 0;
  let weight = 0;
  let weighed = false;
  for (const g of items) {
    const share = shareOf(g);
    if (g.hsCode !== undefined) {
      addOnce(chapters, g.hsCode.slice(0, 2));
      addOnce(headings, g.hsCode.slice(0, 4));
    }
    description = description === '' ? g.description : description + ' | ' + g.description;
    packages += g.packages.count * share;
    if (g.grossWeightKg !== undefined) {
      weight += g.grossWeightKg * share;
      weighed = true;
    }
  }
  const upper = description.toUpperCase();
  const cover = coverLoadOf(headings[0], upper) ?? coverFromOthers(headings);
  v.hsChapter = chapters[0];
  v.hsHeading = headings[0];
  v.hsChapters = chapters;
  v.hsHeadings = headings;
  v.goodsDescription = upper;
  v.coverLoad = cover;
  v.coverLoadFromSource = cover !== undefined && v.originHighRisk === true;
  v.goodsItemCount = items.length;
  v.packageCount = packages;
  v.declaredWeightKg = weighed ? weight : undefined;
  v.weightPerPackageKg = weighed && packages > 0 ? weight / packages : undefined;
}

/** The cover load of the other headings (the description was read with the first). */
function coverFromOthers(headings: readonly string[]): ReturnType<typeof coverLoadOf> {
  for (let i = 1; i < headings.length; i++) {
    const load = coverLoadOf(headings[i], '');
    if (load) return load;
  }
  return undefined;
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** Typical tare by ISO length and type when the equipment does not declare it. */
function typicalTareKg(sizeType: string | undefined): number {
  const forty = sizeType !== undefined && sizeType[0] !== '2';
  const reefer = sizeType?.[2] === 'R';
  return forty ? (reefer ? 4500 : 3800) : reefer ? 3000 : 2200;
}

/** The cargo's weight by the equipment: VGM (SOLAS) less the tare, else the equipment gross weight (the cargo's). */
export function equipmentCargoKg(e: Equipment): number | undefined {
  return e.vgmKg !== undefined
    ? e.vgmKg - (e.tareWeightKg ?? typicalTareKg(e.isoSizeType))
    : e.grossWeightKg;
}

export function fillEquipmentFeatures(v: FeatureValues, e: Equipment | undefined): void {
  v.containerSizeType = e?.isoSizeType;
  const reefer = e !== undefined && (e.reefer !== undefined || e.isoSizeType?.[2] === 'R');
  v.isReefer = e === undefined ? undefined : reefer;
  v.reeferActive = e?.reefer?.active ?? (reefer ? undefined : false);
  v.reeferTemperatureC = e?.reefer?.temperatureC;
  const cargo = e === undefined ? undefined : equipmentCargoKg(e);
  v.equipmentWeightKg = cargo;
  const declared = v.declaredWeightKg;
  v.weightMismatchRatio =
    cargo !== undefined && declared !== undefined && Math.max(cargo, declared) > 0
      ? Math.abs(cargo - declared) / Math.max(cargo, declared)
      : undefined;
}
