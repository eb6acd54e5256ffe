/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AnchoredMark, AnchoredQuote, HighlightHandle } from '@/utils/page/highlight-quotes';
import { attachQuoteHover, CARD_WIDTH, placeCard } from '@/utils/page/quote-hover';

const rect = (left: number, top: number, width = 100, height = 20) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

describe('placeCard', () => {
  const viewport = { width: 1000, height: 700 };
  test.each([
    ['below a quote near the top', [rect(50, 100)], { left: 50, top: 126, above: false }],
    ['above a quote near the bottom', [rect(50, 600), rect(20, 620)], { left: 20, top: 594, above: true }],
    ['kept inside the right edge', [rect(990, 100)], { left: 1000 - CARD_WIDTH - 8, top: 126, above: false }],
    ['kept inside the left edge', [rect(-30, 100)], { left: 8, top: 126, above: false }],
  ])('%s', (_n, rects, expected) => {
    expect(placeCard(rects, viewport)).toEqual(expected);
  });
});

describe('attachQuoteHover keyboard', () => {
  let detach: (() => void) | undefined;
  afterEach(() => detach?.());

  function setup() {
    document.body.innerHTML = '<p id="a">alpha words</p><p id="b">beta words</p>';
    const quote = (index: number, id: string): AnchoredQuote => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(id)!.firstChild!);
      vi.spyOn(range, 'getClientRects').mockReturnValue(Object.assign([rect(10, 10 + index * 30)], { item: () => null }) as unknown as DOMRectList);
      return { index, verdict: 'verbatim', flags: [], ranges: [range] };
    };
    const anchored = [quote(0, 'a'), quote(2, 'b')];
    const handle = { anchored, paraphrases: [], native: true, quoteAt: () => null, markAt: () => null, setFocus: vi.fn(), reanchor: vi.fn(), remove: vi.fn() } satisfies HighlightHandle;
    const show = vi.fn();
    const hide = vi.fn();
    const controller = new AbortController();
    const hover = attachQuoteHover(window, {
      handle, show, hide, inCard: () => false,
      listen: (t, type, h) => t.addEventListener(type, h, { signal: controller.signal }),
    });
    detach = () => {
      hover.detach();
      controller.abort();
    };
    const press = (init: KeyboardEventInit) => document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    return { handle, show, hide, press };
  }

  test('Alt+Shift+Q cycles through the anchored quotes and wraps; Escape closes', () => {
    Element.prototype.scrollIntoView ??= () => {};
    const { handle, show, hide, press } = setup();
    const altShiftQ = { key: 'Q', code: 'KeyQ', altKey: true, shiftKey: true };
    press(altShiftQ);
    press(altShiftQ);
    press(altShiftQ);
    expect(show.mock.calls.map((c) => [c[0].index, c[2]])).toEqual([[0, true], [2, true], [0, true]]);
    expect(handle.setFocus).toHaveBeenLastCalledWith(handle.anchored[0]);
    press({ key: 'Escape', code: 'Escape' });
    expect(hide).toHaveBeenCalledTimes(1);
    expect(handle.setFocus).toHaveBeenLastCalledWith(null);
  });

  test('plain Q or Escape with no card open does nothing', () => {
    const { show, hide, press } = setup();
    press({ key: 'q', code: 'KeyQ' });
    press({ key: 'Escape', code: 'Escape' });
    expect(show).not.toHaveBeenCalled();
    expect(hide).not.toHaveBeenCalled();
  });
});

describe('attachQuoteHover pointer over a paraphrased-here sentence', () => {
  test('opens the card for the sentence, not again while the pointer stays on it, and Alt+Shift+Q still steps through quotes only', async () => {
    Element.prototype.scrollIntoView ??= () => {};
    document.body.innerHTML = '<p id="q">a quote</p><p id="s">a sentence here</p>';
    const rangeOver = (id: string, top: number) => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(id)!.firstChild!);
      vi.spyOn(range, 'getClientRects').mockReturnValue(Object.assign([rect(10, top)], { item: () => null }) as unknown as DOMRectList);
      return range;
    };
    const quote: AnchoredQuote = { index: 0, verdict: 'verbatim', flags: [], ranges: [rangeOver('q', 10)] };
    const sentenceRange = rangeOver('s', 60);
    // markAt answers a new object each time, as after a re-anchoring: the same sentence must not reopen.
    const markAt = vi.fn((_x: number, y: number): AnchoredMark | null => (y >= 60 && y <= 80 ? { paraphrase: 3, ranges: [sentenceRange] } : null));
    const handle = { anchored: [quote], paraphrases: [], native: true, quoteAt: () => null, markAt, setFocus: vi.fn(), reanchor: vi.fn(), remove: vi.fn() } satisfies HighlightHandle;
    const show = vi.fn();
    const controller = new AbortController();
    const hover = attachQuoteHover(window, { handle, show, hide: vi.fn(), inCard: () => false, listen: (t, type, h) => t.addEventListener(type, h, { signal: controller.signal }) });
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const move = async (y: number) => {
      document.dispatchEvent(Object.assign(new Event('pointermove', { bubbles: true }), { clientX: 20, clientY: y }));
      await frame();
    };
    await move(70);
    await move(72);
    expect(show.mock.calls.map((c) => c[0])).toEqual([{ paraphrase: 3, ranges: [sentenceRange] }]);
    expect(show.mock.calls[0][2]).toBe(false);
    document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Q', code: 'KeyQ', altKey: true, shiftKey: true }));
    expect(show.mock.calls.at(-1)![0]).toBe(quote);
    hover.detach();
    controller.abort();
  });
});
