/** @vitest-environment happy-dom */
/**
 * The library's families, speakers and fidelity views (hash routes), drawn from protocol answers:
 * what each shows, in words as well as colours.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { LibraryPage, type LibraryActions } from '@/components/library/LibraryPage';
import type { FamilyVersion, FamilyView, OutletFidelity, SpeakerView } from '@/utils/protocol/messages';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';
import type { LibraryRoute } from '@/utils/ui/library-route';

const ok = <T,>(data: T) => ({ ok: true as const, data });

function actions(over: Partial<LibraryActions> = {}): LibraryActions {
  return {
    list: vi.fn(async () => ok([])),
    search: vi.fn(async () => ok([])),
    remove: vi.fn(async () => ok({ removed: true })),
    stats: vi.fn(async () => ok({ articles: 2, bytes: 10 })),
    exportLibrary: vi.fn(),
    download: vi.fn(),
    readFile: vi.fn(),
    importFile: vi.fn(),
    loadSamples: vi.fn(),
    clear: vi.fn(),
    getSettings: vi.fn(async () => ok({ ...DEFAULT_SETTINGS, speakers: { merged: [], split: [] } })),
    changeSettings: vi.fn(async (current, patch) => ok({ ...current, ...patch })),
    listFamilies: vi.fn(async () => ok({ total: 0, families: [] })),
    getFamily: vi.fn(async () => ok(null)),
    listSpeakers: vi.fn(async () => ok([])),
    getSpeaker: vi.fn(async () => ok(null)),
    getFidelity: vi.fn(async () => ok([])),
    familiesProgress: vi.fn(async () => ok(null)),
    exportFamily: vi.fn(async () => ({ ok: true, message: 'Saved verbatim-family.md' })),
    exportSpeaker: vi.fn(async () => ({ ok: true, message: 'Saved verbatim-speaker.md' })),
    ...over,
  } as LibraryActions;
}

let host: HTMLElement | undefined;
async function mount(a: LibraryActions, route: LibraryRoute): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  await act(async () => render(<LibraryPage actions={a} route={route} />, host!));
  for (let i = 0; i < 10; i++) await act(async () => {});
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

const version = (over: Partial<FamilyVersion>): FamilyVersion => ({
  articleId: 'a', outlet: 'Outlet A', title: 'T', url: 'https://a.example/x', date: '2026-03-13', savedAt: 1, form: 'quote',
  text: 'we will ensure the supply chains', start: 10, end: 40, speaker: 'Sergio Gor', reference: false, kind: null,
  similarity: 1, speakerConflict: false, meaningChanges: [], diff: [], ...over,
});
const reference = version({ reference: true });
const FAMILY: FamilyView = {
  id: { articleId: 'a', offset: 10 },
  reference,
  versions: [
    reference,
    version({ articleId: 'b', outlet: 'IANS', form: 'passage', text: 'he said they would secure supply chains', kind: 'paraphrase', speaker: null, meaningChanges: ['not'], diff: [{ op: 'delete', text: 'ensure the' }, { op: 'insert', text: 'secure' }] }),
    version({ articleId: 'c', outlet: 'Undated Daily', date: null, kind: null }),
  ],
  firstSeen: { articleId: 'a', outlet: 'Outlet A', date: '2026-03-13', tiedOnDate: true, undated: 1 },
  outlets: ['Outlet A', 'IANS', 'Undated Daily'],
};

describe('routes', () => {
  test.each([
    [{ view: 'families' }, 'families-view', 'nav-families'],
    [{ view: 'speakers' }, 'speakers-view', 'nav-speakers'],
    [{ view: 'fidelity' }, 'fidelity-view', 'nav-fidelity'],
  ] as const)('%o shows its view and marks its link current', async (route, view, nav) => {
    await mount(actions(), route);
    expect($(`[data-testid="${view}"]`)).not.toBeNull();
    expect($(`[data-testid="${nav}"]`).getAttribute('aria-current')).toBe('page');
    expect($$('[aria-current="page"]')).toHaveLength(1);
  });
});

describe('family page', () => {
  test('reference, first seen (tie and undated marked), versions with kind, flags, diff, form and missing date', async () => {
    const getFamily = vi.fn(async () => ok(FAMILY));
    await mount(actions({ getFamily }), { view: 'family', articleId: 'a', offset: 10 });
    expect(getFamily).toHaveBeenCalledWith({ articleId: 'a', offset: 10 });
    expect($('[data-testid="family-reference"]').textContent).toContain('we will ensure the supply chains');
    const first = $('[data-testid="first-seen"]').textContent!;
    expect(first).toContain('First seen in your library: Outlet A, 2026-03-13.');
    expect(first).toContain('the one saved first is named');
    expect(first).toContain('1 version has no date');
    const versions = $$('[data-testid="family-version"]');
    expect(versions.map((v) => v.dataset.kind)).toEqual(['', 'paraphrase', '']);
    expect(versions[0].textContent).toContain('Reference');
    expect(versions[1].textContent).toContain('not quoted (indirect speech)');
    expect(versions[1].querySelector('[data-verdict="paraphrase"]')?.textContent).toContain('Paraphrase');
    expect(versions[1].querySelector('[data-flag="meaning-change"]')).not.toBeNull();
    expect(versions[1].textContent).toContain('secure');
    expect(versions[2].querySelector('[data-testid="no-date"]')?.textContent).toBe('no date');
    expect(versions[2].textContent).toContain('Linked through another version');
    expect(versions[0].querySelector('[data-testid="speaker-link"]')?.getAttribute('href')).toBe('#speaker/Sergio%20Gor');
  });

  test('a family no longer in the library says so', async () => {
    await mount(actions(), { view: 'family', articleId: 'gone', offset: 0 });
    expect($('[data-testid="family-not-found"]').textContent).toContain('not in your library');
  });
});

describe('a view\'s content asked before the page loaded (library-early.js)', () => {
  const PERSON: SpeakerView = {
    name: 'Sergio Gor', aliases: ['Sergio Gor'], outlets: ['Outlet A'],
    quotes: [{ articleId: 'a', outlet: 'Outlet A', title: 'T', url: 'https://a.example/x', date: '2026-03-13', savedAt: 1, text: 'we will ensure the supply chains', start: 10, credited: 'Sergio Gor', versions: 3 }],
    total: 1,
  };
  test.each<[string, LibraryRoute, Partial<LibraryActions>, string]>([
    ['family', { view: 'family', articleId: 'a', offset: 10 }, { getFamily: vi.fn(async () => ok(FAMILY)) }, 'family-version'],
    ['speaker', { view: 'speaker', name: 'Sergio Gor' }, { getSpeaker: vi.fn(async () => ok(PERSON)) }, 'speaker-quote'],
    ['speakers', { view: 'speakers' }, { listSpeakers: vi.fn(async () => ok([{ name: 'Sergio Gor', aliases: ['Sergio Gor'], quotes: 1, outlets: 1 }])) }, 'speaker-item'],
  ])('%s: a reply already here is in the page before any frame or timer (fails with a passive effect: a frame later)', async (_label, route, over, testId) => {
    host = document.createElement('div');
    document.body.append(host);
    render(<LibraryPage actions={actions(over)} route={route} />, host);
    // Microtasks only: no timer or animation frame has run.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect($$(`[data-testid="${testId}"]`).length).toBeGreaterThan(0);
  });
});

describe('evidence export on a family and a speaker page', () => {
  const GOR_PAGE: SpeakerView = { name: 'Sergio Gor', aliases: ['Sergio Gor'], outlets: ['Outlet A'], quotes: [], total: 0 };
  /** Chooses a format in the page's Export control and presses its button. */
  async function exportAs(format: string) {
    const select = $('[data-testid="evidence-export"] [data-testid="export-format"]') as HTMLSelectElement;
    select.value = format;
    await act(async () => void select.dispatchEvent(new Event('change')));
    await act(async () => $('[data-testid="evidence-export"] [data-testid="export-button"]').click());
    for (let i = 0; i < 5; i++) await act(async () => {});
  }

  test.each<[string, LibraryRoute, 'exportFamily' | 'exportSpeaker', unknown, string]>([
    ['a family, by its reference', { view: 'family', articleId: 'a', offset: 10 }, 'exportFamily', { articleId: 'a', offset: 10 }, 'Export this family as evidence'],
    ['a person, by the name shown', { view: 'speaker', name: 'Gor' }, 'exportSpeaker', 'Sergio Gor', 'Export these quotes as evidence'],
  ])('%s: each format asked for, the outcome written and announced', async (_name, route, action, subject, heading) => {
    const run = vi.fn(async (_s: unknown, choice: string) => ({ ok: choice !== 'annotations', message: choice === 'annotations' ? 'Not exported: Nothing to annotate' : `Saved ${choice}` }));
    await mount(actions({ getFamily: vi.fn(async () => ok(FAMILY)), getSpeaker: vi.fn(async () => ok(GOR_PAGE)), [action]: run }), route);
    expect($('#evidence-export-title').textContent).toBe(heading);
    expect($('[data-testid="evidence-export"] label').textContent).toBe('Export');
    for (const format of ['md', 'html', 'annotations', 'claimreview', 'copy-md']) {
      await exportAs(format);
      expect(run).toHaveBeenLastCalledWith(subject, format);
      const said = format === 'annotations' ? 'Not exported: Nothing to annotate' : `Saved ${format}`;
      expect($('[data-testid="export-status"]').textContent).toBe(said);
      expect($('[data-testid="evidence-export"] [data-testid="announcer"]').textContent).toBe(said);
    }
    expect($('[data-testid="export-status"]').dataset.ok).toBe('true');
  });
});

