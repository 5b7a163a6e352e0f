/** Seeded pseudo-random numbers (mulberry32): reproducible subsampling without global state. */
export type RandomSource = () => number;

/** A generator of floats in [0, 1), fully determined by the 32-bit seed. */
export function createRandomSource(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** k distinct indices from 0..n-1, in increasing order (partial Fisher–Yates). */
export function sampleIndices(n: number, k: number, random: RandomSource): Uint32Array {
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const take = Math.min(n, Math.max(0, k));
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = all[i]!;
    all[i] = all[j]!;
    all[j] = t;
  }
  return all.subarray(0, take).sort();
}
