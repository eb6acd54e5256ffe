/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { highlightKey, highlightName, highlightQuotes, isAnchoredQuote, sameMark } from '@/utils/page/highlight-quotes';
import { PARAPHRASED_HERE_PALETTE } from '@/utils/report/verdicts';
import { makeMatch, makeParaphrased, makeReport } from '../../support/quote-report-builders';
import type { QuoteReport } from '@/utils/types';

const PAGE =
  '<p id="p1">"We <em>will</em> build the bridge," said Ana Ruiz.</p>' +
  '<p id="p2">She added: "It opens in May."</p>' +
  '<p>"Nobody wrote this quote down."</p>' +
  '<p id="p4">The mayor said the crossing would be finished by summer.</p>';

/** A sentence here paraphrasing another outlet's quote (after the quotes in the text), and one not on the page. */
const PARAPHRASED = [
  makeParaphrased('the crossing would be finished by summer', 140, 'the crossing will be finished by summer'),
  makeParaphrased('a sentence that is not on the page at all', 200, 'a quote elsewhere'),
];

const REPORTS = [
  makeReport('We will build the bridge,', 0, [makeMatch('altered')]),
  makeReport('It opens in May.', 60, [makeMatch('verbatim')]),
  makeReport('a quote that is not on the page', 90, []),
];

/** happy-dom does no layout: give every range one 100×20 box at its paragraph's position. */
function stubLayout() {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const id = this.startContainer.parentElement?.closest('p')?.id;
    const top = id === 'p2' ? 40 : id === 'p4' ? 80 : 0;
    const rect = { left: 10, top, right: 110, bottom: top + 20, width: 100, height: 20, x: 10, y: top } as DOMRect;
    return Object.assign([rect], { item: () => rect }) as unknown as DOMRectList;
  });
}

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  root = document.createElement('main');
  root.innerHTML = PAGE;
  document.body.append(root);
  stubLayout();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('fallback overlay (no CSS.highlights)', () => {
  test('the environment really lacks the API', () => {
    expect((window as { CSS?: { highlights?: unknown } }).CSS?.highlights).toBeUndefined();
  });

  test('draws one box per rect in a shadow-root container, page text untouched', () => {
    const before = root.innerHTML;
    const handle = highlightQuotes(root, REPORTS);
    expect(handle.native).toBe(false);
    expect(handle.anchored.map((a) => [a.index, a.verdict])).toEqual([[0, 'altered'], [1, 'verbatim']]);
    const host = document.querySelector('[data-verbatim-ui="overlay"]')!;
    expect(host.shadowRoot!.querySelectorAll('.box.altered')).toHaveLength(1);
    expect(host.shadowRoot!.querySelectorAll('.box.verbatim')).toHaveLength(1);
    expect(root.innerHTML).toBe(before);
    handle.remove();
  });

  test('a flagged quote keeps its kind box and gains the flag mark on top', () => {
    const flagged = [makeReport('We will build the bridge,', 0, [makeMatch('partial', { speakerConflict: true })]), REPORTS[1]];
    const handle = highlightQuotes(root, flagged);
    expect(handle.anchored.map((a) => [a.verdict, a.flags])).toEqual([['partial', ['speaker-conflict']], ['verbatim', []]]);
    const layer = document.querySelector('[data-verbatim-ui="overlay"]')!.shadowRoot!;
    expect(layer.querySelectorAll('.box.partial.flagged')).toHaveLength(1);
    expect(layer.querySelectorAll('.box.verbatim.flagged')).toHaveLength(0);
    expect(layer.querySelector('style')!.textContent).toMatch(/\.box\.flagged \{ border-top:/);
    handle.remove();
  });

  test('quoteAt hit-tests the anchored rects', () => {
    const handle = highlightQuotes(root, REPORTS);
    expect(handle.quoteAt(50, 10)?.index).toBe(0);
    expect(handle.quoteAt(50, 50)?.index).toBe(1);
    expect(handle.quoteAt(500, 500)).toBeNull();
    handle.remove();
  });

  test('a paraphrased-here sentence: its own box, found by markAt (quotes first), focusable, gone on remove()', () => {
    const handle = highlightQuotes(root, REPORTS, { paraphrased: PARAPHRASED });
    expect(handle.paraphrases.map((p) => [p.paraphrase, p.ranges.map((r) => r.toString())])).toEqual([[0, [PARAPHRASED[0].text]]]);
    expect(handle.anchored.map((a) => a.index)).toEqual([0, 1]);
    const layer = document.querySelector('[data-verbatim-ui="overlay"]')!.shadowRoot!;
    expect(layer.querySelectorAll('.box.paraphrased-here')).toHaveLength(1);
    expect(layer.querySelector('style')!.textContent).toContain(`.box.paraphrased-here { background: ${PARAPHRASED_HERE_PALETTE.highlight.background}`);
    const mark = handle.markAt(50, 90)!;
    expect(isAnchoredQuote(mark)).toBe(false);
    expect(sameMark(mark, handle.paraphrases[0])).toBe(true);
    expect(handle.quoteAt(50, 90)).toBeNull();
    expect(handle.markAt(50, 10)).toBe(handle.anchored[0]);
    handle.setFocus(mark);
    expect(layer.querySelectorAll('.box.focus')).toHaveLength(1);
    expect(layer.querySelectorAll('.box.paraphrased-here')).toHaveLength(0);
    handle.remove();
    expect(handle.paraphrases).toEqual([]);
  });

  test('sameMark: one quote, one sentence, never a quote and a sentence', () => {
    const handle = highlightQuotes(root, REPORTS, { paraphrased: PARAPHRASED });
    const [q0, q1] = handle.anchored;
    const [p0] = handle.paraphrases;
    expect([sameMark(q0, { ...q0 }), sameMark(q0, q1), sameMark(p0, { ...p0 }), sameMark(q0, p0), sameMark(p0, q0), sameMark(null, null), sameMark(q0, null)])
      .toEqual([true, false, true, false, false, true, false]);
    handle.remove();
  });

  test('remove() leaves no trace', () => {
    const before = document.documentElement.outerHTML;
    const handle = highlightQuotes(root, REPORTS);
    expect(document.documentElement.outerHTML).not.toBe(before);
    handle.remove();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(handle.anchored).toEqual([]);
  });

  test('re-anchors after the page re-renders, debounced', async () => {
    const onReanchor = vi.fn();
    const handle = highlightQuotes(root, REPORTS, { debounceMs: 10, onReanchor });
    expect(onReanchor).toHaveBeenCalledTimes(1);
    root.querySelector('#p2')!.remove();
    root.insertAdjacentHTML('beforeend', '<p>"It opens in May."</p>');
    root.insertAdjacentHTML('beforeend', '<p>more</p>');
    await vi.waitFor(() => expect(onReanchor).toHaveBeenCalledTimes(2));
    const again = handle.anchored.find((a) => a.index === 1)!;
    expect(again.ranges[0].startContainer.isConnected).toBe(true);
    handle.remove();
  });

  test('changes to our own UI (data-verbatim-ui) do not re-anchor', async () => {
    const onReanchor = vi.fn();
    const handle = highlightQuotes(root, REPORTS, { debounceMs: 5, onReanchor });
    const card = document.createElement('verbatim-hover-card');
    card.setAttribute('data-verbatim-ui', 'hover-card');
    root.append(card);
    card.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 40));
    expect(onReanchor).toHaveBeenCalledTimes(1);
    root.append(document.createElement('p'));
    await vi.waitFor(() => expect(onReanchor).toHaveBeenCalledTimes(2));
    handle.remove();
  });

  test('a mutation after remove() schedules nothing', async () => {
    const onReanchor = vi.fn();
    const handle = highlightQuotes(root, REPORTS, { debounceMs: 5, onReanchor });
    handle.remove();
    root.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 40));
    expect(onReanchor).toHaveBeenCalledTimes(1);
  });
});

