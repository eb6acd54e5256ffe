/**
 * Where the background extracts a very large page's markup (utils/article/page-size): always in the
 * browser's own DOM, never a JavaScript one, so linkedom and Readability stay out of the service
 * worker that every wake loads (background.js: 505 kB with them, 111 kB without).
 *
 * Firefox: the background is an event page with a DOM, so the markup is parsed right there.
 * Chrome: a service worker has no DOMParser, so an offscreen document (entrypoints/offscreen)
 * parses and extracts it, answering an `extract-markup` request. The document is created only
 * when markup arrives, shared by the extractions that overlap, and closed once the last one is
 * done: it is a whole renderer process, kept for pages most readers rarely open. Creating it took
 * 50-110 ms in the e2e Chromium, against 250-420 ms to send, parse and extract a 1 MB page in it,
 * and a document kept open extracted no faster there.
 *
 * `import.meta.env.FIREFOX` is a build-time constant: each bundle keeps only its own path, so the
 * Chrome worker contains neither extract-article nor Readability.
 */
import { browser, type Browser } from 'wxt/browser';
import { browserTranslator } from '@/utils/i18n/browser-translator';
import { sendMessage, type PageMarkup } from '@/utils/protocol/messages';
import type { ExtractResult } from '@/utils/types';

/** Built by WXT from entrypoints/offscreen/index.html (Chrome builds only). */
export const OFFSCREEN_PAGE = '/offscreen.html';

/** The article in a very large page's markup, extracted where this browser has a DOM. */
export async function extractMarkup(markup: PageMarkup): Promise<ExtractResult> {
  // Imported where it is used: a static import of the CommonJS Readability stays in a bundle even
  // when nothing calls it, and the Chrome build drops this whole branch.
  if (import.meta.env.FIREFOX) return (await import('@/utils/article/markup-article')).articleFromMarkup(markup, browserTranslator);
  return (offscreen ??= new OffscreenExtractor()).extract(markup);
}

/** Chrome's offscreen document, opened for the extractions in flight and closed after the last. */
export class OffscreenExtractor {
  private users = 0;
  /** Resolves once the document exists; shared by overlapping extractions. */
  private opening: Promise<void> | null = null;
  /** The last close, which a new open waits for (Chrome allows one offscreen document at a time). */
  private closing: Promise<void> = Promise.resolve();

  async extract({ html, url }: PageMarkup): Promise<ExtractResult> {
    this.users++;
    try {
      await (this.opening ??= this.open());
      const answer = await sendMessage({ type: 'extract-markup', html, url });
      if (!answer.ok) throw new Error(`markup-extraction: ${browserTranslator('pageReaderNoAnswer', answer.error)}`);
      return answer.data;
    } finally {
      if (--this.users === 0) {
        this.opening = null;
        this.closing = browser.offscreen.closeDocument().catch(() => undefined); // already gone: fine
      }
    }
  }

  private async open(): Promise<void> {
    await this.closing;
    const url = browser.runtime.getURL(OFFSCREEN_PAGE);
    try {
      await browser.offscreen.createDocument({
        url,
        reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
        justification: 'Parse a very large page’s markup to find its article text, off the page’s main thread.',
      });
    } catch (err) {
      // A worker that died mid-extraction leaves its document open: use it.
      const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType], documentUrls: [url] });
      if (open.length === 0) throw err;
    }
  }
}

/** Made on first use, so Firefox's bundle (which never uses it) drops the class. */
let offscreen: OffscreenExtractor | undefined;
