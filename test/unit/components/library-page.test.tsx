/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { groupByStory } from '@/components/library/ArticleList';
import { LibraryPage, type LibraryActions } from '@/components/library/LibraryPage';
import { formatBytes } from '@/components/library/StorageUsage';
import { buildExportFile } from '@/utils/storage/export-format';
import type { ArticleSummary } from '@/utils/protocol/messages';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';

const summary = (id: string, storyKey: string, savedAt: number): ArticleSummary => ({
  id, storyKey, savedAt, title: `Title ${id}`, outlet: `Outlet ${id}`, url: `https://${id}.example/a`, date: '2026-03-13', quoteCount: 2,
});
const LIST = [summary('b', 's1', 3), summary('c', 's2', 2), summary('a', 's1', 1)];

function fakeActions(over: Partial<LibraryActions> = {}): LibraryActions {
  return {
    list: vi.fn(async () => ({ ok: true as const, data: LIST })),
    search: vi.fn(async () => ({ ok: true as const, data: [] })),
    remove: vi.fn(async () => ({ ok: true as const, data: { removed: true } })),
    stats: vi.fn(async () => ({ ok: true as const, data: { articles: 3, bytes: 2048 } })),
    exportLibrary: vi.fn(async () => ({ ok: true as const, data: buildExportFile([]) })),
    download: vi.fn(),
    readFile: vi.fn(async (file: File) => file.text()),
    importFile: vi.fn(async (data) => ({ ok: true as const, data: { added: data.articles.length, updated: 0, skipped: 0 } })),
    loadSamples: vi.fn(async () => ({ ok: true as const, data: { added: 2 } })),
    clear: vi.fn(async () => ({ ok: true as const, data: { removed: 3 } })),
    getSettings: vi.fn(async () => ({ ok: true as const, data: { ...DEFAULT_SETTINGS } })),
    changeSettings: vi.fn(async (current, patch) => ({ ok: true as const, data: { ...current, ...patch } })),
    listFamilies: vi.fn(async () => ({ ok: true as const, data: { total: 0, families: [] } })),
    getFamily: vi.fn(async () => ({ ok: true as const, data: null })),
    listSpeakers: vi.fn(async () => ({ ok: true as const, data: [] })),
    getSpeaker: vi.fn(async () => ({ ok: true as const, data: null })),
    getFidelity: vi.fn(async () => ({ ok: true as const, data: [] })),
    ...over,
  };
}

let host: HTMLElement | undefined;
/** Lets the page's chain of awaited actions (read, check, batches, refresh) settle. */
async function settle() {
  for (let i = 0; i < 10; i++) await act(async () => {});
}
async function mount(actions: LibraryActions): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => render(<LibraryPage actions={actions} />, host!));
  await settle();
  return host;
}
afterEach(() => {
  if (!host) return;
  act(() => render(null, host!));
  host.remove();
  host = undefined;
});
const $ = (sel: string) => host!.querySelector(sel) as HTMLElement;
const $$ = (sel: string) => [...host!.querySelectorAll(sel)] as HTMLElement[];

async function pick(file: File) {
  const input = $('[data-testid="import-file"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => void input.dispatchEvent(new Event('change')));
  await settle();
}

describe('groupByStory', () => {
  test('stories in list order, oldest article first inside', () => {
    expect(groupByStory(LIST).map((s) => [s.key, s.articles.map((a) => a.id)])).toEqual([
      ['s1', ['a', 'b']],
      ['s2', ['c']],
    ]);
  });
});

test.each([
  [0, '0 B'],
  [2048, '2.0 KB'],
  [200 * 1024, '200 KB'],
  [3 * 1024 * 1024, '3.0 MB'],
])('formatBytes(%d) = %s', (n, text) => expect(formatBytes(n)).toBe(text));

describe('LibraryPage', () => {
  test('lists articles by story with usage', async () => {
    await mount(fakeActions());
    expect($$('[data-testid="story-group"]')).toHaveLength(2);
    expect($$('[data-testid="library-article"]').map((e) => e.dataset.id)).toEqual(['a', 'b', 'c']);
    expect($('[data-testid="storage-usage"]').textContent).toMatch(/3 saved articles · 2\.0 KB/);
    expect($('[data-testid="remove-article"]').getAttribute('aria-label')).toMatch(/Remove “Title a”/);
  });

  test('a bad file is refused with its reason and nothing is sent', async () => {
    const actions = fakeActions();
    await mount(actions);
    await pick(new File(['{"format":"pocket"}'], 'export.json'));
    expect($('[data-testid="import-error"]').textContent).toMatch(/“export.json” was not imported. .*not a Verbatim export/);
    expect(actions.importFile).not.toHaveBeenCalled();
  });

  test('a good file is sent in batches and summed', async () => {
    const actions = fakeActions();
    await mount(actions);
    const articles = Array.from({ length: 250 }, (_, i) => ({
      id: `id-${i}`, url: '', outlet: 'O', title: 'T', date: null, byline: null, lang: null, text: 'Text.', paragraphs: [{ start: 0, end: 5 }], savedAt: i,
    }));
    await pick(new File([JSON.stringify(buildExportFile(articles))], 'lib.json'));
    expect(vi.mocked(actions.importFile).mock.calls.map(([f]) => f.articles.length)).toEqual([100, 100, 50]);
    expect($('[data-testid="import-result"]').textContent).toBe('Import finished: 250 added.');
  });

  test('clear asks first; cancel keeps everything', async () => {
    const actions = fakeActions();
    await mount(actions);
    await act(async () => $('[data-testid="clear-all"]').click());
    expect(host!.textContent).toMatch(/Remove all 3 saved articles\?/);
    await act(async () => ($$('.confirm button')[1] as HTMLButtonElement).click());
    expect(actions.clear).not.toHaveBeenCalled();
    await act(async () => $('[data-testid="clear-all"]').click());
    await act(async () => $('[data-testid="clear-confirm"]').click());
    expect(actions.clear).toHaveBeenCalledOnce();
  });

  test('turning on automatic mode goes through changeSettings with the current settings', async () => {
    const actions = fakeActions();
    await mount(actions);
    await act(async () => $('[data-testid="setting-automatic"]').click());
    expect(actions.changeSettings).toHaveBeenCalledWith(DEFAULT_SETTINGS, { automatic: true });
    expect(($('[data-testid="setting-automatic"]') as HTMLInputElement).checked).toBe(true);
  });
});
