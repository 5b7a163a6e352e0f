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

export function fillGoodsFeatures(v: FeatureValues, items: readonly GoodsItem[]): void {
  const chapters: string[] = [];
  const headings: string[] = [];
  let description = '';
  let packages = 0;
  let weight = 0;
  let weighed = false;
  for (const g of items) {
    const share = g.containerNumbers.length > 1 ? 1 / g.containerNumbers.length : 1;
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

export function fillEquipmentFeatures(v: FeatureValues, e: Equipment | undefined): void {
  v.containerSizeType = e?.isoSizeType;
  const reefer = e !== undefined && (e.reefer !== undefined || e.isoSizeType?.[2] === 'R');
  v.isReefer = e === undefined ? undefined : reefer;
  v.reeferActive = e?.reefer?.active ?? (reefer ? undefined : false);
  v.reeferTemperatureC = e?.reefer?.temperatureC;
  // VGM (SOLAS) includes the tare; the equipment gross weight is the cargo's.
  const cargo =
    e?.vgmKg !== undefined
      ? e.vgmKg - (e.tareWeightKg ?? typicalTareKg(e.isoSizeType))
      : e?.grossWeightKg;
  v.equipmentWeightKg = cargo;
  const declared = v.declaredWeightKg;
  v.weightMismatchRatio =
    cargo !== undefined && declared !== undefined && Math.max(cargo, declared) > 0
      ? Math.abs(cargo - declared) / Math.max(cargo, declared)
      : undefined;
}
