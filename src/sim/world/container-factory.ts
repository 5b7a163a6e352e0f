/**
 * Containers: valid ISO 6346 numbers on the carrier's or a lessor's owner codes, size-type codes
 * (ISO 6346 Annex), tare weights and bolt seal numbers. Numbers are unique within a day; a later
 * day may reuse one (boxes do come back), which is why a number seen twice in one day at two
 * places is a signal.
 */
import { containerCheckDigit } from '../../core/identifiers/container-number.ts';
import type { Rng } from '../random.ts';
import { LESSOR_PREFIXES, type SimCarrier } from './carriers.ts';

export interface SizeType {
  readonly code: string;
  readonly teu: 1 | 2;
  readonly reefer: boolean;
  readonly tareKg: number;
  readonly maxPayloadKg: number;
}

export const SIZE_TYPES: Readonly<Record<string, SizeType>> = {
  '22G1': { code: '22G1', teu: 1, reefer: false, tareKg: 2200, maxPayloadKg: 28_000 },
  '42G1': { code: '42G1', teu: 2, reefer: false, tareKg: 3750, maxPayloadKg: 26_700 },
  '45G1': { code: '45G1', teu: 2, reefer: false, tareKg: 3900, maxPayloadKg: 26_600 },
  '22R1': { code: '22R1', teu: 1, reefer: true, tareKg: 3050, maxPayloadKg: 27_400 },
  '45R1': { code: '45R1', teu: 2, reefer: true, tareKg: 4800, maxPayloadKg: 29_200 },
};

export function containerNumber(prefix: string, serial: number): string {
  const first10 = `${prefix}${String(serial).padStart(6, '0')}`;
  return `${first10}${containerCheckDigit(first10)}`;
}

/** Draws container numbers, never the same one twice within a day. */
export class ContainerNumberSource {
  private readonly used = new Set<string>();

  draw(carrier: SimCarrier, rng: Rng): string {
    for (;;) {
      const prefix = rng.chance(0.35) ? rng.pick(LESSOR_PREFIXES) : rng.pick(carrier.prefixes);
      const number = containerNumber(prefix, rng.int(0, 999_999));
      if (!this.used.has(number)) {
        this.used.add(number);
        return number;
      }
    }
  }

  has(number: string): boolean {
    return this.used.has(number);
  }
}

/** Heavy goods go in 20-foot boxes; reefers in 40-foot high cubes mostly. */
export function chooseSizeType(reefer: boolean, netKgPerTeu: number, rng: Rng): SizeType {
  if (reefer) return rng.chance(0.92) ? SIZE_TYPES['45R1']! : SIZE_TYPES['22R1']!;
  if (netKgPerTeu > 17_000) return rng.chance(0.85) ? SIZE_TYPES['22G1']! : SIZE_TYPES['42G1']!;
  const r = rng.next();
  return r < 0.6 ? SIZE_TYPES['45G1']! : r < 0.85 ? SIZE_TYPES['42G1']! : SIZE_TYPES['22G1']!;
}

export function sealNumber(carrier: SimCarrier, rng: Rng): string {
  return `${carrier.scac.slice(0, 2)}${rng.digits(7)}`;
}
