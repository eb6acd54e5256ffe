/**
 * Where an article's quotes lie, made once per quotes array and read by every match against the
 * article: a live blog's thousands of quotes were scanned whole at each of its thousands of
 * matches (attributions, quoted spans, enclosing quotes, widened windows), which grew with the
 * square of the page. Each lookup here answers exactly what that scan answered, in the same
 * order; a scan whose answer depends on the quotes' order is bounded only when they are sorted.
 */
import type { Quote, Span } from '@/utils/types';

/** Spans with the furthest end of each prefix: the first that may reach a position is one binary search. */
export interface SpanRun {
  spans: readonly Span[];
  /** furthest[i]: the largest end among spans[0..i]. */
  furthest: readonly number[];
  /** The spans are in order of their starts. */
  sorted: boolean;
  /** No span ends before it starts. */
  proper: boolean;
}

export interface QuoteLayout {
  /** How many quotes it was made from: the cache's check that the array has not grown since. */
  count: number;
  quotes: SpanRun;
  /** Every quote's parts, in quote order. */
  parts: SpanRun;
  /** The same parts sorted by start (a stable sort). */
  sortedParts: SpanRun;
  /** The text between two parts of one quote (attributions), sorted by start. */
  attributions: SpanRun;
}

export function spanRun(spans: readonly Span[]): SpanRun {
  const furthest: number[] = [];
  let sorted = true;
  let proper = true;
  spans.forEach((s, i) => {
    furthest.push(i === 0 ? s.end : Math.max(furthest[i - 1], s.end));
    if (i > 0 && s.start < spans[i - 1].start) sorted = false;
    if (s.end < s.start) proper = false;
  });
  return { spans, furthest, sorted, proper };
}

/** The first index whose prefix reaches past `pos` (every span before it ends at or before `pos`); spans.length when none. */
export function firstReaching(run: SpanRun, pos: number): number {
  let lo = 0;
  let hi = run.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run.furthest[mid] > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** In a sorted run, the first index whose span starts after `pos` (or at or after it, with `orAt`). */
export function firstStartingAfter(run: SpanRun, pos: number, orAt = false): number {
  let lo = 0;
  let hi = run.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = run.spans[mid].start;
    if (orAt ? start >= pos : start > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A sorted run holds `pos` (start ≤ pos < end) in one of its spans. */
export function runHolds(run: SpanRun, pos: number): boolean {
  const k = firstStartingAfter(run, pos);
  return k > 0 && run.furthest[k - 1] > pos;
}

/** `spans` sorted by start (a stable sort), as a run: whether any overlaps a span is then one binary search (`runOverlaps`). */
export function sortedRun(spans: readonly Span[]): SpanRun {
  return spanRun([...spans].sort((x, y) => x.start - y.start));
}

/** A sorted run holds a span overlapping `s` (one starting before its end and ending after its start). */
export function runOverlaps(run: SpanRun, s: Span): boolean {
  const k = firstStartingAfter(run, s.end, true);
  return k > 0 && run.furthest[k - 1] > s.start;
}

/** The layout of `quotes`, remembered per array while its length holds. */
export function quoteLayout(quotes: readonly Quote[]): QuoteLayout {
  const cached = LAYOUTS.get(quotes);
  if (cached?.count === quotes.length) return cached;
  const parts = quotes.flatMap((q) => q.parts);
  const attributions: Span[] = [];
  for (const q of quotes) for (let k = 1; k < q.parts.length; k++) attributions.push({ start: q.parts[k - 1].end, end: q.parts[k].start });
  const layout: QuoteLayout = {
    count: quotes.length,
    quotes: spanRun(quotes),
    parts: spanRun(parts),
    sortedParts: sortedRun(parts),
    attributions: sortedRun(attributions),
  };
  LAYOUTS.set(quotes, layout);
  return layout;
}

const LAYOUTS = new WeakMap<readonly Quote[], QuoteLayout>();
