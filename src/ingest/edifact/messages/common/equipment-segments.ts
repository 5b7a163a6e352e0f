/**
 * Writing equipment: EQD with size-type and full/empty, SEL seals with their issuer, MEA weights
 * (gross, tare, VGM in kilograms), TMP reefer set temperature; optionally the stowage cell, the
 * ports of loading and discharge and DGS dangerous goods (BAPLIE, COARRI).
 */
import type { Equipment, FullEmpty, Seal } from '../../../../core/cargo/index.ts';
import { SEAL_ISSUERS } from './equipment-reader.ts';
import { PLACE } from './location-reader.ts';
import { formatNumber, seg, type SegmentSpec } from './segment-spec.ts';

export function fullEmptyCode(fe: FullEmpty | undefined): string | undefined {
  return fe === 'empty' ? '4' : fe === 'full' ? '5' : undefined;
}

export function eqdSegment(
  number: string,
  isoSizeType: string | undefined,
  fullEmpty: FullEmpty | undefined,
  status?: string,
): SegmentSpec {
  const size = isoSizeType === undefined ? undefined : [isoSizeType, '102', '5'];
  return seg('EQD', 'CN', number, size, undefined, status, fullEmptyCode(fullEmpty));
}

export function sealSegments(seals: readonly Seal[]): SegmentSpec[] {
  return seals.map((s) => seg('SEL', s.number, s.source && SEAL_ISSUERS[s.source]));
}

export function weightSegment(property: string, kg: number | undefined): SegmentSpec[] {
  return kg === undefined ? [] : [seg('MEA', 'AAE', property, ['KGM', formatNumber(kg)])];
}

export function locSegment(qualifier: string, locode: string | undefined, facility?: string) {
  if (locode === undefined) return [];
  const terminal = facility === undefined ? undefined : [facility, 'TER', 'ZZZ'];
  return [seg('LOC', qualifier, [locode, '139', '6'], terminal)];
}

export interface EquipmentWriteOptions {
  readonly aboard?: boolean;
  readonly status?: string;
}

/** The EQD group of one unit; `aboard` adds stowage cell, ports and dangerous goods (BAPLIE order). */
export function equipmentSegments(
  e: Equipment,
  options: EquipmentWriteOptions = {},
): SegmentSpec[] {
  const out: SegmentSpec[] = [
    eqdSegment(e.containerNumber, e.isoSizeType, e.fullEmpty, options.status),
  ];
  out.push(...weightSegment('G', e.grossWeightKg), ...weightSegment('T', e.tareWeightKg));
  out.push(...weightSegment('VGM', e.vgmKg));
  const t = e.reefer?.temperatureC;
  if (e.reefer) out.push(seg('TMP', '2', t === undefined ? undefined : [formatNumber(t), 'CEL']));
  out.push(...sealSegments(e.seals));
  if (options.aboard) out.push(...aboardSegments(e));
  return out;
}

function aboardSegments(e: Equipment): SegmentSpec[] {
  return [
    ...(e.stowagePosition === undefined ? [] : [seg('LOC', PLACE.stowageCell, e.stowagePosition)]),
    ...locSegment(PLACE.loading, e.portOfLoading),
    ...locSegment(PLACE.discharge, e.portOfDischarge),
    ...(e.dangerousGoods ?? []).map((d) => seg('DGS', 'IMD', d.imdgClass, d.unNumber)),
  ];
}