describe('CSS Custom Highlight API', () => {
  class FakeHighlight extends Set<Range> {
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  let registry: Map<string, unknown>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('Highlight', FakeHighlight);
    (window as unknown as { CSS: object }).CSS = { highlights: registry };
  });
  afterEach(() => {
    delete (window as unknown as { CSS?: object }).CSS;
    vi.unstubAllGlobals();
  });

  test('one highlight per verdict, styles injected once, remove() clears both', () => {
    const handle = highlightQuotes(root, REPORTS);
    expect(handle.native).toBe(true);
    expect([...registry.keys()].sort()).toEqual([highlightName('altered'), highlightName('verbatim')]);
    expect((registry.get('verbatim-altered') as Set<Range>).size).toBe(1);
    expect(document.querySelectorAll('#verbatim-highlight-style')).toHaveLength(1);
    expect(document.getElementById('verbatim-highlight-style')!.textContent).toContain('::highlight(verbatim-altered)');
    expect(document.querySelector('[data-verbatim-ui="overlay"]')).toBeNull();
    handle.setFocus(handle.anchored[1]);
    expect(registry.has('verbatim-focus')).toBe(true);
    handle.remove();
    expect(registry.size).toBe(0);
    expect(document.getElementById('verbatim-highlight-style')).toBeNull();
  });

  test('paraphrased-here sentences: their own highlight, registered before the kinds (drawn under them), styled from the model', () => {
    const handle = highlightQuotes(root, REPORTS, { paraphrased: PARAPHRASED });
    expect([...registry.keys()]).toEqual([highlightName('paraphrased-here'), highlightName('altered'), highlightName('verbatim')]);
    expect(highlightName('paraphrased-here')).toBe('verbatim-paraphrased-here');
    expect([...(registry.get('verbatim-paraphrased-here') as Set<Range>)].map((r) => r.toString())).toEqual([PARAPHRASED[0].text]);
    const css = document.getElementById('verbatim-highlight-style')!.textContent!;
    const rule = css.split('\n').find((l) => l.startsWith('::highlight(verbatim-paraphrased-here)'))!;
    expect(rule).toContain(`background-color: ${PARAPHRASED_HERE_PALETTE.highlight.background}`);
    expect(rule).toContain(`underline ${PARAPHRASED_HERE_PALETTE.highlight.mark!.style} ${PARAPHRASED_HERE_PALETTE.highlight.mark!.colour}`);
    handle.remove();
    expect(registry.size).toBe(0);
  });

  test.each([
    { name: 'a flag', over: { speakerConflict: true }, flagged: 1 },
    { name: 'a meaning change', over: { meaningChanges: ['not'] }, flagged: 1 },
    { name: 'no flag', over: {}, flagged: 0 },
  ])('a partial with $name: highlighted as partial, plus $flagged flag mark(s)', ({ over, flagged }) => {
    const handle = highlightQuotes(root, [makeReport('It opens in May.', 60, [makeMatch('partial', over)])]);
    expect([...registry.keys()]).toEqual(flagged ? [highlightName('partial'), highlightName('flagged')] : [highlightName('partial')]);
    const css = document.getElementById('verbatim-highlight-style')!.textContent!;
    // The flag's mark is a decoration without a background: the kind's colour stays visible.
    const rule = css.split('\n').find((l) => l.startsWith(`::highlight(${highlightName('flagged')})`))!;
    expect(rule).toContain('overline');
    expect(rule).not.toContain('background');
    handle.remove();
    expect(registry.size).toBe(0);
  });
});

