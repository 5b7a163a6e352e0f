/**
 * The values lookout cargo conditions are tested against, visited straight on a consignment and
 * its containers without building arrays: the same values in the same order as
 * `consignmentValues` and `containerValues` in `lookout-matcher.ts`, for matching many bills
 * through the lookout index.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';

/** Consignment properties a cargo condition can test; any other has no value. */
export const CONSIGNMENT_PROPERTIES = [
  'port_of_loading',
  'port_of_discharge',
  'place_of_receipt',
  'hs_code',
  'goods_description',
  'bill_number',
] as const;
export type ConsignmentProperty = (typeof CONSIGNMENT_PROPERTIES)[number];

/** Container properties a cargo condition can test; any other has no value. */
export const CONTAINER_PROPERTIES = ['container_number', 'iso_size_type', 'seal_number'] as const;
export type ContainerProperty = (typeof CONTAINER_PROPERTIES)[number];

/** Called on each value in turn; returning true stops the visit, which then returns true. */
export type Visit = (value: string) => boolean;

export const consignmentProperty = (p: string): ConsignmentProperty | undefined =>
  CONSIGNMENT_PROPERTIES.find((q) => q === p);

export const containerProperty = (p: string): ContainerProperty | undefined =>
  CONTAINER_PROPERTIES.find((q) => q === p);

/** A property's values of a consignment or a container, visited in turn. */
export type SomeValue<T> = (of: T, visit: Visit) => boolean;

export const consignmentValue: Readonly<Record<ConsignmentProperty, SomeValue<Consignment>>> = {
  port_of_loading: (c, visit) => visit(c.route.portOfLoading),
  port_of_discharge: (c, visit) => visit(c.route.portOfDischarge),
  place_of_receipt: (c, visit) => (c.route.placeOfReceipt ? visit(c.route.placeOfReceipt) : false),
  hs_code: (c, visit) => {
    for (const g of c.goods) if (g.hsCode && visit(g.hsCode)) return true;
    return false;
  },
  goods_description: (c, visit) => {
    for (const g of c.goods) if (visit(g.description)) return true;
    return false;
  },
  bill_number: (c, visit) =>
    visit(c.billNumber) || (c.masterBillNumber ? visit(c.masterBillNumber) : false),
};

export const containerValue: Readonly<Record<ContainerProperty, SomeValue<Equipment>>> = {
  container_number: (e, visit) => visit(e.containerNumber),
  iso_size_type: (e, visit) => (e.isoSizeType ? visit(e.isoSizeType) : false),
  seal_number: (e, visit) => {
    for (const s of e.seals) if (visit(s.number)) return true;
    return false;
  },
};
