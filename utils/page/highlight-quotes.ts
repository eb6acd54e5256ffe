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
 * Pages re-render (infinite scroll, hydration, live blogs): a MutationObserver notes that
 * something changed and nothing more; re-anchoring runs debounced, on an animation frame.
 * `remove()` undoes everything: highlights, styles, overlay, observer, timers, listeners.
 */
import { anchorQuotes, quoteParts } from '@/utils/page/anchor-text';
import { FLAGGED_HIGHLIGHT_COLOUR, reportFlags, reportVerdict, VERDICT_DEFINITIONS, VERDICTS, type Flag, type Verdict } from '@/utils/report/verdicts';
import type { QuoteReport } from '@/utils/types';

/** A quote found in the page: its report index, kind, flags and the live ranges over its words. */
export interface AnchoredQuote {
  index: number;
  verdict: Verdict;
  /** Flags beside the kind (see reportFlags); empty when none. */
  flags: readonly Flag[];
  ranges: Range[];
}

export interface HighlightHandle {
  /** Quotes currently anchored (not found ones are left out), in report order. */
  readonly anchored: readonly AnchoredQuote[];
  /** Whether the CSS Custom Highlight API is used (false: the overlay fallback). */
  readonly native: boolean;
  /** The anchored quote under a point in viewport coordinates, if any. */
  quoteAt(x: number, y: number): AnchoredQuote | null;
  /** Marks one quote as focused (a stronger outline), or none. */
  setFocus(quote: AnchoredQuote | null): void;
  /** Anchors again now (the debounced observer calls this for you). */
  reanchor(): void;
  remove(): void;
}

export interface HighlightOptions {
  /** Called after each re-anchoring, so a hover card can drop ranges that went stale. */
  onReanchor?: (anchored: readonly AnchoredQuote[]) => void;
  /** Quiet time after the last page mutation before re-anchoring. */
  debounceMs?: number;
}

/** Highlight registry names: `verbatim-altered`, …, `verbatim-flagged`, `verbatim-focus`. */
export const highlightName = (v: Verdict | 'flagged' | 'focus') => `verbatim-${v}`;

type Look = { bg: string; line: string; border: string };

/** A kind's look as CSS values: translucent background, underline (the non-colour cue), fallback border. */
function verdictLook(v: Verdict): Look {
  const { background, mark } = VERDICT_DEFINITIONS[v].highlight;
  if (!mark) return { bg: background, line: 'none', border: '0 none' };
  return { bg: background, line: `underline ${mark.style} ${mark.colour}`, border: `${mark.width}px ${mark.style} ${mark.colour}` };
}

/** Per kind from the verdict model, plus the focused quote's look (not a kind: this module's own). */
const LOOK: Record<Verdict | 'focus', Look> = {
  ...(Object.fromEntries(VERDICTS.map((v) => [v, verdictLook(v)])) as Record<Verdict, Look>),
  focus: { bg: 'rgba(30, 120, 255, 0.40)', line: 'underline solid rgb(30, 100, 255)', border: '3px solid rgb(30, 100, 255)' },
};
const LOOK_KEYS = [...VERDICTS, 'focus'] as const;

/**
 * A flag's mark: a wavy overline and no background, so the kind's colour and underline below it
 * stay visible (the hover card names the flag). The fallback overlay draws it as a top border.
 */
const FLAG_LOOK = { line: `overline wavy ${FLAGGED_HIGHLIGHT_COLOUR}`, border: `3px double ${FLAGGED_HIGHLIGHT_COLOUR}` };
/** Every registry name this module sets, for clearing. */
const ALL_NAMES = [...VERDICTS.map(highlightName), highlightName('flagged'), highlightName('focus')];

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
export function highlightKey(reports: readonly QuoteReport[]): string {
  return reports
    .map((r) => `${reportVerdict(r)}+${reportFlags(r).join('+')}\u0001${quoteParts(r.quote).join('\u0002')}`)
    .join('\u0000');
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
  const partsList = reports.map((r) => quoteParts(r.quote));

  let anchored: AnchoredQuote[] = [];
  let focused: AnchoredQuote | null = null;
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
    const measured = anchored.map((a) => ({
      cls: (a === focused ? 'focus' : a.verdict) + (a.flags.length ? ' flagged' : ''),
      rects: a.ranges.flatMap((r) => Array.from(r.getClientRects())),
    }));
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
    const found = anchorQuotes(root, partsList);
    const focusIndex = focused?.index;
    anchored = found
      .map((ranges, index) => ({ index, verdict: verdicts[index], flags: flagsOf[index], ranges }))
      .filter((a) => a.ranges.length > 0);
    focused = anchored.find((a) => a.index === focusIndex) ?? null;
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
    native,
    quoteAt(x, y) {
      for (const a of anchored) {
        for (const r of a.ranges) {
          for (const rect of Array.from(r.getClientRects())) {
            if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return a;
          }
        }
      }
      return null;
    },
    setFocus(quote) {
      if (quote === focused) return;
      focused = quote;
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
      focused = null;
    },
  };
}