describe('highlightKey: equal exactly when the highlights drawn would be equal', () => {
  const TEXT = 'We will build the bridge, and soon.';
  const BASE = [makeReport(TEXT, 0, [makeMatch('altered')]), ...REPORTS.slice(1)];
  // The same text as two parts around "he said" (the text is the parts joined by one space).
  const twoParts = (r: QuoteReport): QuoteReport => ({ ...r, quote: { ...r.quote, parts: [{ start: 0, end: 25 }, { start: 40, end: 49 }] } });
  const cases: { name: string; other: QuoteReport[]; same: boolean }[] = [
    { name: 'the same reports rebuilt', other: BASE.map((r) => ({ quote: { ...r.quote }, matches: [...r.matches] })), same: true },
    { name: 'a match from another outlet, same verdict', other: [{ ...BASE[0], matches: [makeMatch('altered', { outlet: 'Other Post', similarity: 0.7 })] }, ...BASE.slice(1)], same: true },
    { name: 'a verdict changed by a newly saved article', other: [{ ...BASE[0], matches: [makeMatch('verbatim')] }, ...BASE.slice(1)], same: false },
    { name: 'a flag raised on the same kind', other: [{ ...BASE[0], matches: [makeMatch('altered', { speakerConflict: true })] }, ...BASE.slice(1)], same: false },
    { name: 'a quote gone', other: BASE.slice(0, 2), same: false },
    { name: 'the same quotes in another order', other: [BASE[1], BASE[0], BASE[2]], same: false },
    { name: 'one word of a quote different', other: [makeReport('We will build the bridges, and soon.', 0, [makeMatch('altered')]), ...BASE.slice(1)], same: false },
    { name: 'the same text now in two parts', other: [twoParts(BASE[0]), ...BASE.slice(1)], same: false },
  ];
  test.each(cases)('$name → same: $same', ({ other, same }) => {
    expect(highlightKey(other) === highlightKey(BASE)).toBe(same);
  });
  test.each([
    ['a paraphrased sentence added', [PARAPHRASED[0]], false],
    ['none given', [], true],
  ])('paraphrased sentences: %s → same: %s', (_name, paraphrased, same) => {
    expect(highlightKey(BASE, paraphrased) === highlightKey(BASE)).toBe(same);
  });
  test('a different paraphrased sentence gives another key', () => {
    expect(highlightKey(BASE, [PARAPHRASED[0]])).not.toBe(highlightKey(BASE, [PARAPHRASED[1]]));
  });
  test('no reports: the empty key', () => {
    expect(highlightKey([])).toBe('');
  });
});
