/**
 * Inline quote highlights in the live page, without rewriting it. With the CSS Custom Highlight
 * API: one `Highlight` per kind (registered as `verbatim-<verdict>`), one more over every flagged
 * quote (`verbatim-flagged`, drawn on top so the kind's look stays), styled by `::highlight()`
 * rules injected once. Where the API is missing: absolutely positioned boxes, measured from
 * `range.getClientRects()`, inside one shadow-root container, so page styles cannot reach them
 * and the page's own nodes are never touched.
 *
 * Every kind has a colour that reads on light and dark pages (translucent backgrounds) and a
 * distinct underline style, so the kinds differ without colour too (both from the verdict model). A flag (speaker conflict,
 * meaning change) adds a wavy overline: a second mark, never a replacement of the kind's.
 *
 * Sentences of this article that paraphrase another outlet's direct quote ("paraphrased here",
 * `options.paraphrased`) get their own highlight, `verbatim-paraphrased-here`, from the model's
 * PARAPHRASED_HERE_PALETTE, drawn under the quotes' kinds; they are anchored in the same pass.
 *
 * Pages re-render (infinite scroll, hydration, live blogs): a MutationObserver notes that
 * something changed and nothing more; re-anchoring runs debounced, on an animation frame.
 * `remove()` undoes everything: highlights, styles, overlay, observer, timers, listeners.
 */
import { anchorQuotes, quoteParts } from '@/utils/page/anchor-text';
import { FLAGGED_HIGHLIGHT_COLOUR, PARAPHRASED_HERE_PALETTE, reportFlags, reportVerdict, VERDICT_DEFINITIONS, VERDICTS, type Flag, type Verdict } from '@/utils/report/verdicts';
import type { QuoteReport } from '@/utils/types';

/** A quote found in the page: its report index, kind, flags and the live ranges over its words. */
export interface AnchoredQuote {
  index: number;
  verdict: Verdict;
  /** Flags beside the kind (see reportFlags); empty when none. */
  flags: readonly Flag[];
  ranges: Range[];
}

/** A paraphrased-here sentence found in the page: its index in `options.paraphrased` and its ranges. */
export interface AnchoredParaphrase {
  paraphrase: number;
  ranges: Range[];
}

/** Anything the highlighter draws and a hover card can open over. */
export type AnchoredMark = AnchoredQuote | AnchoredParaphrase;

export const isAnchoredQuote = (m: AnchoredMark): m is AnchoredQuote => 'verdict' in m;

/** Whether two marks are the same quote or the same sentence (objects are new after re-anchoring). */
export function sameMark(a: AnchoredMark | null, b: AnchoredMark | null): boolean {
  if (!a || !b) return a === b;
  if (isAnchoredQuote(a)) return isAnchoredQuote(b) && a.index === b.index;
  return !isAnchoredQuote(b) && a.paraphrase === b.paraphrase;
}

export interface HighlightHandle {
  /** Quotes currently anchored (not found ones are left out), in report order. */
  readonly anchored: readonly AnchoredQuote[];
  /** Paraphrased-here sentences currently anchored, in their given order. */
  readonly paraphrases: readonly AnchoredParaphrase[];
  /** Whether the CSS Custom Highlight API is used (false: the overlay fallback). */
  readonly native: boolean;
  /** The anchored quote under a point in viewport coordinates, if any. */
  quoteAt(x: number, y: number): AnchoredQuote | null;
  /** The quote, else the paraphrased-here sentence, under a point in viewport coordinates. */
  markAt(x: number, y: number): AnchoredMark | null;
  /** Marks one quote or sentence as focused (a stronger outline), or none. */
  setFocus(mark: AnchoredMark | null): void;
  /** Anchors again now (the debounced observer calls this for you). */
  reanchor(): void;
  remove(): void;
}

export interface HighlightOptions {
  /** Called after each re-anchoring, so a hover card can drop ranges that went stale. */
  onReanchor?: (anchored: readonly AnchoredQuote[]) => void;
  /** Quiet time after the last page mutation before re-anchoring. */
  debounceMs?: number;
  /** Sentences here that paraphrase another outlet's quote (`start`: their offset in the article, for text order). */
  paraphrased?: readonly { text: string; start: number }[];
}

/** Highlight registry names: `verbatim-altered`, …, `verbatim-flagged`, `verbatim-paraphrased-here`, `verbatim-focus`. */
export const highlightName = (v: Verdict | 'flagged' | 'paraphrased-here' | 'focus') => `verbatim-${v}`;

type Look = { bg: string; line: string; border: string };

/** A look as CSS values: translucent background, underline (the non-colour cue), fallback border. */
function lookOf({ background, mark }: (typeof VERDICT_DEFINITIONS)[Verdict]['highlight']): Look {
  if (!mark) return { bg: background, line: 'none', border: '0 none' };
  return { bg: background, line: `underline ${mark.style} ${mark.colour}`, border: `${mark.width}px ${mark.style} ${mark.colour}` };
}

