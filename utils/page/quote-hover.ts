/**
 * When to show the in-page hover card. CSS highlights have no elements and no events, so hover is
 * found by hit-testing the pointer against the anchored ranges' client rects (quotes, then
 * paraphrased-here sentences), at most once per animation frame. Keyboard: Alt+Shift+Q moves to
 * the next highlighted quote (scrolls to it, marks it focused, opens its card); Escape closes. The card itself is drawn by the caller (`show`/`hide`),
 * so this module stays plain DOM and testable.
 */
import { sameMark, type AnchoredMark, type HighlightHandle } from '@/utils/page/highlight-quotes';

/** Where the card goes, in viewport pixels; `above`: `top` is the card's bottom edge. */
export interface CardPlacement {
  left: number;
  top: number;
  above: boolean;
}

export interface QuoteHoverOptions {
  handle: HighlightHandle;
  /** Open (or move) the card for a quote or a paraphrased-here sentence; `byKeyboard`: focus should go into the card. */
  show(mark: AnchoredMark, at: CardPlacement, byKeyboard: boolean): void;
  hide(): void;
  /** Whether an event target is inside the card (the pointer may travel onto it). */
  inCard(target: EventTarget | null): boolean;
  /** Adds a listener removed on detach; the content script passes ctx.addEventListener. */
  listen(target: EventTarget, type: string, handler: (e: Event) => void): void;
  /** Delay before a card closes after the pointer leaves its quote. */
  hideDelayMs?: number;
}

export const CARD_WIDTH = 340;
const CARD_MAX_HEIGHT = 320;
const GAP = 6;

/**
 * Below the quote's last line, or above its first line when the card might not fit below (the
 * card then grows upwards from there, so it never covers the quote); kept inside the viewport.
 */
export function placeCard(rects: readonly DOMRect[], viewport: { width: number; height: number }): CardPlacement {
  const first = rects[0];
  const last = rects[rects.length - 1];
  const left = Math.max(8, Math.min(last.left, viewport.width - CARD_WIDTH - 8));
  const below = last.bottom + GAP;
  const fitsBelow = below + CARD_MAX_HEIGHT <= viewport.height || first.top < viewport.height / 2;
  return fitsBelow ? { left, top: below, above: false } : { left, top: first.top - GAP, above: true };
}

export interface QuoteHover {
  /** Closes the card (its close button calls this). */
  close(): void;
  /** Removes every listener and timer, and closes the card. */
  detach(): void;
}

/** Wires hover and keyboard to the card. */
export function attachQuoteHover(win: Window, opts: QuoteHoverOptions): QuoteHover {
  const { handle } = opts;
  let current: AnchoredMark | null = null;
  let pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  let frame: number | undefined;
  let hideTimer: number | undefined;
  let detached = false;

  const rectsOf = (q: AnchoredMark) => q.ranges.flatMap((r) => Array.from(r.getClientRects()));
  const viewport = () => ({ width: win.innerWidth, height: win.innerHeight });

  function open(q: AnchoredMark, byKeyboard: boolean) {
    cancelHide();
    const rects = rectsOf(q);
    if (rects.length === 0) return;
    current = q;
    handle.setFocus(q);
    opts.show(q, placeCard(rects, viewport()), byKeyboard);
  }

  function close() {
    cancelHide();
    if (!current) return;
    current = null;
    handle.setFocus(null);
    opts.hide();
  }

  function cancelHide() {
    if (hideTimer !== undefined) win.clearTimeout(hideTimer);
    hideTimer = undefined;
  }

  function hitTest() {
    frame = undefined;
    if (detached || !pointer) return;
    if (opts.inCard(pointer.target)) return cancelHide();
    const q = handle.markAt(pointer.x, pointer.y);
    if (q) {
      if (!sameMark(q, current)) open(q, false);
      else cancelHide();
    } else if (current && hideTimer === undefined) {
      hideTimer = win.setTimeout(close, opts.hideDelayMs ?? 300);
    }
  }

  opts.listen(win.document, 'pointermove', (e) => {
    const p = e as PointerEvent;
    pointer = { x: p.clientX, y: p.clientY, target: p.composedPath?.()[0] ?? p.target };
    if (frame === undefined) frame = win.requestAnimationFrame(hitTest);
  });

  opts.listen(win.document, 'keydown', (e) => {
    const k = e as KeyboardEvent;
    if (k.key === 'Escape' && current) {
      close();
      return;
    }
    if (k.altKey && k.shiftKey && !k.ctrlKey && !k.metaKey && k.code === 'KeyQ') {
      const list = handle.anchored;
      if (list.length === 0) return;
      k.preventDefault();
      const at = current ? list.findIndex((q) => sameMark(q, current)) : -1;
      const next = list[(at + 1) % list.length];
      const el = next.ranges[0].startContainer.parentElement;
      el?.scrollIntoView({ block: 'center' });
      open(next, true);
    }
  });

  // The card is placed in viewport coordinates: after a scroll, move it back to its quote.
  let scrollFrame: number | undefined;
  opts.listen(win, 'scroll', () => {
    if (!current || scrollFrame !== undefined) return;
    scrollFrame = win.requestAnimationFrame(() => {
      scrollFrame = undefined;
      const rects = current ? rectsOf(current) : [];
      if (current && rects.length) opts.show(current, placeCard(rects, viewport()), false);
    });
  });

  return {
    close,
    detach() {
      detached = true;
      cancelHide();
      if (frame !== undefined) win.cancelAnimationFrame(frame);
      if (scrollFrame !== undefined) win.cancelAnimationFrame(scrollFrame);
      close();
    },
  };
}
