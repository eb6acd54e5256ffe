import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePageReading, parsePanelEvent, parseRequest, sendEvent, sendMessage } from '@/utils/protocol/messages';
import { makeParaphrased } from '../../support/quote-report-builders';

const SENTENCE = makeParaphrased('the crossing would open in May', 40, 'the crossing will open in May');

describe('parseRequest', () => {
  test.each([
    [{ type: 'check-tab', tabId: 3 }, { type: 'check-tab', tabId: 3 }],
    [{ type: 'save-article', tabId: 0, extra: 'dropped' }, { type: 'save-article', tabId: 0 }],
    [{ type: 'remove-article', id: 'https://a.example/x' }, { type: 'remove-article', id: 'https://a.example/x' }],
    [{ type: 'article-history', id: 'https://a.example/x', extra: 1 }, { type: 'article-history', id: 'https://a.example/x' }],
    [{ type: 'list-articles' }, { type: 'list-articles' }],
    [{ type: 'search-library', query: 'minerals' }, { type: 'search-library', query: 'minerals' }],
    [{ type: 'export-library' }, { type: 'export-library' }],
    [{ type: 'import-library', data: { any: 1 } }, { type: 'import-library', data: { any: 1 } }],
    [{ type: 'library-stats' }, { type: 'library-stats' }],
    [{ type: 'load-samples' }, { type: 'load-samples' }],
    [{ type: 'get-settings' }, { type: 'get-settings' }],
    [{ type: 'clear-library' }, { type: 'clear-library' }],
    [
      { type: 'set-settings', settings: { automatic: true, sites: ['https://www.Example.com/news'], highlights: 'yes' } },
      { type: 'set-settings', settings: { automatic: true, sites: ['www.example.com'] } },
    ],
    [{ type: 'highlight-quotes', reports: [], enabled: false }, { type: 'highlight-quotes', reports: [], enabled: false }],
    [
      { type: 'extract-markup', html: '<html></html>', url: 'https://a.example/x', ok: 'markup' },
      { type: 'extract-markup', html: '<html></html>', url: 'https://a.example/x' },
    ],
    [{ type: 'get-tab-state', tabId: 4, extra: 1 }, { type: 'get-tab-state', tabId: 4 }],
    [{ type: 'export-evidence', tabId: 4, format: 'md', text: 'dropped' }, { type: 'export-evidence', tabId: 4, format: 'md' }],
    [{ type: 'export-evidence', tabId: 0, format: 'html' }, { type: 'export-evidence', tabId: 0, format: 'html' }],
    [{ type: 'export-evidence', tabId: 1, format: 'annotations' }, { type: 'export-evidence', tabId: 1, format: 'annotations' }],
    [{ type: 'export-evidence', tabId: 1, format: 'claimreview' }, { type: 'export-evidence', tabId: 1, format: 'claimreview' }],
    [{ type: 'export-family-evidence', articleId: 'https://a.example/x', offset: 10, format: 'html', tabId: 3 }, { type: 'export-family-evidence', articleId: 'https://a.example/x', offset: 10, format: 'html' }],
    [{ type: 'export-speaker-evidence', name: 'Sergio Gor', format: 'annotations' }, { type: 'export-speaker-evidence', name: 'Sergio Gor', format: 'annotations' }],
    [{ type: 'focus-quote', index: 0 }, { type: 'focus-quote', index: 0 }],
    [{ type: 'focus-paraphrase', index: 2, extra: 1 }, { type: 'focus-paraphrase', index: 2 }],
    [
      { type: 'highlight-quotes', reports: [], enabled: true, paraphrased: [SENTENCE] },
      { type: 'highlight-quotes', reports: [], enabled: true, paraphrased: [SENTENCE] },
    ],
    [{ type: 'highlight-quotes', reports: [], enabled: true, paraphrased: [] }, { type: 'highlight-quotes', reports: [], enabled: true, paraphrased: [] }],
    [{ type: 'step-quote', step: -1 }, { type: 'step-quote', step: -1 }],
    [{ type: 'step-quote', step: 1 }, { type: 'step-quote', step: 1 }],
    [{ type: 'toggle-highlights', show: 'x' }, { type: 'toggle-highlights' }],
    [{ type: 'get-speaker', name: 'Sergio Gor', extra: 1 }, { type: 'get-speaker', name: 'Sergio Gor' }],
    [{ type: 'get-speaker', name: 'Sergio Gor', limit: 200 }, { type: 'get-speaker', name: 'Sergio Gor', limit: 200 }],
  ])('accepts %j', (input, expected) => {
    expect(parseRequest(input)).toEqual(expected);
  });

  test.each([
    [null],
    ['check-tab'],
    [[]],
    [{}],
    [{ type: 'nope' }],
    [{ type: 'check-tab' }],
    [{ type: 'check-tab', tabId: '3' }],
    [{ type: 'check-tab', tabId: -1 }],
    [{ type: 'check-tab', tabId: 1.5 }],
    [{ type: 'save-article', tabId: null }],
    [{ type: 'remove-article', id: '' }],
    [{ type: 'article-history', id: '' }],
    [{ type: 'article-history' }],
    [{ type: 'remove-article', id: 'x'.repeat(201) }],
    [{ type: 'search-library' }],
    [{ type: 'search-library', query: 42 }],
    [{ type: 'import-library' }],
    [{ type: 'set-settings', settings: null }],
    [{ type: 'set-settings', settings: [true] }],
    [{ type: 'highlight-quotes', reports: [{ quote: null, matches: [] }], enabled: true }],
    [{ type: 'highlight-quotes', reports: [], enabled: 'yes' }],
    [{ type: 'highlight-quotes', reports: [], enabled: true, paraphrased: 'x' }],
    [{ type: 'highlight-quotes', reports: [], enabled: true, paraphrased: [{ ...SENTENCE, text: 3 }] }],
    [{ type: 'highlight-quotes', reports: [], enabled: true, paraphrased: [{ ...SENTENCE, sources: [{ ...SENTENCE.sources[0], diff: null }] }] }],
    [{ type: 'highlight-quotes', reports: [], enabled: true, paraphrased: [null] }],
    [{ type: 'focus-paraphrase', index: -1 }],
    [{ type: 'focus-paraphrase' }],
    [{ type: 'extract-markup', html: '<html></html>' }],
    [{ type: 'extract-markup', url: 'https://a.example/x' }],
    [{ type: 'extract-markup', html: ['<html></html>'], url: 'https://a.example/x' }],
    [{ type: 'extract-markup', html: '<html></html>', url: null }],
    [{ type: 'get-tab-state' }],
    [{ type: 'get-tab-state', tabId: -2 }],
    [{ type: 'export-evidence', tabId: 1 }],
    [{ type: 'export-evidence', format: 'md' }],
    [{ type: 'export-evidence', tabId: 1, format: 'pdf' }],
    [{ type: 'export-evidence', tabId: 1, format: 'copy-md' }], // copying is the page's business: it asks for md
    [{ type: 'export-evidence', tabId: 1, format: 'MD' }],
    [{ type: 'export-evidence', tabId: 1, format: ['md'] }],
    [{ type: 'export-family-evidence', articleId: '', offset: 0, format: 'md' }],
    [{ type: 'export-family-evidence', articleId: 'a', offset: -1, format: 'md' }],
    [{ type: 'export-family-evidence', articleId: 'a', offset: 0, format: 'copy-md' }],
    [{ type: 'export-speaker-evidence', name: '  ', format: 'md' }],
    [{ type: 'export-speaker-evidence', name: 'Gor' }],
    [{ type: 'export-evidence', tabId: '1', format: 'md' }],
    [{ type: 'export-evidence', tabId: -1, format: 'md' }],
    [{ type: 'focus-quote', index: -1 }],
    [{ type: 'focus-quote', index: 0.5 }],
    [{ type: 'focus-quote', index: '2' }],
    [{ type: 'step-quote', step: 2 }],
    [{ type: 'step-quote', step: 0 }],
    [{ type: 'get-speaker', name: 'Gor', limit: 0 }],
    [{ type: 'get-speaker', name: 'Gor', limit: 2.5 }],
    [{ type: 'get-speaker', name: 'Gor', limit: '200' }],
    [{ type: 'get-speaker', name: 'Gor', limit: null }],
    // Events are not requests: the background never acts on them.
    [{ type: 'quote-shown', index: 1 }],
    [{ type: 'tab-state', tabId: 1, tab: { state: 'checking' } }],
  ])('refuses %j', (input) => {
    expect(parseRequest(input)).toBeNull();
  });
});

