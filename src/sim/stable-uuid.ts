/**
 * Deterministic UUIDs for simulated records (DCSA event ids): a 128-bit hash of a name, laid out
 * as an RFC 9562 version 8 (custom) UUID, so the same seed gives the same ids.
 */
import { hashSeed } from './random.ts';

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

export function stableUuid(name: string): string {
  const [a, b, c, d] = hashSeed(name);
  const h = hex(a) + hex(b) + hex(c) + hex(d);
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
