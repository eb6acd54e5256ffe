/**
 * Leaves a `verbatim:` user-timing measure from `start` to now and returns now: where a check's
 * time went, for the in-browser performance test (test/e2e/performance.test.ts; the page's
 * content script does the same).
 */
export function measureSince(phase: string, start: number): number {
  const end = performance.now();
  performance.measure(`verbatim:${phase}`, { start, end });
  return end;
}