/** Per kind and for paraphrased-here from the verdict model, plus the focused mark's look (this module's own). */
const LOOK: Record<Verdict | 'paraphrased-here' | 'focus', Look> = {
  ...(Object.fromEntries(VERDICTS.map((v) => [v, lookOf(VERDICT_DEFINITIONS[v].highlight)])) as Record<Verdict, Look>),
  'paraphrased-here': lookOf(PARAPHRASED_HERE_PALETTE.highlight),
  focus: { bg: 'rgba(30, 120, 255, 0.40)', line: 'underline solid rgb(30, 100, 255)', border: '3px solid rgb(30, 100, 255)' },
};
/** In drawing order: a paraphrased sentence under any quote it touches, the focus on top. */
const LOOK_KEYS = ['paraphrased-here', ...VERDICTS, 'focus'] as const;

/**
 * A flag's mark: a wavy overline and no background, so the kind's colour and underline below it
 * stay visible (the hover card names the flag). The fallback overlay draws it as a top border.
 */
const FLAG_LOOK = { line: `overline wavy ${FLAGGED_HIGHLIGHT_COLOUR}`, border: `3px double ${FLAGGED_HIGHLIGHT_COLOUR}` };
/** Every registry name this module sets, for clearing. */
const ALL_NAMES = [...VERDICTS.map(highlightName), highlightName('flagged'), highlightName('paraphrased-here'), highlightName('focus')];

const STYLE_ID = 'verbatim-highlight-style';

function nativeCss(): string {
  return [
    ...LOOK_KEYS.map(
      (k) =>
        `::highlight(${highlightName(k)}) { background-color: ${LOOK[k].bg}; text-decoration: ${LOOK[k].line}; ` +
        'text-decoration-thickness: 2px; text-underline-offset: 2px; }',
    ),
    `::highlight(${highlightName('flagged')}) { text-decoration: ${FLAG_LOOK.line}; text-decoration-thickness: 1.5px; }`,
  ].join('\n');
}

function overlayCss(): string {
  return (
    '.box { position: absolute; pointer-events: none; border-radius: 2px; box-sizing: border-box; }\n' +
    LOOK_KEYS.map((k) => `.box.${k} { background: ${LOOK[k].bg}; border-bottom: ${LOOK[k].border}; }`).join('\n') +
    `\n.box.flagged { border-top: ${FLAG_LOOK.border}; }`
  );
}

/** What the highlighter needs from the window; the real one in a page, a fake in tests. */
type HighlightWindow = Window & {
  Highlight?: new (...ranges: Range[]) => Set<Range>;
  CSS?: { highlights?: Map<string, unknown> };
};

/** Our own UI (overlay, hover card) carries `data-verbatim-ui`; its changes are not page changes. */
function isOurs(n: Node): boolean {
  const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  return !!el?.closest('[data-verbatim-ui]');
}

function isOurMutation(m: MutationRecord): boolean {
  if (isOurs(m.target)) return true;
  const touched = [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)];
  return m.type === 'childList' && touched.length > 0 && touched.every(isOurs);
}

/**
 * What `highlightQuotes` draws for these reports (each quote's parts, kind and flags), as one string:
 * equal keys give the same highlights, so a caller can keep the ones it has instead of anchoring
 * the same quotes again (on a 1 MB page that is most of a re-check's time).
 */
export function highlightKey(reports: readonly QuoteReport[], paraphrased: readonly { text: string }[] = []): string {
  return [
    ...reports.map((r) => `${reportVerdict(r)}+${reportFlags(r).join('+')}\u0001${quoteParts(r.quote).join('\u0002')}`),
    ...paraphrased.map((p) => `paraphrased-here\u0001${p.text}`),
  ].join('\u0000');
}

