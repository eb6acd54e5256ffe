/**
 * How much longer a large input takes than a small one, for tests that tell linear growth from
 * quadratic. Rounds alternate small and large, so a slow spell of a loaded host (another worker
 * holding the core) touches both, and the best of each is kept: one slow run no longer decides
 * (12-07: a linear case measured 8.02 in CI, best of three small then best of two large, and 2.7
 * alone). Wall time, not the process's CPU time: that counts V8's helper threads, which collect
 * the input's making while a short run is timed (a 6 ms grouping measured twelve times its quarter).
 */

/** Milliseconds `run` takes. */
export function wallMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * Best large time over best small time. `small` and `large` build a run's input outside the timing
 * (fresh for each run: some runs remember things on their input); `run` is what is timed.
 */
export function growthRatio<I>(small: () => I, large: () => I, run: (input: I) => unknown, rounds = 5): number {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let r = 0; r < rounds; r++) {
    const s = small();
    bestSmall = Math.min(bestSmall, wallMs(() => run(s)));
    const l = large();
    bestLarge = Math.min(bestLarge, wallMs(() => run(l)));
  }
  return bestLarge / bestSmall;
}