describe('parsePageReading', () => {
  const article = { url: 'https://a.example/x', outlet: 'A', title: 'T', date: null, byline: null, lang: 'en', text: 'Hi.', paragraphs: [{ start: 0, end: 3 }] };
  test.each([
    [{ ok: true, article }, { ok: true, article }],
    [{ ok: false, reason: 'too-large', message: 'Too large.' }, { ok: false, reason: 'too-large', message: 'Too large.' }],
    [{ ok: 'markup', html: '<html><body></body></html>', url: 'https://a.example/x', extra: 1 }, { ok: 'markup', html: '<html><body></body></html>', url: 'https://a.example/x' }],
  ])('accepts %j', (input, expected) => {
    expect(parsePageReading(input)).toEqual(expected);
  });

  test.each([
    [undefined],
    [null],
    ['<html></html>'],
    [{}],
    [{ ok: true }],
    [{ ok: true, article: { text: 3 } }],
    [{ ok: false }],
    [{ ok: 'markup', html: '<html></html>' }],
    [{ ok: 'markup', url: 'https://a.example/x' }],
    [{ ok: 'markup', html: 1, url: 'https://a.example/x' }],
    [{ ok: 'yes', html: '', url: '' }],
  ])('refuses %j', (input) => {
    expect(parsePageReading(input)).toBeNull();
  });
});

