/**
 * How much longer a large input takes than a small one, for tests that tell linear growth from
 * quadratic. CPU time of this process, not wall time: on a loaded CI host another worker can hold
 * the core through a whole run (12-07: a linear case measured 8.02 by the wall clock, 2.7 alone).
 * Rounds alternate small and large so a slow spell touches both; the best of each is kept (a first
 * run may pay for compiling the code or collecting the input's making).
 */
import { cpuUsage } from 'node:process';

/** Milliseconds of CPU `run` takes in this process. */
export function cpuMs(run: () => unknown): number {
  const start = cpuUsage();
  run();
  const spent = cpuUsage(start);
  return (spent.user + spent.system) / 1000;
}

/**
 * Best large time over best small time. `small` and `large` build a run's input outside the timing
 * (fresh for each run: some runs remember things on their input); `run` is what is timed.
 */
export function growthRatio<I>(small: () => I, large: () => I, run: (input: I) => unknown, rounds = 3): number {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let r = 0; r < rounds; r++) {
    const s = small();
    bestSmall = Math.min(bestSmall, cpuMs(() => run(s)));
    const l = large();
    bestLarge = Math.min(bestLarge, cpuMs(() => run(l)));
  }
  return bestLarge / bestSmall;
}
