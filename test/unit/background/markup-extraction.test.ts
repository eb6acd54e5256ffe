/**
 * @vitest-environment happy-dom
 *
 * A very large page's markup, extracted where the browser has a DOM (entrypoints/background/markup-extraction):
 * Chrome's offscreen document lifecycle (created on demand, shared by overlapping extractions,
 * closed after the last, an orphan from a dead worker reused, failures named), the offscreen
 * document's message gate (entrypoints/offscreen/main.ts), and the markup path reading a golden
 * page the same as its hand-written expectation. The fake browser has no offscreen API: stubbed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleFromMarkup } from '@/utils/article/markup-article';
import { OFFSCREEN_PAGE, OffscreenExtractor } from '@/entrypoints/background/markup-extraction';
import type { ExtractResult } from '@/utils/types';

const NOT_ARTICLE: ExtractResult = { ok: false, reason: 'not-article', message: 'No article.' };
const markup = (n = 0) => ({ ok: 'markup' as const, html: `<html><body><p>${n}</p></body></html>`, url: `https://a.example/${n}` });

/** The offscreen API and runtime.getContexts as a fake Chrome: one document at a time, with a log. */
function stubOffscreen() {
  const log: string[] = [];
  let open = false;
  const api = {
    createDocument: vi.fn(async ({ url }: { url: string }) => {
      await Promise.resolve();
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
      log.push(`create ${url}`);
    }),
    closeDocument: vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 10)); // slower than a create: a new extraction can overtake it
      if (!open) throw new Error('No current offscreen document.');
      open = false;
      log.push('close');
    }),
  };
  Object.assign(fakeBrowser, { offscreen: api });
  Object.assign(fakeBrowser.runtime, {
    getContexts: vi.fn(async () => (open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : [])),
  });
  return { api, log, isOpen: () => open, leaveOpen: () => { open = true; } };
}

/** The offscreen document's answer to each extract-markup, checking it is open when asked. */
function answerWith(isOpen: () => boolean, reply: (req: { html: string; url: string }) => unknown) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (req: { type: string; html: string; url: string }) => {
    expect(req.type).toBe('extract-markup');
    expect(isOpen()).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    return reply(req);
  }) as never);
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('OffscreenExtractor (Chrome)', () => {
  test('opens the document for an extraction and closes it after', async () => {
    const chrome = stubOffscreen();
    answerWith(chrome.isOpen, () => ({ ok: true, data: NOT_ARTICLE }));
    const result = await new OffscreenExtractor().extract(markup());
    expect(result).toEqual(NOT_ARTICLE);
    await vi.waitFor(() => expect(chrome.isOpen()).toBe(false));
    expect(chrome.log).toEqual([`create ${fakeBrowser.runtime.getURL(OFFSCREEN_PAGE)}`, 'close']);
    const [args] = chrome.api.createDocument.mock.calls[0] as unknown as [{ reasons: string[]; justification: string }];
    expect(args.reasons).toEqual(['DOM_PARSER']);
    expect(args.justification).not.toBe('');
  });

  test('overlapping extractions share one document; each gets its own answer', async () => {
    const chrome = stubOffscreen();
    answerWith(chrome.isOpen, (req) => ({ ok: true, data: { ...NOT_ARTICLE, message: req.url } }));
    const extractor = new OffscreenExtractor();
    const results = await Promise.all([0, 1, 2].map((n) => extractor.extract(markup(n))));
    expect(results.map((r) => !r.ok && r.message)).toEqual(['https://a.example/0', 'https://a.example/1', 'https://a.example/2']);
    await vi.waitFor(() => expect(chrome.isOpen()).toBe(false));
    expect(chrome.log.filter((l) => l.startsWith('create'))).toHaveLength(1);
  });

  test('an extraction that arrives while the document closes waits, then opens a new one', async () => {
    const chrome = stubOffscreen();
    answerWith(chrome.isOpen, () => ({ ok: true, data: NOT_ARTICLE }));
    const extractor = new OffscreenExtractor();
    await extractor.extract(markup(0)); // its close is still in flight
    await extractor.extract(markup(1));
    await vi.waitFor(() => expect(chrome.isOpen()).toBe(false));
    expect(chrome.log.map((l) => l.split(' ')[0])).toEqual(['create', 'close', 'create', 'close']);
  });

  test('a document left open by a worker that died is reused', async () => {
    const chrome = stubOffscreen();
    chrome.leaveOpen();
    answerWith(chrome.isOpen, () => ({ ok: true, data: NOT_ARTICLE }));
    expect(await new OffscreenExtractor().extract(markup())).toEqual(NOT_ARTICLE);
    await vi.waitFor(() => expect(chrome.isOpen()).toBe(false));
  });

  test('a document that cannot be created fails this extraction, and the next one tries again', async () => {
    const chrome = stubOffscreen();
    answerWith(chrome.isOpen, () => ({ ok: true, data: NOT_ARTICLE }));
    chrome.api.createDocument.mockRejectedValueOnce(new Error('offscreen unavailable'));
    const extractor = new OffscreenExtractor();
    await expect(extractor.extract(markup())).rejects.toThrow('offscreen unavailable');
    expect(await extractor.extract(markup())).toEqual(NOT_ARTICLE);
  });

  test.each([
    ['no answer', undefined],
    ['a failure', { ok: false, error: 'boom' }],
  ])('%s from the document is an error naming this module, and the document still closes', async (_, answer) => {
    const chrome = stubOffscreen();
    answerWith(chrome.isOpen, () => answer);
    await expect(new OffscreenExtractor().extract(markup())).rejects.toThrow(/^markup-extraction: /);
    await vi.waitFor(() => expect(chrome.isOpen()).toBe(false));
  });
});