describe('sendMessage', () => {
  beforeEach(() => fakeBrowser.reset());

  test('passes a successful answer through', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, data: { articles: 2, bytes: 10 } }));
    expect(await sendMessage({ type: 'library-stats' })).toEqual({ ok: true, data: { articles: 2, bytes: 10 } });
  });

  test('passes an error answer through', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false, error: 'Bad file.' }));
    expect(await sendMessage({ type: 'import-library', data: 1 })).toEqual({ ok: false, error: 'Bad file.' });
  });

  test('no listener (worker gone) becomes a typed failure, not a rejection', async () => {
    const res = await sendMessage({ type: 'list-articles' });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(/background/);
  });

  test('a thrown error becomes a typed failure', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    const res = await sendMessage({ type: 'get-settings' });
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/not answering/) });
  });
});

describe('parsePanelEvent', () => {
  const report = { status: 'not-article', tabId: 2, message: 'Not an article.' };
  test.each([
    [{ type: 'tab-state', tabId: 2, tab: { state: 'checking' } }, { type: 'tab-state', tabId: 2, tab: { state: 'checking' } }],
    [{ type: 'tab-state', tabId: 2, tab: { state: 'unchecked' } }, { type: 'tab-state', tabId: 2, tab: { state: 'unchecked' } }],
    [{ type: 'tab-state', tabId: 2, tab: { state: 'checked', report } }, { type: 'tab-state', tabId: 2, tab: { state: 'checked', report } }],
    [{ type: 'tab-state', tabId: 2, tab: { state: 'failed', error: 'No.' } }, { type: 'tab-state', tabId: 2, tab: { state: 'failed', error: 'No.' } }],
    [{ type: 'notice', tabId: 0, message: 'Saved.', extra: 1 }, { type: 'notice', tabId: 0, message: 'Saved.' }],
    [{ type: 'quote-shown', index: 3, tabId: 9 }, { type: 'quote-shown', index: 3 }],
  ])('accepts %j', (input, expected) => {
    expect(parsePanelEvent(input)).toEqual(expected);
  });

  test.each([
    [null],
    [{ type: 'check-tab', tabId: 1 }],
    [{ type: 'tab-state', tabId: 2 }],
    [{ type: 'tab-state', tabId: 2, tab: { state: 'done' } }],
    [{ type: 'tab-state', tabId: 2, tab: { state: 'checked' } }],
    [{ type: 'tab-state', tabId: 2, tab: { state: 'checked', report: { status: 'ok' } } }],
    [{ type: 'tab-state', tabId: 2, tab: { state: 'failed' } }],
    [{ type: 'notice', tabId: 1, message: 'x'.repeat(501) }],
    [{ type: 'notice', message: 'Saved.' }],
    [{ type: 'quote-shown', index: -1 }],
    [{ type: 'quote-shown' }],
  ])('refuses %j', (input) => {
    expect(parsePanelEvent(input)).toBeNull();
  });
});

describe('sendEvent', () => {
  beforeEach(() => fakeBrowser.reset());

  test('reaches a listening page', async () => {
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => void seen.push(m));
    await sendEvent({ type: 'notice', tabId: 1, message: 'Saved.' });
    expect(seen).toEqual([{ type: 'notice', tabId: 1, message: 'Saved.' }]);
  });

  test('nobody listening (panel closed) resolves quietly', async () => {
    await expect(sendEvent({ type: 'quote-shown', index: 0 })).resolves.toBeUndefined();
  });
});
