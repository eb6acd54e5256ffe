/** The benchmark's seed and query count: `eval recall` rebuilds the same 10k library from them. */
export const BENCH_SEED = 20260313;
/** Query articles of a full run (a quick run takes 20). */
export const BENCH_QUERIES = 200;