describe('offscreen document (entrypoints/offscreen/main.ts)', () => {
  type Sender = { id?: string; url?: string; tab?: { id: number } };

  async function deliver(message: unknown, sender: Sender) {
    vi.resetModules();
    await import('@/entrypoints/offscreen/main');
    const sendResponse = vi.fn();
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    await trigger(message, sender, sendResponse);
    return sendResponse;
  }
  const worker = (): Sender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') });
  const request = { type: 'extract-markup', html: '<html><body><nav><a href="/">Home</a></nav></body></html>', url: 'https://a.example/x' };

  test('answers extract-markup from the extension with the extraction', async () => {
    const sendResponse = await deliver(request, worker());
    expect(sendResponse).toHaveBeenCalledTimes(1);
    expect(sendResponse.mock.calls[0][0]).toEqual({ ok: true, data: articleFromMarkup(request) });
  });

  test.each<[string, unknown, () => Sender]>([
    ['another extension', request, () => ({ id: 'someone-else', url: 'chrome-extension://someone-else/bg.js' })],
    ['a content script (in a tab)', request, () => ({ ...worker(), tab: { id: 3 } })],
    ['another request type', { type: 'list-articles' }, worker],
    ['a malformed extract-markup', { type: 'extract-markup', html: 1, url: 'https://a.example/x' }, worker],
  ])('ignores %s', async (_, message, sender) => {
    expect(await deliver(message, sender())).not.toHaveBeenCalled();
  });
});

describe('articleFromMarkup (native DOMParser)', () => {
  test('reads a golden page as its hand-written expectation says', () => {
    const dir = join('test/golden/pages/news-og-tags');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    const result = articleFromMarkup({ html: readFileSync(join(dir, 'source.html'), 'utf8'), url: expected.url });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.title).toBe(expected.title);
    expect(result.article.url).toBe(expected.canonicalUrl);
    const { text, paragraphs } = result.article;
    expect(paragraphs).toHaveLength(expected.paragraphCount);
    expect(text.slice(paragraphs[0].start, paragraphs[0].end)).toBe(expected.firstParagraph);
  });
});
