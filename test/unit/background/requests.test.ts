/**
 * The background's request answers (entrypoints/background/requests.ts): each request reaches the
 * part that answers it, failures come back in words, page requests are refused, and a cached index
 * found damaged only when queried is dropped and the request answered again from a rebuilt one.
 */
import { openDB } from 'idb';
import { describe, expect, test, vi } from 'vitest';
import type { Background } from '@/entrypoints/background/create-background';
import { CoverageIndex } from '@/utils/index/coverage-index';
import type { Request } from '@/utils/protocol/messages';
import { background, call, currentDbName, ok, openStore, openTab, PAGE0, PAGE1, useFakeTabs } from './background-fixture';

useFakeTabs('requests');

async function twoSaved(bg: Background) {
  await call(bg, { type: 'save-article', tabId: await openTab(PAGE0) });
  await call(bg, { type: 'save-article', tabId: await openTab(PAGE1) });
}

test.each<[Request, 'library' | 'tabs', string, unknown[]]>([
  [{ type: 'check-tab', tabId: 3 }, 'tabs', 'checkTab', [3]],
  [{ type: 'save-article', tabId: 3 }, 'tabs', 'saveTab', [3]],
  [{ type: 'remove-article', id: 'x' }, 'library', 'remove', ['x']],
  [{ type: 'article-history', id: 'x' }, 'library', 'history', ['x']],
  [{ type: 'list-articles' }, 'library', 'list', []],
  [{ type: 'search-library', query: 'gor' }, 'library', 'search', ['gor']],
  [{ type: 'export-library' }, 'library', 'exportFile', []],
  [{ type: 'import-library', data: { articles: [] } }, 'library', 'importFile', [{ articles: [] }]],
  [{ type: 'library-stats' }, 'library', 'stats', []],
  [{ type: 'load-samples' }, 'library', 'loadSamples', []],
  [{ type: 'get-settings' }, 'library', 'getSettings', []],
  [{ type: 'set-settings', settings: { highlights: false } }, 'tabs', 'applySettings', [{ highlights: false }]],
  [{ type: 'clear-library' }, 'tabs', 'clearLibrary', []],
  [{ type: 'get-tab-state', tabId: 3 }, 'tabs', 'tabState', [3]],
  [{ type: 'export-evidence', tabId: 3, format: 'md' }, 'tabs', 'exportEvidence', [3, 'md']],
])('%j is answered by %s.%s', async (req, part, method, args) => {
  const bg = background({ notify: () => {} });
  const answer = { answeredBy: `${part}.${method}` };
  const answers = vi.spyOn(bg[part] as unknown as Record<string, () => Promise<unknown>>, method).mockResolvedValue(answer);
  expect(await bg.requests.handle(req)).toEqual({ ok: true, data: answer });
  expect(answers).toHaveBeenCalledWith(...args);
});

describe('library evidence', () => {
  const doc = { text: '# x', fileName: 'verbatim-family-x.md', mediaType: 'text/markdown;charset=utf-8', unanchored: 0 };
  test.each<[string, Request, 'familyEvidence' | 'speakerEvidence', unknown, unknown[], unknown]>([
    ['a family document', { type: 'export-family-evidence', articleId: 'a', offset: 4, format: 'md' }, 'familyEvidence', doc, [{ articleId: 'a', offset: 4 }, 'md'], { ok: true, data: doc }],
    ['a speaker document', { type: 'export-speaker-evidence', name: 'Gor', format: 'html' }, 'speakerEvidence', doc, ['Gor', 'html'], { ok: true, data: doc }],
    ['a family gone, in words', { type: 'export-family-evidence', articleId: 'a', offset: 4, format: 'md' }, 'familyEvidence', { refused: 'not-found' }, [{ articleId: 'a', offset: 4 }, 'md'], { ok: false, error: expect.stringMatching(/^This quote family is no longer in the library/) }],
    ['a person gone, in words', { type: 'export-speaker-evidence', name: 'Gor', format: 'md' }, 'speakerEvidence', { refused: 'not-found' }, ['Gor', 'md'], { ok: false, error: expect.stringMatching(/^Nobody of this name is credited/) }],
    ['nothing to annotate, in words', { type: 'export-family-evidence', articleId: 'a', offset: 4, format: 'annotations' }, 'familyEvidence', { refused: 'no-text' }, [{ articleId: 'a', offset: 4 }, 'annotations'], { ok: false, error: expect.stringMatching(/^Nothing to annotate: the saved articles no longer hold/) }],
  ])('%s', async (_name, req, method, answer, args, expected) => {
    const bg = background({ notify: () => {} });
    const asked = vi.spyOn(bg.library, method).mockResolvedValue(answer as never);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await bg.requests.handle(req)).toEqual(expected);
    expect(asked).toHaveBeenCalledWith(...args);
  });
});

