/**
 * Content script. Built to `content-scripts/content.js` (WXT names it after this file).
 * Registered at runtime only: the background injects it into the checked tab with
 * `browser.scripting.executeScript({ target: { tabId }, files: ['content-scripts/content.js'] })`,
 * and the injection's result is `main`'s return value, a `PageReading` (messages.ts): the page's
 * `ExtractResult`, or for a page too large to extract here without freezing it (utils/article/page-size)
 * the page's markup, which the background extracts instead.
 *
 * It then waits for `highlight-quotes` (messages.ts) and highlights those quotes in the live page,
 * with a hover card per quote, and the sentences that paraphrase another outlet's quote
 * ("paraphrased here") in their own style, with a card showing that quote and the word diff. It
 * never rewrites the page's text. The side panel and the keyboard commands drive it too:
 * `focus-quote` (scroll to a quote and mark it), `focus-paraphrase` (the same for a sentence), `step-quote` (next or
 * previous quote), `toggle-highlights` (hide or show them, the reports kept). When the reader
 * hovers or focuses a quote, it tells the side panel (`quote-shown`, an event: it sends no request,
 * and the background ignores messages from pages).
 *
 * Injected again (every check injects): WXT's context tells the older instance that a newer one
 * started, the older one removes its listener, hover wiring and card (onInvalidated) and leaves
 * the highlights, kept on a window flag with their reports; the newer one adopts them, so exactly
 * one instance is live and a re-check that finds the same quotes anchors nothing again.
 * Extension reloaded: a context check every 2 s notices and removes everything.
 *
 * Performance: nothing runs until asked; extraction works on one clone of the page (or, on a very
 * large page, only serializes it); highlighting anchors once, then only re-anchors debounced after
 * page mutations (see utils/page/highlight-quotes.ts). Each step leaves a `verbatim:` performance
 * measure in the page's timeline (no output) for the e2e timing.
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard } from '@/components/HoverCard';
import { ParaphraseCard } from '@/components/ParaphraseCard';
import { I18nProvider } from '@/components/i18n';
import themeCss from '@/components/verbatim-theme.css?inline';
import cardCss from '@/components/hover-card.css?inline';
import { verdictStyles } from '@/components/verdict-styles';
import { extractArticle } from '@/utils/article/extract-article';
import { browserTranslator } from '@/utils/i18n/browser-translator';
import { highlightKey, highlightQuotes, isAnchoredQuote, type AnchoredMark, type AnchoredQuote, type HighlightHandle } from '@/utils/page/highlight-quotes';
import { errorResponse, okResponse, parseRequest, sendEvent, type PageReading, type Request, type ResponseOf } from '@/utils/protocol/messages';
import { choosePageReader } from '@/utils/article/page-size';
import { attachQuoteHover, type CardPlacement, type QuoteHover } from '@/utils/page/quote-hover';
import type { ParaphrasedSentence, QuoteReport } from '@/utils/types';

/** Shared by every injection into this page (same isolated world): the highlights to keep. */
interface ContentState {
  reports: QuoteReport[];
  /** The sentences here that paraphrase another outlet's quote, drawn beside the quotes. */
  paraphrased: ParaphrasedSentence[];
  /**
   * The highlights in the page, handed from one instance to the next: a newer instance keeps them
   * when its reports draw the same (`highlightKey`), rather than anchoring every quote again.
   */
  live: { handle: HighlightHandle; key: string; root: Element } | null;
  /** The reader hid the highlights (toggle-highlights); the reports are kept to show them again. */
  hidden: boolean;
}
type FlaggedWindow = Window & { __verbatimContent?: ContentState };

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // The card's CSS is passed inline to createShadowRootUi: with cssInjectionMode 'ui' WXT would
  // fetch content-scripts/content.css, which is not web-accessible for a script with no matches.
  cssInjectionMode: 'manual',
  main(ctx): PageReading {
    const state = ((window as FlaggedWindow).__verbatimContent ??= { reports: [], paraphrased: [], live: null, hidden: false });
    state.paraphrased ??= []; // a state left by an older build of this script has none
    const page = new PageHighlights(ctx, state);
    const start = performance.now();
    if ((state.reports.length || state.paraphrased.length) && !state.hidden) {
      page.apply(state.reports, state.paraphrased);
      performance.measure('verbatim:reapply', { start });
    }

    const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return;
      const req = parseRequest(msg);
      if (!req) return;
      try {
        const res = answer(req);
        if (!res) return;
        sendResponse(res);
      } catch (err) {
        sendResponse(errorResponse(err));
      }
    };
    const answer = (req: Request): ResponseOf<'highlight-quotes' | 'focus-quote' | 'focus-paraphrase' | 'step-quote' | 'toggle-highlights'> | null => {
      switch (req.type) {
        case 'highlight-quotes': {
          state.reports = req.enabled ? req.reports : [];
          state.paraphrased = req.enabled ? (req.paraphrased ?? []) : [];
          state.hidden = false;
          const applyStart = performance.now();
          const highlighted = page.apply(state.reports, state.paraphrased);
          performance.measure('verbatim:highlight', { start: applyStart }); // read by test/e2e/performance.test.ts
          return okResponse<'highlight-quotes'>({ highlighted });
        }
        case 'focus-quote':
          return okResponse<'focus-quote'>({ found: page.focus(req.index) });
        case 'focus-paraphrase':
          return okResponse<'focus-paraphrase'>({ found: page.focusParaphrase(req.index) });
        case 'step-quote':
          return okResponse<'step-quote'>(page.step(req.step));
        case 'toggle-highlights': {
          state.hidden = !state.hidden && state.reports.length > 0;
          const quotes = state.hidden ? page.apply([], []) : page.apply(state.reports, state.paraphrased);
          return okResponse<'toggle-highlights'>({ shown: !state.hidden && quotes > 0, quotes });
        }
        default:
          return null;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage?.removeListener(onMessage);
      // A newer instance invalidated this one (the extension is still there): it takes the
      // highlights over. The extension reloaded or removed: nothing of ours may stay in the page.
      page.clear({ keepHighlights: browser.runtime?.id != null });
    });

    const extractStart = performance.now();
    if (choosePageReader(document) === 'background') {
      // Read-only: serializing changes nothing, and the background parses it into an inert
      // DOMParser document (entrypoints/background/markup-extraction) that runs no handlers and loads nothing, so no
      // CSP report either. The rule below bans HTML sinks; this
      // reads the page's own markup and hands it to the background as a string, never to a parser here.
      // eslint-disable-next-line no-restricted-properties
      const markup: PageReading = { ok: 'markup', html: document.documentElement.outerHTML, url: location.href };
      performance.measure('verbatim:serialize', { start: extractStart }); // read by test/e2e/performance.test.ts
      return markup;
    }
    // stripInlineHandlers: extraction's clone loses its inline event-handler attributes (onclick=…)
    // before Readability reads it. Readability re-parses the page's markup when its first pass finds
    // too little text; on a page whose CSP forbids inline handlers, every on* attribute parsed then
    // is a CSP violation that Chrome reports to the site (report-uri): a request Verbatim caused,
    // telling the site that an extension read the page. Handlers are never article content.
    // (`eval content` measures this.) Stripped on the one clone extraction makes: no second copy.
    const result = extractArticle(document, location.href, { stripInlineHandlers: true, t: browserTranslator });
    performance.measure('verbatim:extract', { start: extractStart });
    return result;
  },
});

