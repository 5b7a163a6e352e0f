/**
 * The control share, tuned by Thompson sampling on observed hit rates: draw the targeted and
 * the control hit rate from their Beta posteriors many times; the more often control does as
 * well as targeting, the larger the control share (targeting shows no edge, so measure more);
 * the clearer targeting's edge, the smaller. Bounded, by default between 5% and 20%, and 10%
 * when nothing is known yet. Pure: the random source comes in.
 */
import type { RandomSource } from '../gbdt/random-source.ts';

export interface ArmOutcomes {
  readonly hits: number;
  readonly scans: number;
}

export interface ControlShareOptions {
  readonly base: number;
  readonly min: number;
  readonly max: number;
  readonly draws: number;
}

export const DEFAULT_CONTROL_SHARE: ControlShareOptions = Object.freeze({
  base: 0.1,
  min: 0.05,
  max: 0.2,
  draws: 2_000,
});

export interface ControlShareDecision {
  readonly share: number;
  /** Share of posterior draws in which control hit at least as often as targeting. */
  readonly controlAtLeastAsGood: number;
}

export function tuneControlShare(
  targeted: ArmOutcomes,
  control: ArmOutcomes,
  random: RandomSource,
  options: ControlShareOptions = DEFAULT_CONTROL_SHARE,
): ControlShareDecision {
  let wins = 0;
  for (let i = 0; i < options.draws; i++) {
    const t = betaSample(1 + targeted.hits, 1 + targeted.scans - targeted.hits, random);
    const c = betaSample(1 + control.hits, 1 + control.scans - control.hits, random);
    if (c >= t) wins++;
  }
  const p = wins / options.draws;
  const share = Math.min(options.max, Math.max(options.min, options.base * 2 * p));
  return { share, controlAtLeastAsGood: p };
}

/** Beta(a, b) from two Gamma draws. */
export function betaSample(a: number, b: number, random: RandomSource): number {
  const x = gammaSample(a, random);
  const y = gammaSample(b, random);
  return x / (x + y);
}

/** Gamma(shape, 1) by Marsaglia and Tsang (2000); shape ≥ 1 here (Beta parameters are ≥ 1). */
function gammaSample(shape: number, random: RandomSource): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normalSample(random);
    const v = (1 + c * z) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

function normalSample(random: RandomSource): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
