/**
 * Maritime Mobile Service Identities (ITU-R M.585): 9 digits. For a ship station the first three
 * digits are the Maritime Identification Digits (MID), which give the flag; the reference layer
 * maps MIDs to countries.
 */
import type { Brand } from '../brand.ts';
import { diagnostic } from '../diagnostic.ts';
import { fail, ok, type Result } from '../result.ts';

export type Mmsi = Brand<string, 'Mmsi'>;

export const MMSI_KINDS = [
  'ship',
  'group',
  'coast-station',
  'sar-aircraft',
  'aid-to-navigation',
  'craft-associated',
  'handheld',
  'autonomous',
] as const;
export type MmsiKind = (typeof MMSI_KINDS)[number];

export interface MmsiInfo {
  readonly mmsi: Mmsi;
  readonly kind: MmsiKind;
  /** The Maritime Identification Digits, where the kind carries them. */
  readonly mid: string | undefined;
}

export function parseMmsi(raw: string): Result<Mmsi> {
  const s = raw.trim();
  if (!/^\d{9}$/.test(s)) {
    return fail(
      diagnostic('mmsi.format', `MMSI "${raw}" must be 9 digits.`, { field: 'mmsi' }, 'error', {
        value: raw,
      }),
    );
  }
  return ok(s as Mmsi);
}

export function describeMmsi(m: Mmsi): MmsiInfo {
  const d0 = m[0];
  if (d0 === '0')
    return m[1] === '0'
      ? { mmsi: m, kind: 'coast-station', mid: m.slice(2, 5) }
      : { mmsi: m, kind: 'group', mid: m.slice(1, 4) };
  if (d0 === '1' && m.startsWith('111'))
    return { mmsi: m, kind: 'sar-aircraft', mid: m.slice(3, 6) };
  if (d0 === '8') return { mmsi: m, kind: 'handheld', mid: m.slice(1, 4) };
  if (d0 === '9') {
    if (m.startsWith('98')) return { mmsi: m, kind: 'craft-associated', mid: m.slice(2, 5) };
    if (m.startsWith('99')) return { mmsi: m, kind: 'aid-to-navigation', mid: m.slice(2, 5) };
    return { mmsi: m, kind: 'autonomous', mid: undefined };
  }
  return { mmsi: m, kind: 'ship', mid: m.slice(0, 3) };
}