/** The hover wiring and card of one content-script instance, over the page's shared highlights. */
class PageHighlights {
  private hover: QuoteHover | null = null;
  private ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private watchdog: number | null = null;
  /** The quote last marked (hovered, focused, stepped to or chosen in the panel): where stepping goes on from. */
  private marked: number | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly state: ContentState,
  ) {}

  /**
   * Replaces the highlights with these reports' quotes and these paraphrased-here sentences;
   * returns how many quotes were found in the page.
   */
  apply(reports: QuoteReport[], paraphrased: ParaphrasedSentence[]): number {
    this.clear({ keepHighlights: true });
    const root = document.body;
    if ((reports.length === 0 && paraphrased.length === 0) || !root) {
      this.removeHighlights();
      return 0;
    }
    const key = highlightKey(reports, paraphrased);
    const { live } = this.state;
    if (live?.key !== key || live.root !== root) {
      this.removeHighlights();
      this.state.live = { handle: highlightQuotes(root, reports, { paraphrased }), key, root };
    }
    const handle = this.state.live!.handle;
    this.hover = attachQuoteHover(window, {
      handle,
      show: (mark, at, byKeyboard) => {
        if (isAnchoredQuote(mark)) this.tellPanel(mark.index);
        void this.showCard(mark, reports, paraphrased, at, byKeyboard);
      },
      hide: () => void this.hideCard(),
      inCard: (target) => target instanceof Node && target.getRootNode() instanceof ShadowRoot &&
        (target.getRootNode() as ShadowRoot).host.hasAttribute('data-verbatim-ui'),
      listen: (target, type, handler) => this.ctx.addEventListener(target, type, handler),
    });
    // Only ctx checks notice an extension reload; a cheap periodic one makes stale highlights go.
    this.watchdog = this.ctx.setInterval(() => undefined, 2000);
    return handle.anchored.length;
  }

  /** Scrolls to the quote with this report index and marks it; false when it is not highlighted. */
  focus(index: number): boolean {
    const quote = this.state.live?.handle.anchored.find((q) => q.index === index);
    if (!quote) return false;
    this.mark(quote);
    return true;
  }

  /** Marks the next (1) or previous (-1) highlighted quote in reading order, wrapping around. */
  step(step: 1 | -1): { index: number; position: number; of: number } | null {
    const list = this.state.live?.handle.anchored ?? [];
    if (list.length === 0) return null;
    const at = list.findIndex((q) => q.index === this.marked);
    const next = at < 0 ? (step === 1 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    this.mark(list[next]);
    this.tellPanel(list[next].index);
    return { index: list[next].index, position: next + 1, of: list.length };
  }

  /** Scrolls to the paraphrased-here sentence with this index and marks it; false when it is not highlighted. */
  focusParaphrase(index: number): boolean {
    const sentence = this.state.live?.handle.paraphrases.find((p) => p.paraphrase === index);
    if (!sentence) return false;
    this.hover?.close();
    sentence.ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.state.live?.handle.setFocus(sentence);
    return true;
  }

  private mark(quote: AnchoredQuote) {
    // A card open over another quote would follow the scroll and claim the panel's selection back.
    this.hover?.close();
    this.marked = quote.index;
    quote.ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.state.live?.handle.setFocus(quote);
  }

  /** The side panel selects the quote the reader is on in the page (once per change of quote). */
  private tellPanel(index: number) {
    if (index === this.marked && this.told === index) return;
    this.marked = index;
    this.told = index;
    void sendEvent({ type: 'quote-shown', index });
  }
  private told: number | null = null;

  /** Drops this instance's hover wiring and card; the highlights too unless they are kept. */
  clear({ keepHighlights }: { keepHighlights: boolean }) {
    this.hover?.detach();
    if (this.watchdog !== null) clearInterval(this.watchdog);
    this.hover = null;
    this.watchdog = null;
    void this.hideCard();
    if (!keepHighlights) this.removeHighlights();
  }

  private removeHighlights() {
    this.state.live?.handle.remove();
    this.state.live = null;
  }

  private cardUi() {
    this.ui ??= createShadowRootUi<void>(this.ctx, {
      name: 'verbatim-hover-card',
      position: 'inline',
      anchor: 'body',
      css: `${themeCss}\n${verdictStyles()}\n${cardCss}`,
      onMount: (_container, _shadow, host) => {
        // Marked so anchoring skips it and the page observer ignores its changes.
        host.setAttribute('data-verbatim-ui', 'hover-card');
      },
      onRemove: () => {
        this.ui = null;
      },
    }).then((ui) => {
      ui.mount();
      this.ctx.onInvalidated(() => render(null, ui.uiContainer));
      return ui;
    });
    return this.ui;
  }

  private async showCard(mark: AnchoredMark, reports: QuoteReport[], paraphrased: ParaphrasedSentence[], at: CardPlacement, byKeyboard: boolean) {
    const ui = await this.cardUi();
    if (!this.hover) return; // cleared while the UI was loading
    const onClose = () => this.hover?.close();
    const card = isAnchoredQuote(mark)
      ? h(HoverCard, { report: reports[mark.index], ...at, onClose })
      : h(ParaphraseCard, { sentence: paraphrased[mark.paraphrase], ...at, onClose });
    render(h(I18nProvider, { t: browserTranslator }, card), ui.uiContainer);
    if (byKeyboard) ui.uiContainer.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  private async hideCard() {
    if (!this.ui) return;
    render(null, (await this.ui).uiContainer);
  }
}
