/** Equipment: containers with their ISO size-type, seals and reefer settings. */
import type { ContainerNumber } from '../identifiers/container-number.ts';
import type { UnLocode } from '../identifiers/un-locode.ts';

/** DCSA seal sources (sealsourcecodes.csv) and types (sealtypecodes.csv). */
export const SEAL_SOURCES = ['CAR', 'SHI', 'PHY', 'VET', 'CUS'] as const;
export type SealSource = (typeof SEAL_SOURCES)[number];
export const SEAL_TYPES = ['KLP', 'BLT', 'WIR'] as const;
export type SealType = (typeof SEAL_TYPES)[number];

export interface Seal {
  readonly number: string;
  readonly source?: SealSource;
  readonly type?: SealType;
}

export interface ReeferSettings {
  readonly temperatureC?: number;
  readonly humidityPercent?: number;
  readonly ventilationCbmPerHour?: number;
  /** Whether the unit is actively controlled (false for a reefer shipped as dry, "non-operating"). */
  readonly active: boolean;
}

export const FULL_EMPTY = ['full', 'empty'] as const;
export type FullEmpty = (typeof FULL_EMPTY)[number];

export interface Equipment {
  readonly containerNumber: ContainerNumber;
  /** ISO 6346 size-type code, e.g. "45G1" (40' high cube general), "45R1" (40' HC reefer). */
  readonly isoSizeType?: string;
  readonly fullEmpty?: FullEmpty;
  readonly seals: readonly Seal[];
  readonly reefer?: ReeferSettings;
  readonly grossWeightKg?: number;
  readonly tareWeightKg?: number;
  /** Verified gross mass (SOLAS VGM), where declared. */
  readonly vgmKg?: number;
  /** Bay-row-tier stowage position aboard (BAPLIE), e.g. "0340682". */
  readonly stowagePosition?: string;
  readonly dangerousGoods?: readonly DangerousGoods[];
  /** Where the unit was loaded and is to be discharged (BAPLIE stowage plans report them per unit). */
  readonly portOfLoading?: UnLocode;
  readonly portOfDischarge?: UnLocode;
}

export interface DangerousGoods {
  readonly unNumber: string;
  readonly imdgClass: string;
}

/** ISO 6346 size-type: the second character says the height, the third the type group. */
export function isReeferSizeType(sizeType: string | undefined): boolean {
  return sizeType !== undefined && sizeType.length === 4 && sizeType[2] === 'R';
}

export function teuOfSizeType(sizeType: string | undefined): number {
  const length = sizeType?.[0];
  return length === '2' ? 1 : length === '4' || length === 'L' || length === 'M' ? 2 : 2;
}