describe('families list', () => {
  test('each family links to its page; the search asks again', async () => {
    const listFamilies = vi.fn(async () => ok({ total: 1, families: [{ id: { articleId: 'https://a.example/x', offset: 10 }, text: 'we will ensure', speaker: 'Sergio Gor', versions: 2, outlets: 2, firstDate: '2026-03-13' }] }));
    await mount(actions({ listFamilies }), { view: 'families' });
    const link = $('[data-testid="family-item"] a');
    expect(link.getAttribute('href')).toBe('#family/https%3A%2F%2Fa.example%2Fx/10');
    expect($('[data-testid="family-item"]').textContent).toContain('2 versions · 2 outlets');
    const input = $('[data-testid="families-search"]') as HTMLInputElement;
    input.value = 'gor';
    await act(async () => void input.dispatchEvent(new Event('input')));
    expect(listFamilies).toHaveBeenLastCalledWith('gor');
  });
});

describe('speaker page', () => {
  const GOR: SpeakerView = {
    name: 'Sergio Gor', aliases: ['Sergio Gor', 'Ambassador Gor'], outlets: ['Outlet A', 'IANS'],
    quotes: [
      { articleId: 'a', outlet: 'Outlet A', title: 'T', url: '', date: '2026-03-13', savedAt: 1, text: 'one', start: 5, credited: 'Sergio Gor', versions: 2 },
      { articleId: 'b', outlet: 'IANS', title: 'U', url: '', date: '2026-03-13', savedAt: 2, text: 'two', start: 9, credited: 'Ambassador Gor', versions: 1 },
    ],
    total: 2,
  };

  test('lists every quote, links the ones with versions to their family, and splits an alias off by hand', async () => {
    const changeSettings = vi.fn(async (current, patch) => ok({ ...current, ...patch }));
    await mount(actions({ getSpeaker: vi.fn(async () => ok(GOR)), changeSettings }), { view: 'speaker', name: 'Sergio Gor' });
    expect($$('[data-testid="speaker-quote"]').map((q) => q.dataset.article)).toEqual(['a', 'b']);
    expect($$('[data-testid="speaker-quote-family"]').map((a) => a.getAttribute('href'))).toEqual(['#family/a/5']);
    expect($$('[data-testid="speaker-quote"]')[1].textContent).toContain('credited as Ambassador Gor');
    await act(async () => $('[data-testid="speaker-alias"] button').click());
    expect(changeSettings).toHaveBeenCalledWith(expect.anything(), { speakers: { merged: [], split: ['Ambassador Gor'] } });
  });

  test('merging names another person the page knows', async () => {
    const changeSettings = vi.fn(async (current, patch) => ok({ ...current, ...patch }));
    const getSpeaker = vi.fn(async (name: string) => ok(name === 'Gor' ? { ...GOR, name: 'Gor', aliases: ['Gor'] } : GOR));
    await mount(actions({ getSpeaker, changeSettings }), { view: 'speaker', name: 'Sergio Gor' });
    const input = $('[data-testid="merge-speaker"]') as HTMLInputElement;
    input.value = 'Gor';
    await act(async () => void input.dispatchEvent(new Event('input')));
    await act(async () => void $('form.merge-form').dispatchEvent(new Event('submit')));
    for (let i = 0; i < 5; i++) await act(async () => {});
    expect(changeSettings).toHaveBeenCalledWith(expect.anything(), { speakers: { merged: [['Gor', 'Sergio Gor']], split: [] } });
  });

  test('a person with more quotes than the page shows: the count is the whole, "show more" asks for the next hundred and keeps the shown ones on screen', async () => {
    const quote = (i: number) => ({ ...GOR.quotes[0], articleId: `a${i}`, start: i, text: `quote ${i}` });
    const page = (n: number): SpeakerView => ({ ...GOR, quotes: Array.from({ length: Math.min(n, 230) }, (_, i) => quote(i)), total: 230 });
    let release: () => void = () => {};
    const getSpeaker = vi.fn(async (_name: string, limit?: number) => {
      if (limit !== undefined) await new Promise<void>((resolve) => (release = resolve));
      return ok(page(limit ?? 100));
    });
    await mount(actions({ getSpeaker }), { view: 'speaker', name: 'Sergio Gor' });
    expect($('[data-testid="speaker-page"] p.muted').textContent).toBe('230 quotes · 2 outlets');
    expect($$('[data-testid="speaker-quote"]')).toHaveLength(100);
    expect($('[data-testid="speaker-quotes-shown"]').textContent).toBe('Showing the first 100 of 230 quotes, oldest first.');
    expect($('[data-testid="speaker-show-more"]').textContent).toBe('Show 100 more');
    await act(async () => $('[data-testid="speaker-show-more"]').click());
    expect(getSpeaker).toHaveBeenLastCalledWith('Sergio Gor', 200);
    // While the longer page comes, the shown quotes stay and the button cannot be pressed twice.
    expect($$('[data-testid="speaker-quote"]')).toHaveLength(100);
    expect(($('[data-testid="speaker-show-more"]') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    for (let i = 0; i < 5; i++) await act(async () => {});
    expect($$('[data-testid="speaker-quote"]')).toHaveLength(200);
    expect($('[data-testid="speaker-show-more"]').textContent).toBe('Show 30 more');
    await act(async () => $('[data-testid="speaker-show-more"]').click());
    expect(getSpeaker).toHaveBeenLastCalledWith('Sergio Gor', 300);
    await act(async () => release());
    for (let i = 0; i < 5; i++) await act(async () => {});
    expect($$('[data-testid="speaker-quote"]')).toHaveLength(230);
    expect($$('[data-testid="speaker-show-more"]')).toHaveLength(0);
  });

  test('more quotes asked, then an alias split off before they come: the page asked after the split is the one shown', async () => {
    const quote = (i: number) => ({ ...GOR.quotes[0], articleId: `a${i}`, start: i, text: `quote ${i}` });
    let release: () => void = () => {};
    let split = false;
    const getSpeaker = vi.fn(async (_name: string, limit?: number) => {
      const n = limit ?? 100;
      const before = split;
      if (limit !== undefined) await new Promise<void>((resolve) => (release = resolve));
      // After the split the person has 150 quotes; the late reply is of the person before it (230).
      return ok({ ...GOR, quotes: Array.from({ length: Math.min(n, before ? 150 : 230) }, (_, i) => quote(i)), total: before ? 150 : 230 });
    });
    const changeSettings = vi.fn(async (current, patch) => { split = true; return ok({ ...current, ...patch }); });
    await mount(actions({ getSpeaker, changeSettings }), { view: 'speaker', name: 'Sergio Gor' });
    await act(async () => $('[data-testid="speaker-show-more"]').click());
    await act(async () => $('[data-testid="speaker-alias"] button').click());
    for (let i = 0; i < 5; i++) await act(async () => {});
    expect($('[data-testid="speaker-quotes-shown"]').textContent).toBe('Showing the first 100 of 150 quotes, oldest first.');
    await act(async () => release());
    for (let i = 0; i < 5; i++) await act(async () => {});
    expect($('[data-testid="speaker-quotes-shown"]').textContent).toBe('Showing the first 100 of 150 quotes, oldest first.');
    expect($$('[data-testid="speaker-quote"]')).toHaveLength(100);
  });
});

describe('fidelity', () => {
  const row = (outlet: string, n: number): OutletFidelity => ({ outlet, n, kinds: { verbatim: n - 1, partial: 0, altered: 0, paraphrase: 1 }, meaningChanges: 1, speakerConflicts: 0, families: n });

  test('n per outlet, small samples marked, each kind named with its count and share beside the bar', async () => {
    await mount(actions({ getFidelity: vi.fn(async () => ok([row('Big Wire', 40), row('Tiny Post', 2)])) }), { view: 'fidelity' });
    const rows = $$('[data-testid="fidelity-row"]');
    expect(rows.map((r) => r.dataset.outlet)).toEqual(['Big Wire', 'Tiny Post']);
    expect(rows[0].textContent).toContain('n = 40');
    expect(rows[0].querySelector('[data-testid="small-sample"]')).toBeNull();
    expect(rows[1].querySelector('[data-testid="small-sample"]')?.textContent).toBe('small sample');
    expect(rows[0].textContent).toContain('Verbatim 39 (98 %)');
    expect(rows[1].textContent).toContain('Paraphrased 1 (50 %)');
    expect(rows[0].textContent).toContain('Meaning changed: 1');
    expect(rows[0].querySelector('.bar')?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('while the families are being built', () => {
  test('a view says how far the build is, in words, and reads its data again once it is done; the articles are not listed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const answers = [ok({ done: 120, total: 10_000 }), ok({ done: 9_990, total: 10_000 }), ok(null)];
      const a = actions({ familiesProgress: vi.fn(async () => answers.shift() ?? ok(null)) });
      await mount(a, { view: 'fidelity' });
      expect($('[data-testid="families-progress"]').textContent).toContain('120 of 10,000 articles');
      expect($('[data-testid="families-progress"]').getAttribute('role')).toBe('status');
      expect(a.getFidelity).toHaveBeenCalledTimes(1);
      for (let i = 0; i < 2; i++) {
        await act(async () => void vi.advanceTimersByTime(1_000));
        for (let j = 0; j < 5; j++) await act(async () => {});
      }
      expect($('[data-testid="families-progress"]')).toBeNull();
      expect($('[data-testid="families-built"]')).not.toBeNull();
      expect(a.getFidelity).toHaveBeenCalledTimes(2); // read again: now complete
      expect(a.list).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  test('a view opened after the build ended shows no progress left from the view before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const answers = [ok({ done: 1, total: 2 })];
      const a = actions({ familiesProgress: vi.fn(async () => answers.shift() ?? ok(null)) });
      await mount(a, { view: 'fidelity' });
      expect($('[data-testid="families-progress"]')).not.toBeNull();
      // The reader moves on before the next ask; by then the build has ended (a worker restarted, or it finished).
      await act(async () => render(<LibraryPage actions={a} route={{ view: 'families' }} />, host!));
      for (let i = 0; i < 10; i++) await act(async () => {});
      expect(a.familiesProgress).toHaveBeenCalledTimes(2);
      expect($('[data-testid="families-progress"]')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  test('the speakers list builds nothing and asks nothing of the build', async () => {
    const a = actions();
    await mount(a, { view: 'speakers' });
    expect(a.familiesProgress).not.toHaveBeenCalled();
    expect($('[data-testid="families-progress"]')).toBeNull();
  });
});