describe('answers', () => {
  test('settings persist across workers', async () => {
    const bg = background();
    const next = await call(bg, { type: 'set-settings', settings: { automatic: true, sites: ['127.0.0.1'] } });
    expect(next).toMatchObject({ automatic: true, sites: ['127.0.0.1'], highlights: true });
    expect(await call(background(), { type: 'get-settings' })).toEqual(next);
  });

  test('a bad import changes nothing and says why', async () => {
    const bg = background();
    await twoSaved(bg);
    const before = await call(bg, { type: 'export-library' });
    const bad = { ...before, articles: [...before.articles, { ...before.articles[0], id: 'x', savedAt: 'soon' }] };
    const res = await bg.requests.handle({ type: 'import-library', data: bad });
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/Article 3 of 3 is damaged: "savedAt"/) });
    expect(await call(bg, { type: 'export-library' })).toEqual({ ...before, exportedAt: expect.any(String) });
  });

  test('page requests are not the background’s to answer', async () => {
    const bg = background({ notify: () => {} });
    for (const req of [{ type: 'focus-quote', index: 0 }, { type: 'step-quote', step: 1 }, { type: 'toggle-highlights' }] as const) {
      const res = await bg.requests.handle(req);
      expect(res.ok).toBe(false);
    }
  });
});

describe('a damaged index cache', () => {
  /** The ids in the cached index, and whether it is at the store's generation. */
  async function cached() {
    const { cache, generation } = await (await openStore()).readIndexCache();
    const index = CoverageIndex.load(cache?.json);
    return { current: cache?.generation === generation, ids: index?.ids().sort() };
  }

  test.each<[string, () => Promise<void>, boolean]>([
    ['no cache', async () => {
      const raw = await openDB(currentDbName());
      await raw.delete('meta', 'coverage-index');
      raw.close();
    }, false],
    ['a cache of another index format', async () => {
      const raw = await openDB(currentDbName());
      await raw.put('meta', { ...(await raw.get('meta', 'coverage-index')), formatVersion: -1 }, 'coverage-index');
      raw.close();
    }, false],
    ['a cache that loads but whose postings do not decode', async () => {
      const raw = await openDB(currentDbName());
      const cache = await raw.get('meta', 'coverage-index');
      const { starts, parts } = cache.json.postings as { starts: Int32Array; parts: { first: Int32Array } };
      // Every block's first id is no varint: the load's and the parts' checks pass, the first query fails.
      const keys = (await raw.getAllKeys('meta')).filter((k) => String(k).startsWith('coverage-index-part:')).sort();
      expect(keys).toHaveLength(parts.first.length - 1);
      for (const [p, key] of keys.entries()) {
        const units = [...((await raw.get('meta', key)) as string)];
        const base = starts[parts.first[p]];
        for (let k = parts.first[p]; k < parts.first[p + 1]; k++) units[starts[k] - base + 1] = '\uffff';
        await raw.put('meta', units.join(''), key);
      }
      raw.close();
    }, true],
    ['a cache missing one of its parts', async () => {
      const raw = await openDB(currentDbName());
      const [key] = (await raw.getAllKeys('meta')).filter((k) => String(k).startsWith('coverage-index-part:'));
      await raw.delete('meta', key);
      raw.close();
    }, true],
  ])('%s: the index is rebuilt from the store', async (_name, spoil, foundLate) => {
    const first = background();
    await call(first, { type: 'save-article', tabId: await openTab(PAGE0) });
    await first.library.flushIndexCache();
    await spoil();
    const second = background();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(ok(await call(second, { type: 'check-tab', tabId: await openTab(PAGE0) })).saved).toBe('yes');
    // Damage the load cannot see is found by the check's first query, which then runs again.
    expect(warn).toHaveBeenCalledTimes(foundLate ? 1 : 0);
    warn.mockRestore();
    expect(second.library.indexSource).toBe('rebuilt');
    expect(await cached()).toEqual({ current: true, ids: [PAGE0] }); // and re-cached at once
  });
});
