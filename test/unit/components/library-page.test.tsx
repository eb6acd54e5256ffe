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
    history: vi.fn(async () => ({ ok: true as const, data: null })),
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
    familiesProgress: vi.fn(async () => ({ ok: true as const, data: null })),
    exportFamily: vi.fn(async () => ({ ok: true, message: 'Saved' })),
    exportSpeaker: vi.fn(async () => ({ ok: true, message: 'Saved' })),
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
    const speakers = { merged: [['Gor', 'Sergio Gor']] as [string, string][], split: [] };
    await pick(new File([JSON.stringify(buildExportFile(articles, new Date(), speakers))], 'lib.json'));
    expect(vi.mocked(actions.importFile).mock.calls.map(([f]) => f.articles.length)).toEqual([100, 100, 50]);
    // The reader's speaker merges go with the first batch only, and no later batch holds the field at all.
    expect(vi.mocked(actions.importFile).mock.calls.map(([f]) => ('speakers' in f ? f.speakers : 'none'))).toEqual([speakers, 'none', 'none']);
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

describe('article versions', () => {
  const quote = (text: string, speaker: string | null = 'Ruth Obi') => ({
    text, start: 0, end: text.length, parts: [{ start: 0, end: text.length }], speaker, cue: 'said', speakerMention: null, speakerNamedAt: null, fragment: false,
  });
  const match = (over: object) => ({
    articleId: 'b', outlet: 'Outlet b', url: 'https://b.example/a', title: 'Title b', date: null, text: 'x', start: 0, end: 1,
    speaker: 'Ruth Obi', kind: 'altered' as const, similarity: 0.9, speakerConflict: false, meaningChanges: [],
    diff: [{ op: 'equal' as const, text: 'finished' }, { op: 'delete' as const, text: 'before' }, { op: 'insert' as const, text: 'after' }, { op: 'equal' as const, text: 'winter' }],
    ...over,
  });
  const HISTORY = {
    id: 'b',
    versions: [
      { title: 'First title', date: null, url: 'https://b.example/a', outlet: 'Outlet b', savedAt: Date.UTC(2026, 4, 4, 9, 30) },
      { title: 'Corrected title', date: null, url: 'https://b.example/a', outlet: 'Outlet b', savedAt: Date.UTC(2026, 4, 5, 11, 0) },
    ],
    edits: [
      { change: 'edited' as const, quote: quote('finished before winter'), now: match({}) },
      { change: 'edited' as const, quote: quote('the wall holds'), now: match({ kind: 'verbatim', speakerConflict: true, speaker: 'Tom Hale', diff: [{ op: 'equal', text: 'the wall holds' }] }) },
      { change: 'removed' as const, quote: quote('nobody pays a toll'), now: null },
      { change: 'added' as const, quote: quote('the money is set aside'), now: null },
    ],
  };
  const withVersions = [{ ...LIST[0], earlierVersions: 1 }, LIST[1], LIST[2]];

  test('only articles saved again with changes offer their versions; the toggle opens and closes them', async () => {
    const history = vi.fn(async () => ({ ok: true as const, data: HISTORY }));
    await mount(fakeActions({ list: vi.fn(async () => ({ ok: true as const, data: withVersions })), history }));
    const toggles = $$('[data-testid="article-versions-toggle"]');
    expect(toggles).toHaveLength(1);
    expect(toggles[0].textContent).toBe('2 versions');
    expect(toggles[0].getAttribute('aria-expanded')).toBe('false');
    await act(async () => toggles[0].click());
    await settle();
    expect(history).toHaveBeenCalledWith('b');
    expect(toggles[0].getAttribute('aria-expanded')).toBe('true');
    expect($(`#${toggles[0].getAttribute('aria-controls')}`)).toBeTruthy();
    const items = $$('[data-testid="article-versions"] .version-list li').map((li) => li.textContent);
    expect(items).toEqual(['2026-05-04 09:30 UTC · first saved · First title', '2026-05-05 11:00 UTC · current · Corrected title']);
    const edits = $$('[data-testid="quote-edit"]');
    expect(edits.map((e) => e.dataset.change)).toEqual(['edited', 'edited', 'removed', 'added']);
    expect(edits[0].textContent).toContain('Edited after first save');
    expect(edits[0].querySelector('del')?.textContent).toContain('before');
    expect(edits[0].querySelector('ins')?.textContent).toContain('after');
    expect(edits[1].textContent).toContain('First credited to Ruth Obi, now to Tom Hale.');
    expect(edits[2].textContent).toBe('Removed after first savenobody pays a toll');
    expect(edits[3].textContent).toContain('Added after first save');
    await act(async () => toggles[0].click());
    expect($('[data-testid="article-versions"]')).toBeNull();
  });

  test.each([
    ['no quote changed', { ok: true as const, data: { ...HISTORY, edits: [] } }, 'No quote changed between the first save and now.'],
    ['removed meanwhile', { ok: true as const, data: null }, 'This article is no longer in the library.'],
    ['the background failed', { ok: false as const, error: 'Verbatim’s background did not answer.' }, 'Verbatim’s background did not answer.'],
  ])('%s: says so', async (_name, answer, said) => {
    await mount(fakeActions({ list: vi.fn(async () => ({ ok: true as const, data: withVersions })), history: vi.fn(async () => answer) }));
    await act(async () => $('[data-testid="article-versions-toggle"]').click());
    await settle();
    expect($('[data-testid="library-article"][data-id="b"]').textContent).toContain(said);
  });
});