/** Highlights each report's quote in `root`'s page; returns the handle that removes it all. */
export function highlightQuotes(
  root: Element,
  reports: readonly QuoteReport[],
  options: HighlightOptions = {},
): HighlightHandle {
  const doc = root.ownerDocument;
  const win = doc.defaultView as HighlightWindow | null;
  if (!win) throw new Error('highlight-quotes: the root is not in a window');
  const registry = win.CSS?.highlights;
  const HighlightCtor = win.Highlight;
  const native = !!registry && typeof HighlightCtor === 'function';
  const verdicts = reports.map(reportVerdict);
  const flagsOf = reports.map(reportFlags);
  const paraphrased = options.paraphrased ?? [];
  // One anchoring pass in text order (it searches each item from where the last was found).
  const items = [
    ...reports.map((r, i) => ({ start: r.quote.start, parts: quoteParts(r.quote), quote: i, paraphrase: -1 })),
    ...paraphrased.map((p, i) => ({ start: p.start, parts: [p.text], quote: -1, paraphrase: i })),
  ].sort((a, b) => a.start - b.start);

  let anchored: AnchoredQuote[] = [];
  let paraphrases: AnchoredParaphrase[] = [];
  let focused: AnchoredMark | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;

  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute('data-verbatim-ui', '');

  // Fallback overlay: one host, all boxes in its shadow root.
  let host: HTMLElement | null = null;
  let layer: ShadowRoot | null = null;
  if (native) {
    style.textContent = nativeCss();
    (doc.head ?? doc.documentElement).append(style);
  } else {
    host = doc.createElement('div');
    host.setAttribute('data-verbatim-ui', 'overlay');
    host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483646;pointer-events:none;';
    layer = host.attachShadow({ mode: 'open' });
    style.textContent = overlayCss();
    layer.append(style);
    (doc.body ?? doc.documentElement).append(host);
  }

  function paint() {
    if (native) {
      for (const name of ALL_NAMES) registry!.delete(name);
      // First: among equal priorities the later one paints on top, and a quote's kind outranks it.
      const sentences = paraphrases.flatMap((p) => p.ranges);
      if (sentences.length) registry!.set(highlightName('paraphrased-here'), new HighlightCtor!(...sentences));
      for (const v of VERDICTS) {
        const ranges = anchored.filter((a) => a.verdict === v).flatMap((a) => a.ranges);
        if (ranges.length) registry!.set(highlightName(v), new HighlightCtor!(...ranges));
      }
      // Set after the kinds: among equal priorities the later one paints on top.
      const flagged = anchored.filter((a) => a.flags.length > 0).flatMap((a) => a.ranges);
      if (flagged.length) registry!.set(highlightName('flagged'), new HighlightCtor!(...flagged));
      if (focused) registry!.set(highlightName('focus'), new HighlightCtor!(...focused.ranges));
      return;
    }
    // Measure everything first, then write: one layout, not one per box.
    const sx = win!.scrollX;
    const sy = win!.scrollY;
    const measured = [
      ...paraphrases.map((p) => ({ cls: p === focused ? 'focus' : 'paraphrased-here', rects: p.ranges.flatMap((r) => Array.from(r.getClientRects())) })),
      ...anchored.map((a) => ({
        cls: (a === focused ? 'focus' : a.verdict) + (a.flags.length ? ' flagged' : ''),
        rects: a.ranges.flatMap((r) => Array.from(r.getClientRects())),
      })),
    ];
    const boxes: HTMLElement[] = [];
    for (const { cls, rects } of measured) {
      for (const rect of rects) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = doc.createElement('div');
        box.className = `box ${cls}`;
        box.style.cssText = `left:${rect.left + sx}px;top:${rect.top + sy}px;width:${rect.width}px;height:${rect.height}px;`;
        boxes.push(box);
      }
    }
    layer!.replaceChildren(style, ...boxes);
  }

  function reanchor() {
    const found = anchorQuotes(root, items.map((it) => it.parts));
    const quoteRanges: Range[][] = reports.map(() => []);
    const sentenceRanges: Range[][] = paraphrased.map(() => []);
    items.forEach((it, k) => {
      if (it.quote >= 0) quoteRanges[it.quote] = found[k];
      else sentenceRanges[it.paraphrase] = found[k];
    });
    const wasFocused = focused;
    anchored = quoteRanges
      .map((ranges, index) => ({ index, verdict: verdicts[index], flags: flagsOf[index], ranges }))
      .filter((a) => a.ranges.length > 0);
    paraphrases = sentenceRanges.map((ranges, paraphrase) => ({ paraphrase, ranges })).filter((p) => p.ranges.length > 0);
    focused = [...anchored, ...paraphrases].find((m) => sameMark(m, wasFocused)) ?? null;
    paint();
    options.onReanchor?.(anchored);
  }

  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      frame = win!.requestAnimationFrame(() => {
        frame = undefined;
        reanchor();
      });
    }, options.debounceMs ?? 250);
  }

  // The callback only decides whether to schedule: no layout reads or DOM writes here.
  const observer = new MutationObserver((mutations) => {
    if (mutations.some((m) => !isOurMutation(m))) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  // Overlay boxes are in page coordinates: a resize reflows the text under them.
  const onResize = () => schedule();
  if (!native) win.addEventListener('resize', onResize);

  reanchor();

  return {
    get anchored() {
      return anchored;
    },
    get paraphrases() {
      return paraphrases;
    },
    native,
    quoteAt(x, y) {
      return anchored.find((a) => covers(a.ranges, x, y)) ?? null;
    },
    markAt(x, y) {
      return anchored.find((a) => covers(a.ranges, x, y)) ?? paraphrases.find((p) => covers(p.ranges, x, y)) ?? null;
    },
    setFocus(mark) {
      if (mark === focused) return;
      focused = mark;
      paint();
    },
    reanchor,
    remove() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      if (frame !== undefined) win!.cancelAnimationFrame(frame);
      win!.removeEventListener('resize', onResize);
      if (native) for (const name of ALL_NAMES) registry!.delete(name);
      style.remove();
      host?.remove();
      anchored = [];
      paraphrases = [];
      focused = null;
    },
  };
}

/** Whether a point in viewport coordinates lies on one of the ranges' lines. */
function covers(ranges: readonly Range[], x: number, y: number): boolean {
  for (const r of ranges) {
    for (const rect of Array.from(r.getClientRects())) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
    }
  }
  return false;
}
