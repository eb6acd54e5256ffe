/**
 * The reverse coverage wired into the compare (issue 14, items 2 and 3): `runComparison` carries
 * `elsewhere` and `paraphrasedHere` in the slim form of `reverseSections`, from the related
 * articles the plan already resolves (no other id is asked for), and the Library's compare reads
 * no article beyond those the plan names. Seeds 000 and 001, each checked with the other saved.
 */
import { describe, expect, test } from 'vitest';
import { sampleArticles } from '@/utils/index/sample-coverage';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { Library } from '@/utils/library/library';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { compareArticle, planComparison, runComparison } from '@/utils/report/compare-article';
import { reverseCoverage, reverseSections } from '@/utils/report/reverse-coverage';
import { MemoryLibraryStorage } from '@/utils/storage/memory-storage';
import type { Article, StoredArticle } from '@/utils/types';

const [raw0, raw1] = sampleArticles();
const stored = (a: Article, id: string, outlet: string): StoredArticle => ({ ...a, id, url: `https://${id}.example/story`, outlet, quotes: findQuotes(a), savedAt: 0 });
const s000 = stored(raw0, 'courier', 'Daily Courier');
const s001 = stored(raw1, 'ians', 'IANS');

/** `current` compared with `saved` in the library: the plan, the comparison and every id resolved. */
function compare(current: StoredArticle, saved: StoredArticle, opts: { reverse?: boolean } = {}) {
  const index = new CoverageIndex();
  index.add(saved);
  const plan = planComparison(current, current.quotes, index);
  const asked: string[] = [];
  const comparison = runComparison(plan, (id) => (asked.push(id), id === saved.id ? saved : undefined), opts);
  return { plan, comparison, asked };
}

const CASES = [
  { name: '000 with 001 (IANS) saved', current: s000, saved: s001, elsewhere: ['I took a picture of the cover', 'reliable supplier of LNG'], paraphrased: 'are crucial', theirs: 'indispensable' },
  { name: '001 with 000 saved', current: s001, saved: s000, elsewhere: [], paraphrased: 'will help secure supply chains', theirs: 'ensure the' },
];

describe('runComparison carries the reverse sections', () => {
  test.each(CASES)('$name: what reverseCoverage finds over the plan\'s related articles, in the slim form', ({ current, saved, elsewhere, paraphrased, theirs }) => {
    const { plan, comparison } = compare(current, saved);
    expect(plan.related.map((r) => r.articleId)).toEqual([saved.id]);
    const direct = reverseSections(reverseCoverage({ article: plan.article, quotes: current.quotes, related: [saved], reports: comparison.quotes }));
    expect({ elsewhere: comparison.elsewhere, paraphrasedHere: comparison.paraphrasedHere }).toEqual(direct);
    const listed = comparison.elsewhere.flatMap((g) => g.quotes.map((q) => q.text));
    for (const words of elsewhere) expect(listed.filter((t) => t.includes(words))).toHaveLength(1);
    if (elsewhere.length === 0) expect(comparison.elsewhere).toEqual([]);
    const [hit] = comparison.paraphrasedHere.filter((p) => p.text.includes(paraphrased));
    expect(current.text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(hit.sources.map((s) => [s.articleId, s.outlet])).toEqual([[saved.id, saved.outlet]]);
    expect(hit.sources[0].text).toContain(theirs.split(' ')[0]);
    expect(hit.sources[0].diff.filter((d) => d.op === 'delete').map((d) => d.text).join(' ')).toContain(theirs);
  });

  test.each(CASES)('$name: no id is resolved beyond the plan\'s', ({ current, saved }) => {
    const { plan, asked } = compare(current, saved);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((id) => !plan.ids.includes(id))).toEqual([]);
  });

  test.each(CASES)('$name: reverse: false leaves both sections empty and the rest unchanged', ({ current, saved }) => {
    const on = compare(current, saved).comparison;
    const off = compare(current, saved, { reverse: false }).comparison;
    expect(off.elsewhere).toEqual([]);
    expect(off.paraphrasedHere).toEqual([]);
    expect(on.paraphrasedHere.length).toBeGreaterThan(0);
    expect({ ...off, elsewhere: on.elsewhere, paraphrasedHere: on.paraphrasedHere }).toEqual(on);
  });

  test('compareArticle passes the option through', () => {
    const index = new CoverageIndex();
    index.add(s001);
    const resolve = (id: string) => (id === s001.id ? s001 : undefined);
    expect(compareArticle(s000, s000.quotes, index, resolve).paraphrasedHere.length).toBeGreaterThan(0);
    expect(compareArticle(s000, s000.quotes, index, resolve, { reverse: false }).paraphrasedHere).toEqual([]);
  });
});

describe('reverseSections: the wire carries words and article references, not Quote objects or texts', () => {
  const { comparison } = compare(s000, s001);
  const other = ['articleId', 'date', 'outlet', 'text', 'title', 'url'];
  test.each<[string, () => object[], string[]]>([
    ['a group', () => comparison.elsewhere, ['quotes', 'speaker']],
    ['a missing quote', () => comparison.elsewhere.flatMap((g) => g.quotes), ['outlets', 'sources', 'text']],
    ['a missing quote\'s source', () => comparison.elsewhere.flatMap((g) => g.quotes.flatMap((q) => q.sources)), other],
    ['a paraphrased sentence', () => comparison.paraphrasedHere, ['end', 'sources', 'start', 'text']],
    ['a paraphrased sentence\'s source', () => comparison.paraphrasedHere.flatMap((p) => p.sources), [...other, 'diff', 'meaningChanges', 'similarity'].sort()],
  ])('%s has exactly its fields', (_name, items, keys) => {
    expect(items().length).toBeGreaterThan(0);
    for (const item of items()) expect(Object.keys(item).sort()).toEqual(keys);
  });

  test('all of it is a small part of the related article\'s text', () => {
    expect(JSON.stringify({ e: comparison.elsewhere, p: comparison.paraphrasedHere }).length).toBeLessThan(s001.text.length * 1.5);
    expect(JSON.stringify(comparison.elsewhere)).not.toContain(s001.text.slice(0, 400));
  });
});

describe('the Library\'s compare', () => {
  test.each(CASES)('$name: the sections come back, and the one read is the article and the plan\'s ids', async ({ current, saved }) => {
    const memory = new MemoryLibraryStorage();
    const reads: string[][] = [];
    const store = Object.assign(Object.create(memory) as MemoryLibraryStorage, {
      getMany: (ids: readonly string[]) => (reads.push([...ids]), memory.getMany(ids)),
    });
    const writer = new Library({ openStore: async () => memory });
    await writer.save({ article: saved, quotes: saved.quotes });
    const lib = new Library({ openStore: async () => store }); // a new worker: nothing recent in memory
    await lib.load();
    reads.length = 0;
    const { comparison } = await lib.compare(current, current.quotes);
    const { plan, comparison: direct } = compare(current, saved);
    expect(reads).toEqual([[current.id, ...plan.ids]]);
    expect(comparison.paraphrasedHere).toEqual(direct.paraphrasedHere);
    expect(comparison.elsewhere).toEqual(direct.elsewhere);
  });
});
