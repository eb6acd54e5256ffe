/**
 * Small statistics and seeded randomness for the benchmark (bin/bench/bench.ts). Pure, so the figures
 * the benchmark prints rest on tested arithmetic, and a seed reproduces the same samples.
 */
export { seededRandom } from '@/bin/eval/seeded-random';

/** The p-quantile (0..1) of `values` by linear interpolation between order statistics; NaN when empty. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

export function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * The exponent e in t ∝ n^e between two sizes: 1 is linear, 0 is flat.
 * growthExponent(10, 1000, 20, 100000) = log(20/10)/log(100) ≈ 0.15.
 */
export function growthExponent(tSmall: number, nSmall: number, tLarge: number, nLarge: number): number {
  return Math.log(tLarge / tSmall) / Math.log(nLarge / nSmall);
}


/** A uniform integer in [0, n). */
export function randomInt(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** `count` distinct items drawn without replacement (all of them when count >= length). */
export function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  return shuffled(items, random).slice(0, Math.max(0, count));
}
