/**
 * The quote families survive a worker restart (issue 15): a new `Library` over the same storage
 * reads them from the families store instead of planning and aligning every saved quote again;
 * writes it missed are caught up from the change log; stored families that do not match the
 * articles are built again; and a build stopped part-way resumes from the rows it wrote.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { articleTextFromLines } from '@/utils/article/article-text';
import { QuoteFamilies } from '@/utils/families/quote-families';
import fc from 'fast-check';
import { speakerDirectory, speakerSummary, personNamed } from '@/utils/families/speakers';
import { joinSpeakerList, personInChunks, unpackSpeaker, unpackSpeakerRow } from '@/utils/families/speaker-list';
import { inSaveOrder } from '@/utils/storage/quote-rows';
import type { Library } from '@/utils/library/library';
import type { LibraryStorage } from '@/utils/storage/library-storage';
import type { Article } from '@/utils/types';
import { library, openStorage, PAGE0, PAGE1, save, STORAGE_KINDS, useStorage, withId } from './library-fixture';

/** Statements our invented outlets quote whole, cut or report (words we wrote). */
const SAID = [
  'the harbour bridge will reopen to traffic before the winter storms arrive in the valley',
  'our cooperative has doubled the wheat harvest across the northern provinces this season',
  'nobody in the ministry approved the secret payments to the shipping company last spring',
];
const OUTLETS = ['Harbour Post', 'Valley Times', 'Coastal Wire', 'Northern Ledger'];

/** Article k of outlet k: every statement, quoted whole, cut to nine words or reported by turns. */
function story(k: number): Article & { id: string } {
  const lines = SAID.map((s, i) => {
    const form = (i + k) % 3;
    const words = s.split(' ');
    const text = form === 1 ? words.slice(0, 9).join(' ') : s;
    return form === 2 ? `Ines Barrow said that ${s}.` : `“${text[0].toUpperCase()}${text.slice(1)},” Ines Barrow said on Tuesday.`;
  });
  const body = articleTextFromLines([`Officials met in the town hall on day ${k}.`, ...lines].join('\n'));
  const url = `https://outlet-${k}.example/story`;
  return withId({ url, outlet: OUTLETS[k % OUTLETS.length], title: `Story ${k}`, date: `2026-02-0${1 + k}`, byline: null, lang: 'en', ...body });
}

/** Every family as the library page lists it, each with its page: what a reader sees of them. */
async function seen(lib: Library) {
  const { families } = await lib.familyList('');
  const views = await Promise.all(families.map((f) => lib.family(f.id)));
  return { families, views };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(STORAGE_KINDS)('%s', (kind) => {
  useStorage(kind);

  async function built(): Promise<Awaited<ReturnType<typeof seen>>> {
    const first = library();
    for (let k = 0; k < 4; k++) await first.save({ article: story(k) });
    await save(first, PAGE0);
    await save(first, PAGE1);
    await first.familiesReady();
    return seen(first);
  }

  test('a worker restart reads the families from the store: no quote planned or aligned again', async () => {
    const before = await built();
    expect(before.families.length).toBeGreaterThan(2);
    const planned = [vi.spyOn(QuoteFamilies.prototype, 'planBuild'), vi.spyOn(QuoteFamilies.prototype, 'planSave'), vi.spyOn(QuoteFamilies, 'build')];
    const restored = vi.spyOn(QuoteFamilies, 'restore');
    const after = library(); // a new worker over the same storage
    expect(await seen(after)).toEqual(before);
    for (const spy of planned) expect(spy).not.toHaveBeenCalled();
    expect(restored).toHaveBeenCalledTimes(1);
  });

  /** A library over the test's storage that names each storage call it makes; the calls `hang` never settle. */
  async function counted(hang: ReadonlyArray<keyof LibraryStorage> = []): Promise<{ lib: Library; calls: string[]; read: string[] }> {
    const shared = await openStorage();
    const calls: string[] = [];
    const read: string[] = [];
    const counting = new Proxy(shared, {
      get(target, key: keyof LibraryStorage) {
        const value = target[key] as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(key);
          if (key === 'getMany') read.push(...(args[0] as string[]));
          if (hang.includes(key)) return new Promise(() => {});
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    return { lib: library({ openStore: async () => counting }), calls, read };
  }

  /** Every quote's and passage's place (from the family pages) and every person, with what a library holding the families whole shows there. */
  async function pagesOf(lib: Library) {
    await lib.familiesReady();
    const { views } = await seen(lib);
    const people = (await lib.speakers('')).map((p) => p.name);
    const refs = views.flatMap((v) => v!.versions.map((x) => ({ articleId: x.articleId, offset: x.start })));
    const speakers = await Promise.all(people.map((name) => lib.speaker(name)));
    // Quotes of one version too: every quote a person's page lists.
    for (const p of speakers) for (const q of p!.quotes) refs.push({ articleId: q.articleId, offset: q.start });
    refs.push({ articleId: PAGE0, offset: 0 }, { articleId: 'https://nowhere.example/', offset: 3 });
    return { refs, families: await Promise.all(refs.map((r) => lib.family(r))), people: [...people, 'Nobody Here'], speakers: [...speakers, null] };
  }

  test('after a worker restart, a family or speaker page reads its own rows, not every row, and shows what the whole families show', async () => {
    await built();
    const whole = await pagesOf(library());
    expect(whole.families.some((v) => v && v.versions.length > 2)).toBe(true);
    expect(whole.families.some((v) => v?.versions.some((x) => x.form === 'passage'))).toBe(true);
    expect(whole.families.some((v) => v?.versions.length === 1)).toBe(true);
    const { lib, calls } = await counted();
    const restore = vi.spyOn(QuoteFamilies, 'restore');
    for (const [i, ref] of whole.refs.entries()) expect(await lib.family(ref)).toEqual(whole.families[i]);
    for (const [i, name] of whole.people.entries()) expect(await lib.speaker(name)).toEqual(whole.speakers[i]);
    expect(calls).not.toContain('readFamilies');
    expect(calls).toContain('readFamilyGroups');
    // Each family read from its group's articles: never the six.
    for (const [, rows] of restore.mock.calls) expect(rows.length).toBeLessThan(6);
  });

  test('after a worker restart, a family page reads its own article and its stored page: no other saved article, though a version is matched again on its text', async () => {
    await built();
    // One statement quoted twice in one article: the second is a version no other outlet's match links to the reference directly.
    const twice = withId({ ...story(4), url: 'https://outlet-twice.example/story', ...articleTextFromLines(`“${SAID[0][0].toUpperCase()}${SAID[0].slice(1)},” Ines Barrow said.\nLater she said it again: “${SAID[0][0].toUpperCase()}${SAID[0].slice(1)},” Ines Barrow said.`) });
    const writer = library();
    await writer.save({ article: twice });
    await writer.familiesReady();
    const whole = await pagesOf(library());
    // The whole families' page matches the repeated quote again on its article's text (the page before schema v9 read it there).
    expect(whole.families.some((v) => v && v.versions.filter((x) => x.articleId === twice.id).length === 2)).toBe(true);
    for (const [i, ref] of whole.refs.entries()) {
      const { lib, read } = await counted(); // a worker of its own: nothing kept from another page
      expect(await lib.family(ref)).toEqual(whole.families[i]);
      expect(new Set(read)).toEqual(new Set([ref.articleId]));
    }
  });

  test('after a worker restart, family and person pages, the speakers list and the article count wait for no index (its load never settles here)', async () => {
    await built();
    const reference = library();
    const whole = await pagesOf(reference);
    const [people, stats] = [await reference.speakers(''), await reference.stats()];
    // Both ways an index loads (its cache, or every article to rebuild it) never answer.
    const { lib, calls } = await counted(['readIndexCache', 'snapshot']);
    for (const [i, ref] of whole.refs.entries()) expect(await answered(lib.family(ref))).toEqual(whole.families[i]);
    for (const [i, name] of whole.people.entries()) expect(await answered(lib.speaker(name))).toEqual(whole.speakers[i]);
    expect(await answered(lib.speakers(''))).toEqual(people);
    expect((await answered(lib.stats())).articles).toBe(stats.articles);
    expect(calls).not.toContain('readIndexCache');
    expect(calls).not.toContain('snapshot');
    expect(calls).not.toContain('readFamilies');
  });

  /** The speakers list made from every quote row of the storage (the directory of them all, the reader's overrides applied). */
  async function recomputed() {
    const store = await openStorage();
    const rows = inSaveOrder(await store.getQuotes());
    const credited = rows.map((r) => ({ quote: { speaker: r.speaker }, article: { outlet: r.outlet }, articleId: r.articleId, index: r.index, savedAt: r.savedAt }));
    return speakerDirectory(credited, (await store.getSettings()).speakers).map(speakerSummary);
  }

  test('the speakers list is stored for the next worker and kept current: a save, a removal or the reader\'s merges read no quote row, and equal a list made from every row', async () => {
    await built();
    const list = await library().speakers('');
    const next = await counted();
    expect(await next.lib.speakers('')).toEqual(list);
    expect(next.calls).not.toContain('getQuotes');
    await next.lib.save({ article: story(4) });
    const grown = await next.lib.speakers('');
    const quotesOf = (l: typeof list, name: string) => l.find((p) => p.name === name)?.quotes ?? 0;
    expect(quotesOf(grown, 'Ines Barrow')).toBeGreaterThan(quotesOf(list, 'Ines Barrow'));
    expect(grown).toEqual(await recomputed());
    const after = await counted();
    expect(await after.lib.speakers('')).toEqual(grown);
    await after.lib.setSettings({ speakers: { merged: [['Ines Barrow', 'Sergio Gor']], split: [] } });
    const merged = await after.lib.speakers('');
    expect(merged.length).toBe(grown.length - 1);
    expect(quotesOf(merged, 'Sergio Gor')).toBe(quotesOf(grown, 'Sergio Gor') + quotesOf(grown, 'Ines Barrow'));
    expect(merged).toEqual(await recomputed());
    await after.lib.remove(story(1).id);
    const shrunk = await after.lib.speakers('');
    expect(quotesOf(shrunk, 'Sergio Gor')).toBeLessThan(quotesOf(merged, 'Sergio Gor'));
    expect(shrunk).toEqual(await recomputed());
    expect([...next.calls, ...after.calls]).not.toContain('getQuotes');
  });

  test('after a worker restart, a person\'s page reads that person\'s stored chunk, not the whole speakers list', async () => {
    await built();
    const whole = await pagesOf(library());
    const { lib, calls } = await counted();
    for (const [i, name] of whole.people.entries()) expect(await lib.speaker(name)).toEqual(whole.speakers[i]);
    expect(calls).toContain('readSpeakerChunks');
    expect(calls).not.toContain('readSpeakerList');
    expect(calls).not.toContain('getQuotes');
  });

  test('after a worker restart, a person\'s page reads their quotes\' rows (title and url included), not their articles', async () => {
    await built();
    const whole = await pagesOf(library());
    const { lib, calls, read } = await counted();
    for (const [i, name] of whole.people.entries()) expect(await lib.speaker(name)).toEqual(whole.speakers[i]);
    expect(whole.speakers.filter((p) => p && p.quotes.length > 1).length).toBeGreaterThan(1);
    expect(calls).toContain('getQuotesAt');
    expect(read).toEqual([]);
    expect(calls.filter((c) => c === 'get' || c === 'getAll' || c === 'getMany')).toEqual([]);
  });

  /** Article k credited, quote by quote, to `names` (a name said to be credited may come out as the finder reads it). */
  function credited(k: number, names: readonly string[]): Article & { id: string } {
    const lines = names.map((name, i) => `“${SAID[i % SAID.length][0].toUpperCase()}${SAID[i % SAID.length].slice(1)},” ${name} said on day ${k}.`);
    const body = articleTextFromLines([`Officials met in the town hall on day ${k}.`, ...lines].join('\n'));
    return withId({ url: `https://credits-${k}.example/story`, outlet: OUTLETS[k % OUTLETS.length], title: `Credits ${k}`, date: `2026-03-0${1 + (k % 9)}`, byline: null, lang: 'en', ...body });
  }
  const NAMES = ['Ines Barrow', 'Barrow', 'Jonas Barrow', 'Tomas Vell', 'Vell', 'Ada Quill', 'the Harbour Board'];

  test('property: after any saves, removals, merges, splits and restarts, a person\'s page from their stored chunk equals the page from the whole list, by any name', async () => {
    const name = fc.constantFrom(...NAMES);
    // Saves and asks weighted up: a list kept from the stored one and written again in part needs an ask, a write, an ask.
    const step = fc.oneof(
      { arbitrary: fc.record({ save: fc.nat(4), names: fc.array(name, { minLength: 1, maxLength: 3 }) }), weight: 4 },
      { arbitrary: fc.record({ remove: fc.nat(4) }), weight: 1 },
      { arbitrary: fc.record({ merged: fc.array(fc.tuple(name, name), { maxLength: 2 }), split: fc.subarray(NAMES, { maxLength: 2 }) }), weight: 1 },
      { arbitrary: fc.constant('restart' as const), weight: 1 }, { arbitrary: fc.constant('list' as const), weight: 2 }, { arbitrary: fc.record({ page: name }), weight: 2 },
    );
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
      const store = await openStorage();
      await store.clear();
      await store.setSettings({ speakers: { merged: [], split: [] } });
      let lib = library();
      for (const s of steps) {
        if (s === 'restart') lib = library();
        else if (s === 'list') await lib.speakers('');
        else if ('save' in s) await lib.save({ article: credited(s.save, s.names) });
        else if ('remove' in s) await lib.remove(credited(s.remove, []).id);
        else if ('merged' in s) await lib.setSettings({ speakers: { merged: s.merged as [string, string][], split: s.split } });
        else await lib.speaker(s.page);
      }
      // The page from the whole list made from every quote row: a worker whose storage keeps no list (reads none, writes none).
      const none: Partial<Record<keyof LibraryStorage, () => Promise<unknown>>> = {
        readSpeakerChunks: async () => undefined, readSpeakerLines: async () => undefined, readSpeakerList: async () => undefined, writeSpeakerList: async () => false,
      };
      const whole = library({ openStore: async () => new Proxy(store, { get: (t, k: keyof LibraryStorage) => none[k] ?? (typeof t[k] === 'function' ? (t[k] as (...a: unknown[]) => unknown).bind(t) : t[k]) }) });
      const people = await whole.speakers('');
      const names = [...new Set([...people.flatMap((p) => p.aliases), ...NAMES, 'Nobody Here'])];
      const expected = await Promise.all(names.map((n) => whole.speaker(n)));
      const restarted = library();
      for (const [i, n] of names.entries()) {
        expect(await lib.speaker(n)).toEqual(expected[i]);
        expect(await restarted.speaker(n)).toEqual(expected[i]);
      }
      // And the stored chunks are the list's: each name finds, from its chunks alone, the person the whole list gives.
      const stored = (await store.readSpeakerList())!;
      const list = joinSpeakerList(stored.people, stored.outlets, stored.chunks.flatMap((c) => c.people))!;
      expect(list.people).toEqual(people);
      for (const n of names) {
        const row = await personInChunks(n, async (c) => (await store.readSpeakerChunks([c]))!.chunks[0]);
        const person = personNamed(list.people, n);
        expect(row && unpackSpeakerRow(row, stored.outlets)).toEqual(person ? unpackSpeaker(list, list.people.indexOf(person)) : null);
      }
    }), { numRuns: 40 });
  }, 240_000);

  test('a page opened again reads no rows from the store; a save in between makes the next page read the families again', async () => {
    await built();
    const whole = await pagesOf(library());
    const { lib, calls } = await counted();
    const reads = () => calls.filter((c) => c === 'readFamilyGroups').length;
    for (const ref of whole.refs) await lib.family(ref);
    for (const name of whole.people) await lib.speaker(name);
    const first = reads();
    expect(first).toBeGreaterThan(0);
    for (const [i, ref] of whole.refs.entries()) expect(await lib.family(ref)).toEqual(whole.families[i]);
    for (const [i, name] of whole.people.entries()) expect(await lib.speaker(name)).toEqual(whole.speakers[i]);
    expect(reads()).toBe(first);
    expect(calls).not.toContain('readFamilies');
    // A save this worker made without the families read whole: the rows kept are of the last generation.
    const grown = whole.refs[whole.families.findIndex((v) => v && v.versions.length > 2)];
    const before = (await lib.family(grown))!.versions.length;
    await lib.save({ article: story(4) });
    const after = await lib.family(grown);
    expect(calls).toContain('readFamilies');
    expect(after!.versions.length).toBeGreaterThan(before);
    expect(after).toEqual(await library().family(grown));
  });

  test('a page the rows cannot answer starts the build in the same turn: a progress ask right after it sees the build', async () => {
    const filler = library();
    for (let k = 0; k < 4; k++) await filler.save({ article: story(k) });
    await filler.flushIndexCache();
    const lib = library({ familyWaitMs: 0, familySliceMs: 0 });
    const page = lib.speaker('Ines Barrow');
    const progress = lib.familiesProgress();
    expect(await progress).toMatchObject({ total: 4 });
    await page;
    await lib.familiesReady();
  });

  test('a save the stored families missed: the next page reads them whole and catches up (the rows cannot answer it)', async () => {
    await built();
    const saver = library();
    await saver.save({ article: story(4) });
    const { lib, calls } = await counted();
    const ref = { articleId: story(4).id, offset: 0 };
    const view = await lib.family({ ...ref, offset: (await lib.speaker('Ines Barrow'))!.quotes.find((q) => q.articleId === ref.articleId)!.start });
    expect(calls).toContain('readFamilies');
    expect(view?.versions.length).toBeGreaterThan(1);
    const whole = await pagesOf(library());
    const again = await counted();
    for (const [i, r] of whole.refs.entries()) expect(await again.lib.family(r)).toEqual(whole.families[i]);
    expect(again.calls).not.toContain('readFamilies');
  });

  test('rows stored before the family groups (schema v5) are read whole once, which writes every group: the next restart reads a page\'s rows only', async () => {
    await built();
    const store = await openStorage();
    const { rows, matches } = await store.readFamilies();
    await store.writeFamilies({ put: rows, remove: [], generation: matches!, from: null, groups: { put: [], pages: [], remove: [], all: false }, complete: true });
    expect((await store.readFamilies()).grouped).toBe(false);
    const first = await counted();
    const ref = { articleId: PAGE0, offset: (await first.lib.speaker('Sergio Gor'))!.quotes.find((q) => q.articleId === PAGE0)!.start };
    const page = await first.lib.family(ref);
    expect(first.calls).toContain('readFamilies');
    const whole = await pagesOf(library());
    expect(page).toEqual(await library().family(ref));
    expect((await store.readFamilies()).grouped).toBe(true);
    const next = await counted();
    for (const [i, r] of whole.refs.entries()) expect(await next.lib.family(r)).toEqual(whole.families[i]);
    expect(next.calls).not.toContain('readFamilies');
  });

  test('saves and removals made while no worker held the families are caught up from the change log, as a build would make them', async () => {
    await built();
    const saver = library(); // woke for a save from the panel: never reads the families
    await saver.save({ article: story(4) });
    await saver.remove(story(1).id);
    const planSave = vi.spyOn(QuoteFamilies.prototype, 'planSave');
    const planRemove = vi.spyOn(QuoteFamilies.prototype, 'planRemove');
    const planBuild = vi.spyOn(QuoteFamilies.prototype, 'planBuild');
    const caughtUp = await seen(library());
    expect([planSave.mock.calls.length, planRemove.mock.calls.length, planBuild.mock.calls.length]).toEqual([1, 1, 0]);
    // The same library with the stored families made unusable: built from every article.
    await forget(await openStorage());
    const rebuilt = await seen(library());
    expect(planBuild.mock.calls.length).toBe(6);
    expect(caughtUp).toEqual(rebuilt);
  });

  test.each<[string, (store: LibraryStorage) => Promise<unknown>]>([
    ['their generation is not covered by the change log', forget],
    ['a row of an article that is gone (and no log says so)', async (store) => {
      const { rows, matches } = await store.readFamilies();
      return store.writeFamilies({ put: [{ ...rows[0], articleId: 'gone', article: { ...rows[0].article, id: 'gone' } }], remove: [], generation: matches!, from: matches!, groups: { put: [], pages: [], remove: [], all: false }, complete: true });
    }],
  ])('stored families that do not match the articles are built again: %s', async (_label, spoil) => {
    const before = await built();
    await spoil(await openStorage());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const planBuild = vi.spyOn(QuoteFamilies.prototype, 'planBuild');
    const restored = vi.spyOn(QuoteFamilies, 'restore');
    expect(await seen(library())).toEqual(before);
    expect(planBuild).toHaveBeenCalledTimes(6);
    expect(restored).not.toHaveBeenCalled();
    if (_label.startsWith('a row')) expect(warn).toHaveBeenCalled();
  });

  test('a build stopped part-way (the worker closed) resumes from the rows it wrote: no article built twice, nothing lost', async () => {
    const filler = library();
    for (let k = 0; k < 4; k++) await filler.save({ article: story(k) });
    await save(filler, PAGE0);
    await save(filler, PAGE1);
    await filler.flushIndexCache();
    const planBuild = vi.spyOn(QuoteFamilies.prototype, 'planBuild');
    // One article a slice; the worker stops for good inside its third write of rows (the first
    // replaces the store's rows with none, each slice then writes its article's).
    const shared = await openStorage();
    let writes = 0;
    let release = () => {};
    const stuck = new Promise<never>((_resolve, reject) => (release = () => reject(new Error('the worker was stopped'))));
    stuck.catch(() => {});
    const dying = new Proxy(shared, {
      get(target, key: keyof LibraryStorage) {
        const value = target[key] as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (key === 'writeFamilies' && ++writes === 3) return stuck;
          if (writes >= 3 && key !== 'saveIndexCache') return Promise.reject(new Error('the worker was stopped'));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const stopped = library({ openStore: async () => dying, familyWaitMs: 0, familySliceMs: 0 });
    await stopped.familyList('');
    await vi.waitFor(() => expect(writes).toBe(3));
    expect(planBuild).toHaveBeenCalledTimes(2);
    const stored = (await shared.readFamilies()).rows.length;
    expect(stored).toBe(1);
    // A new worker: the stored rows are read, only the articles without one are built.
    planBuild.mockClear();
    const resumed = library();
    const after = await seen(resumed);
    expect(planBuild).toHaveBeenCalledTimes(6 - stored);
    await forget(shared);
    expect(after).toEqual(await seen(library()));
    // The stopped worker's library may finish in memory now (its storage refuses every write), before the next test counts builds.
    release();
    await stopped.familiesReady();
  });
});

/** The answer, or a failure once it has waited a few seconds (the page waits for something that never comes). */
async function answered<T>(answer: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error('not answered: it waits for the index')), 3_000)));
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Makes the stored families unusable (a generation the change log does not reach): the next ask builds them. */
async function forget(store: LibraryStorage): Promise<unknown> {
  return store.writeFamilies({ put: [], remove: [], generation: -1, from: null, groups: { put: [], pages: [], remove: [], all: true }, complete: true });
}
