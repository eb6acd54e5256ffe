/**
 * Quote families: the incremental update equals a build from scratch (property), and the links
 * are the check's forward matches (table of small libraries).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleTextFromLines } from '@/utils/article/article-text';
import { CoverageIndex } from '@/utils/index/coverage-index';
import { QuoteFamilies, withinRun, type QuoteFamily } from '@/utils/families/quote-families';
import { type FamilyGroupRow, type FamilyPageRow, type FamilyRow } from '@/utils/storage/family-rows';
import { familyViewFromRows } from '@/utils/families/family-from-rows';
import { familyGroupsWrite, keepRematches, regroupedTextIds, rematchMemo, replacedPageIds } from '@/utils/families/family-pages';
import { LruMap } from '@/utils/text/lru-map';
import { familyView, type Rematch } from '@/utils/families/family-view';
import { alignCandidates, compareArticle, planComparison } from '@/utils/report/compare-article';
import { english } from '@/utils/language/en';
import { planBasis, saveHandOver, usableHandOver, type SaveHandOver } from '@/utils/families/save-hand-over';
import { findQuotes } from '@/utils/quotes/find-quotes';
import type { QuoteMatch, StoredArticle } from '@/utils/types';

/** Utterances our synthetic outlets quote, cut, alter or paraphrase (invented words). */
const UTTERANCES = [
  'the harbour bridge will reopen to traffic before the winter storms arrive in the valley',
  'our cooperative has doubled the wheat harvest across the northern provinces this season',
  'nobody in the ministry approved the secret payments to the shipping company last spring',
  'we will never abandon the fishermen who kept this coastal town alive for generations',
  'the new railway line connects three mountain villages with the capital for the first time',
  'teachers deserve better salaries because classrooms across the region remain overcrowded',
];
const SPEAKERS = ['Mara Lindqvist', 'Tomas Okafor', 'Ines Barrow'];
const OUTLETS = ['Harbour Post', 'Valley Times', 'Coastal Wire'];
const DATES = ['2026-02-01', '2026-02-02', null];

interface Para {
  u: number;
  form: 'quote' | 'cut' | 'altered' | 'gapped' | 'reported' | 'filler';
  speaker: number;
}

function render(p: Para): string {
  const words = UTTERANCES[p.u].split(' ');
  const name = SPEAKERS[p.speaker];
  switch (p.form) {
    case 'quote': return `“${cap(words.join(' '))},” ${name} said on Tuesday.`;
    case 'cut': return `“${cap(words.slice(0, 9).join(' '))},” ${name} said.`;
    case 'altered': return `“${cap(words.map((w, i) => (i === 4 ? 'surely' : w)).join(' '))},” said ${name}.`;
    // One word in three changed (the u-th first): an article holding 3 of 4 terms of a chunk, in every pattern.
    case 'gapped': return `“${cap(words.map((w, i) => ((i + p.u) % 3 === 0 ? 'surely' : w)).join(' '))},” said ${name}.`;
    case 'reported': return `${name} said that ${words.join(' ')}.`;
    case 'filler': return `Officials met in the town hall on Monday to discuss the budget of item ${p.u}.`;
  }
}
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

const articleArb = (ids = 6, outlets = OUTLETS.length, utterances = UTTERANCES.length) => fc.record({
  n: fc.nat(ids - 1),
  outlet: fc.nat(outlets - 1),
  date: fc.nat(DATES.length - 1),
  paras: fc.array(
    fc.record({ u: fc.nat(utterances - 1), form: fc.constantFrom('quote', 'cut', 'altered', 'gapped', 'reported', 'filler'), speaker: fc.nat(SPEAKERS.length - 1) }),
    { minLength: 1, maxLength: 4 },
  ),
});

function article(spec: { n: number; outlet: number; date: number; paras: Para[] }, savedAt: number): StoredArticle {
  const body = articleTextFromLines(spec.paras.map(render).join('\n'));
  const id = `a${spec.n}`;
  return { id, url: `https://example.test/${id}`, outlet: OUTLETS[spec.outlet] ?? `Outlet ${spec.outlet}`, title: `Story ${id}`, date: DATES[spec.date], byline: null, lang: 'en', ...body, quotes: findQuotes(body), savedAt };
}

/** A family's quotes and passages, in a form two groupings can be compared by. */
const members = (fam: QuoteFamily) => [
  ...fam.nodes.map((n) => `${n.article.id}@${n.quote.start}`),
  ...fam.passages.map((p) => `${p.article.id}#${p.start}-${p.end}`),
].sort().join(' ');

/** Everything families know, in a form two builds can be compared by. */
function canonical(f: QuoteFamilies) {
  const key = (n: { article: { id: string }; quote: { start: number } }) => `${n.article.id}@${n.quote.start}`;
  const nodes = [...f.allNodes()].map((n) => ({
    node: key(n),
    renderings: [...n.renderings].map(([id, m]) => `${id}:${m ? `${m.kind}:${m.start}-${m.end}` : '-'}`).sort(),
  })).sort((a, b) => a.node.localeCompare(b.node));
  const families = f.families().map(members).sort();
  return { nodes, families };
}

const opArb = (ids: number, outlets: number, utterances: number) => fc.oneof(
  fc.record({ op: fc.constant('save' as const), article: articleArb(ids, outlets, utterances) }),
  fc.record({ op: fc.constant('remove' as const), n: fc.nat(ids - 1) }),
);

type Op = { op: 'save'; article: Parameters<typeof article>[0] } | { op: 'remove'; n: number };

/** A library stepped through saves and removals as the store orders them (a re-save moves an article last). */
function stepped() {
  const index = new CoverageIndex();
  const families = new QuoteFamilies(index);
  const stored = new Map<string, StoredArticle>();
  const resolve = (id: string) => stored.get(id);
  const step = (o: Op, t: number) => {
    if (o.op === 'save') {
      const a = article(o.article, t);
      stored.delete(a.id);
      stored.set(a.id, a);
      index.add(a);
      families.apply(families.planSave(a), resolve);
    } else {
      const id = `a${o.n}`;
      if (!stored.has(id)) return;
      stored.delete(id);
      index.remove(id);
      families.apply(families.planRemove(id), resolve);
    }
  };
  return { index, families, stored, resolve, step };
}

/** An empty library whose saves and removals keep the families in step, and a build from scratch over what it holds. */
function library() {
  const index = new CoverageIndex();
  const families = new QuoteFamilies(index);
  const stored = new Map<string, StoredArticle>();
  const resolve = (id: string) => stored.get(id);
  return {
    families,
    stored,
    save(a: StoredArticle) {
      stored.set(a.id, a);
      index.add(a);
      families.apply(families.planSave(a), resolve);
      families.families();
    },
    remove(id: string) {
      stored.delete(id);
      index.remove(id);
      families.apply(families.planRemove(id), resolve);
      families.families();
    },
    rebuilt() {
      const fresh = new CoverageIndex();
      for (const a of stored.values()) fresh.add(a);
      return canonical(QuoteFamilies.build(fresh, [...stored.values()], resolve));
    },
  };
}

/** The articles aligned with the (first) quote of an article. */
const listOf = (families: QuoteFamilies, id: string) => [...[...families.allNodes()].find((n) => n.article.id === id)!.renderings.keys()].sort();

describe('incremental update', () => {
  // Small libraries (6 ids, 3 outlets) and crowded ones (16 ids, 14 outlets, two utterances: a
  // quote then has more qualifying articles than the check aligns, so a save can push another
  // article out of its list and a removal let one back in).
  test.each([
    ['small libraries', 6, 3, UTTERANCES.length, 12, 60],
    ['crowded libraries', 16, 14, 2, 40, 15],
  ])('property, %s: after any saves and removals, families equal a build from scratch over the library left', (_label, ids, outlets, utterances, maxOps, numRuns) => {
    fc.assert(
      fc.property(fc.array(opArb(ids, outlets, utterances), { minLength: 1, maxLength: maxOps }), (ops) => {
        const { families, stored, resolve, step } = stepped();
        ops.forEach((o, t) => {
          step(o, t);
          // Grouped after every step, so the families are grouped again incrementally, not once at the end.
          families.families();
        });
        const fresh = new CoverageIndex();
        for (const a of stored.values()) fresh.add(a);
        const rebuilt = QuoteFamilies.build(fresh, [...stored.values()], resolve);
        expect(canonical(families)).toEqual(canonical(rebuilt));
      }),
      { numRuns },
    );
  });

  test('a save that pushes an article out of a quote\'s list, and a removal that lets it back, equal a build from scratch', () => {
    // 9 excerpts from 9 outlets fill the list of the quote of a0 (8 aligned), then a fuller
    // rendering (one word changed) saved later takes a place: the last excerpt saved drops out.
    const quoted = article({ n: 0, outlet: 0, date: 0, paras: [{ u: 0, form: 'quote', speaker: 0 }] }, 0);
    const excerpts = Array.from({ length: 9 }, (_, k) => article({ n: k + 1, outlet: k + 1, date: 1, paras: [{ u: 0, form: 'cut', speaker: 0 }] }, k + 1));
    const fuller = article({ n: 10, outlet: 10, date: 1, paras: [{ u: 0, form: 'altered', speaker: 0 }] }, 10);
    const index = new CoverageIndex();
    const families = new QuoteFamilies(index);
    const stored = new Map<string, StoredArticle>();
    const resolve = (id: string) => stored.get(id);
    const save = (a: StoredArticle) => {
      stored.set(a.id, a);
      index.add(a);
      families.apply(families.planSave(a), resolve);
    };
    const rebuilt = () => {
      const fresh = new CoverageIndex();
      for (const a of stored.values()) fresh.add(a);
      return canonical(QuoteFamilies.build(fresh, [...stored.values()], resolve));
    };
    const listOfA0 = () => [...[...families.allNodes()].find((n) => n.article.id === 'a0')!.renderings.keys()].sort();
    for (const a of [quoted, ...excerpts]) save(a);
    expect(listOfA0()).toHaveLength(8);
    expect(listOfA0()).not.toContain('a9');
    save(fuller);
    expect(listOfA0()).toContain('a10');
    expect(listOfA0()).not.toContain('a8');
    expect(canonical(families)).toEqual(rebuilt());
    stored.delete('a10');
    index.remove('a10');
    families.apply(families.planRemove('a10'), resolve);
    expect(listOfA0()).toContain('a8');
    expect(canonical(families)).toEqual(rebuilt());
  });

  test('a removal from a full list that had turned some article away lets that article in (the list knew it was no longer complete)', () => {
    // a0's list holds 8 excerpts (every qualifying one); a9, saved next, qualifies but ties and
    // is turned away; removing a1 must then let a9 in, as a build from scratch has it.
    const quoted = article({ n: 0, outlet: 0, date: 0, paras: [{ u: 0, form: 'quote', speaker: 0 }] }, 0);
    const excerpts = Array.from({ length: 9 }, (_, k) => article({ n: k + 1, outlet: k + 1, date: 1, paras: [{ u: 0, form: 'cut', speaker: 0 }] }, k + 1));
    const { families, save, remove, rebuilt } = library();
    for (const a of [quoted, ...excerpts]) save(a);
    expect(listOf(families, 'a0')).not.toContain('a9');
    remove('a1');
    expect(listOf(families, 'a0')).toContain('a9');
    expect(canonical(families)).toEqual(rebuilt());
  });

  test('a quote saved later that links one way into a family (no list of that family takes it) joins the family, grouped incrementally', () => {
    // a0 and 8 word-for-word versions: every list holds 8 full matches. a9's excerpt is in
    // none of them (not full, past the eighth), yet its own list links it to all of them.
    const quoted = Array.from({ length: 9 }, (_, k) => article({ n: k, outlet: k, date: 0, paras: [{ u: 0, form: 'quote', speaker: 0 }] }, k));
    const excerpt = article({ n: 9, outlet: 9, date: 1, paras: [{ u: 0, form: 'cut', speaker: 0 }] }, 9);
    const { families, save, rebuilt } = library();
    for (const a of quoted) save(a);
    expect(families.families().filter((f) => f.nodes.length > 1)).toHaveLength(1);
    save(excerpt);
    expect(listOf(families, 'a0')).not.toContain('a9');
    expect(listOf(families, 'a9')).toContain('a0');
    const grouped = families.families();
    expect(grouped).toHaveLength(1);
    expect(grouped[0].nodes.map((n) => n.article.id)).toContain('a9');
    expect(canonical(families)).toEqual(rebuilt());
  });

  test('the property is not vacuous: the libraries it draws link quotes across outlets', () => {
    const a = article({ n: 0, outlet: 0, date: 0, paras: [{ u: 0, form: 'quote', speaker: 0 }] }, 1);
    const b = article({ n: 1, outlet: 1, date: 1, paras: [{ u: 0, form: 'altered', speaker: 0 }, { u: 1, form: 'filler', speaker: 0 }] }, 2);
    const c = article({ n: 2, outlet: 2, date: 1, paras: [{ u: 0, form: 'reported', speaker: 0 }] }, 3);
    const index = new CoverageIndex();
    const stored = new Map([a, b, c].map((x) => [x.id, x]));
    for (const x of stored.values()) index.add(x);
    const f = QuoteFamilies.build(index, [a, b, c], (id) => stored.get(id));
    const family = f.familyAt('a0', a.quotes[0].start)!;
    expect(family.nodes.map((n) => n.article.id).sort()).toEqual(['a0', 'a1']);
    expect(family.passages.map((p) => p.article.id)).toEqual(['a2']);
  });
});

describe('the screen passes over a pair of terms only when no run of sentences holds both', () => {
  test.each([
    ['the same sentence', [4], [4], true],
    ['two sentences apart (one run of three)', [0], [2], true],
    ['two apart, the other way', [7], [5], true],
    ['three sentences apart', [0], [3], false],
    ['near only at the end of both lists', [0, 9], [4, 11], true],
    ['interleaved, never near', [0, 6, 12], [3, 9, 15], false],
    ['the partner nowhere', [1, 2], undefined, false],
  ] as const)('%s', (_label, a, b, near) => {
    expect(withinRun(a, b)).toBe(near);
    if (b) expect(withinRun(b, a)).toBe(near);
  });

  // The quote's terms harbour bridge reopen traffic …: the first chunk's pairs (equally rare, by name) are bridge+traffic and harbour+reopen.
  const savedAfterQuote = (lines: string[]) => {
    const quoted = article({ n: 0, outlet: 0, date: 0, paras: [{ u: 0, form: 'quote', speaker: 0 }] }, 0);
    const body = articleTextFromLines(lines.join('\n'));
    const other: StoredArticle = { id: 'a1', url: 'https://example.test/a1', outlet: OUTLETS[1], title: 'Story a1', date: DATES[1], byline: null, lang: 'en', ...body, quotes: findQuotes(body), savedAt: 1 };
    const lib = library();
    lib.save(quoted);
    lib.save(other);
    return lib;
  };

  test('an article holding a chunk across sentences two apart enters the list, as in a build (fails when the pair must be one sentence apart)', () => {
    const lib = savedAfterQuote([
      'The harbour was calm on Monday morning.',
      'Officials met in the town hall to talk.',
      'The bridge may reopen within a month, they said.',
    ]);
    expect(listOf(lib.families, 'a0')).toEqual(['a1']);
    expect(canonical(lib.families)).toEqual(lib.rebuilt());
  });

  test('an article holding the pairs only sentences apart has no quote screened (fails when every pair is looked at)', () => {
    const lib = savedAfterQuote([
      'The harbour was calm on Monday morning.',
      'Officials met in the town hall to talk.',
      'Nobody came to the meeting after lunch.',
      'The council ended its session early.',
      'The bridge may reopen within a month, they said.',
    ]);
    expect(lib.families.lastWork.screened).toBe(0);
    expect(canonical(lib.families)).toEqual(lib.rebuilt());
  });
});

describe('kept as the library keeps them on a save (rows and group changes taken, the list not asked)', () => {
  test('property: the rows taken step by step restore to a build from scratch, and the list asked at the end holds every family once, by key', () => {
    fc.assert(fc.property(fc.array(opArb(8, 4, UTTERANCES.length), { minLength: 1, maxLength: 14 }), (ops) => {
      const { index, families, stored, resolve, step } = stepped();
      const rows = new Map<string, FamilyRow>();
      ops.forEach((o, t) => {
        step(o, t);
        // As the library's write after a save: the changed rows (their unchanged quotes' JSON kept) and the groups.
        const { put, remove } = families.takeChanges();
        for (const id of remove) rows.delete(id);
        for (const r of put) rows.set(r.articleId, r);
        familyGroupsWrite(families.takeGroupChanges(), resolve);
      });
      const fresh = new CoverageIndex();
      for (const a of stored.values()) fresh.add(a);
      const scratch = canonical(QuoteFamilies.build(fresh, [...stored.values()], resolve));
      const list = families.families();
      expect(list.map((f) => f.key)).toEqual([...new Set(list.map((f) => f.key))].sort((a, b) => a - b));
      expect(list.reduce((n, f) => n + f.nodes.length, 0)).toBe(families.quoteCount);
      expect(canonical(families)).toEqual(scratch);
      expect(canonical(QuoteFamilies.restore(index, [...rows.values()])!)).toEqual(scratch);
    }), { numRuns: 60 });
  });
});

describe('a page read from its family\'s page row (the family groups and pages)', () => {
  /** Random libraries kept in step by saves and removals, the family groups and pages taken after each step as the library writes them. */
  const steps = fc.array(opArb(6, 3, UTTERANCES.length), { minLength: 1, maxLength: 12 });
  function run(ops: Array<{ op: 'save'; article: Parameters<typeof article>[0] } | { op: 'remove'; n: number }>, fresh = false) {
    const { families, stored, save, remove } = library();
    const resolve = (id: string) => stored.get(id);
    const groups = new Map<string, FamilyGroupRow>();
    const pages = new Map<string, FamilyPageRow>();
    ops.forEach((o, t) => {
      if (o.op === 'save') save(article(o.article, t));
      else if (families.has(`a${o.n}`)) remove(`a${o.n}`);
      // As the library writes them after each step: the pages made with the texts saved at that step, the matches made again
      // that the replaced pages hold handed over (a memo of its own each step, as after a worker restart; or the families' own).
      const regrouped = families.takeGroupChanges();
      const memo = fresh ? new LruMap<string, { match: Rematch | null }>(100) : rematchMemo(families);
      keepRematches(memo, replacedPageIds(regrouped).map((id) => pages.get(id)));
      const changes = familyGroupsWrite(regrouped, resolve, memo);
      if (changes.all) groups.clear();
      if (changes.all) pages.clear();
      for (const id of changes.remove) groups.delete(id);
      for (const id of changes.remove) pages.delete(id);
      for (const g of changes.put) groups.set(g.id, g);
      for (const p of changes.pages) pages.set(p.id, p);
    });
    return { families, stored, groups, pages };
  }

  test('property: the groups and pages kept by each step\'s changes are every family of two versions or more, as a full write gives them', () => {
    fc.assert(fc.property(steps, (ops) => {
      const { families, stored, groups, pages } = run(ops);
      const all = familyGroupsWrite(families.takeGroupChanges(true), (id) => stored.get(id));
      expect(all.all).toBe(true);
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
      expect([...groups.values()].sort(byId)).toEqual([...all.put].sort(byId));
      expect([...pages.values()].sort(byId)).toEqual([...all.pages].sort(byId));
      expect(all.put.length).toBe(families.families().filter((f) => f.nodes.length + f.passages.length > 1).length);
    }), { numRuns: 60 });
  });

  test('property: every quote\'s and passage\'s family page, read from its article, its groups and its stored page alone, is the page computed from the families read whole and the texts saved now (no match kept from an earlier save of an article, nor handed over by a replaced page); no other article is read', async () => {
    await fc.assert(fc.asyncProperty(steps, fc.boolean(), async (ops, fresh) => {
      const { families, stored, groups, pages } = run(ops, fresh);
      const read = async (articleIds: readonly string[], pageIds: readonly string[]) => ({
        current: true, groups: [...groups.values()].filter((g) => g.articles.some((id) => articleIds.includes(id))), pages: pageIds.map((id) => pages.get(id)),
      });
      const resolve = (id: string) => stored.get(id);
      for (const fam of families.families()) {
        const places = [...fam.nodes.map((n) => ({ id: n.article.id, offset: n.quote.start })), ...fam.passages.map((p) => ({ id: p.article.id, offset: p.start }))];
        for (const { id, offset } of places) {
          const asked: string[] = [];
          const records = async (ids: readonly string[]) => (asked.push(...ids), new Map(ids.map((i) => [i, stored.get(i)])));
          const found = await familyViewFromRows({ articleId: id, offset }, read, records);
          expect(found).toEqual(familyView(families.familyAt(id, offset)!, resolve));
          expect(asked).toEqual([id]);
        }
      }
    }), { numRuns: 60 });
  });

  test('a match made again is not kept past a save of its article: the quote re-credited at the same place is matched again', () => {
    const said = `“${cap(UTTERANCES[0])},”`;
    const twice = (second: string, savedAt: number): StoredArticle => {
      const body = articleTextFromLines(`${said} Ines Barrow said on Tuesday.\n${said} ${second} said later.`);
      return { id: 'a0', url: 'https://example.test/a0', outlet: OUTLETS[0], title: 'Story a0', date: DATES[0], byline: null, lang: 'en', ...body, quotes: findQuotes(body), savedAt };
    };
    const { families, stored, save } = library();
    const resolve = (id: string) => stored.get(id);
    const memo = rematchMemo(families);
    save(article({ n: 1, outlet: 1, date: 1, paras: [{ u: 0, form: 'quote', speaker: 0 }] }, 0));
    save(twice('Ines Barrow', 1));
    familyGroupsWrite(families.takeGroupChanges(), resolve, memo);
    // The same places, the second quote now credited to someone else: the reference's match there now names a conflict.
    save(twice('Tomas Okafor', 2));
    const { pages } = familyGroupsWrite(families.takeGroupChanges(), resolve, memo);
    const fam = families.familyAt('a0', stored.get('a0')!.quotes[1].start)!;
    const expected = familyView(fam, resolve);
    expect(expected.versions.filter((v) => v.articleId === 'a0').map((v) => v.speakerConflict)).toEqual([false, true]);
    expect(pages.map((p) => JSON.parse(p.page).versions)).toEqual([expected.versions]);
  });

  test('a page written again after a restart takes the matches made again from the page it replaces: only a new version would be matched on its text', () => {
    const said = `“${cap(UTTERANCES[0])},”`;
    const body = articleTextFromLines(`${said} Ines Barrow said on Tuesday.\n${said} Ines Barrow said later.`);
    const twice: StoredArticle = { id: 'a0', url: 'https://example.test/a0', outlet: OUTLETS[0], title: 'Story a0', date: DATES[0], byline: null, lang: 'en', ...body, quotes: findQuotes(body), savedAt: 1 };
    const { families, stored, save } = library();
    const resolve = (id: string) => stored.get(id);
    save(article({ n: 1, outlet: 1, date: 1, paras: [{ u: 0, form: 'quote', speaker: 0 }] }, 0));
    save(twice);
    const pages = new Map(familyGroupsWrite(families.takeGroupChanges(), resolve, new LruMap(100)).pages.map((p) => [p.id, p]));
    expect(pages.size).toBe(1);
    // Another outlet's version joins; the worker has kept no match (a restart): the replaced page hands its own over.
    save(article({ n: 2, outlet: 2, date: 1, paras: [{ u: 0, form: 'quote', speaker: 1 }] }, 2));
    const changes = families.takeGroupChanges();
    const memo = new LruMap<string, { match: Rematch | null }>(100);
    expect(regroupedTextIds(changes, memo)).toContain('a0');
    keepRematches(memo, replacedPageIds(changes).map((id) => pages.get(id)));
    expect(regroupedTextIds(changes, memo)).toEqual([]);
    const written = familyGroupsWrite(changes, resolve, memo).pages.map((p) => JSON.parse(p.page).versions);
    expect(written).toEqual([familyView(families.familyAt('a0', twice.quotes[1].start)!, resolve).versions]);
  });

  test('a build grouped after each article: an article without quotes, added after a quote it reports, holds that quote\'s passage', () => {
    const quoted = article({ n: 0, outlet: 1, date: 0, paras: [{ u: 3, form: 'quote', speaker: 0 }] }, 0);
    const reported = article({ n: 1, outlet: 0, date: 0, paras: [{ u: 3, form: 'reported', speaker: 0 }] }, 1);
    expect(reported.quotes).toEqual([]);
    const stored = new Map([quoted, reported].map((a) => [a.id, a]));
    const index = new CoverageIndex();
    for (const a of stored.values()) index.add(a);
    const stepped = new QuoteFamilies(index);
    for (const a of stored.values()) {
      stepped.apply(stepped.planBuild(a), (id) => stored.get(id));
      stepped.families();
    }
    expect(stepped.familyAt('a0', quoted.quotes[0].start)?.passages.map((p) => p.article.id)).toEqual(['a1']);
  });

  test('property: a build one article at a time, grouped after each (a page asked mid-build), groups as a build grouped once', () => {
    fc.assert(fc.property(fc.array(articleArb(), { minLength: 1, maxLength: 8 }), (specs) => {
      const stored = new Map<string, StoredArticle>();
      specs.forEach((spec, t) => {
        const a = article(spec, t);
        stored.delete(a.id);
        stored.set(a.id, a);
      });
      const resolve = (id: string) => stored.get(id);
      const index = new CoverageIndex();
      for (const a of stored.values()) index.add(a);
      const stepped = new QuoteFamilies(index);
      for (const a of stored.values()) {
        stepped.apply(stepped.planBuild(a), resolve);
        stepped.families();
      }
      expect(canonical(stepped)).toEqual(canonical(QuoteFamilies.build(index, [...stored.values()], resolve)));
    }), { numRuns: 200 });
  });
});

describe('links are the check\'s forward matches', () => {
  test.each([
    ['quoted word for word', 'quote', 'verbatim'],
    ['cut', 'cut', 'partial'],
    ['with a word changed', 'altered', 'altered'],
    ['as indirect speech', 'reported', 'paraphrase'],
  ] as const)('a quote %s in another outlet', (_label, form, kind) => {
    const a = article({ n: 0, outlet: 0, date: 0, paras: [{ u: 2, form: 'quote', speaker: 1 }] }, 1);
    const b = article({ n: 1, outlet: 1, date: 1, paras: [{ u: 2, form, speaker: 1 }] }, 2);
    const stored = new Map([a, b].map((x) => [x.id, x]));
    const index = new CoverageIndex();
    for (const x of stored.values()) index.add(x);
    const f = QuoteFamilies.build(index, [a, b], (id) => stored.get(id));
    const node = [...f.allNodes()].find((n) => n.article.id === 'a0')!;
    const check = compareArticle(a, a.quotes, index, (id) => stored.get(id), { reverse: false });
    expect(node.renderings.get('a1')?.kind).toBe(kind);
    expect(node.renderings.get('a1')).toEqual(check.quotes[0].matches[0]);
  });

  test('the same outlet is never a version (the check compares other outlets)', () => {
    const a = article({ n: 0, outlet: 0, date: 0, paras: [{ u: 3, form: 'quote', speaker: 1 }] }, 1);
    const b = article({ n: 1, outlet: 0, date: 1, paras: [{ u: 3, form: 'quote', speaker: 1 }] }, 2);
    const stored = new Map([a, b].map((x) => [x.id, x]));
    const index = new CoverageIndex();
    for (const x of stored.values()) index.add(x);
    const f = QuoteFamilies.build(index, [a, b], (id) => stored.get(id));
    expect(f.families().map((fam) => fam.nodes.length)).toEqual([1, 1]);
  });
});

describe('a save takes the check\'s lists and matches only where they are what the upkeep would compute', () => {
  /** A check of `a` on the library as it is now: its plan, the lists' shapes and every candidate's match. */
  const checkOf = (index: CoverageIndex, a: StoredArticle, resolve: (id: string) => StoredArticle | undefined) => {
    const plan = planComparison(a, a.quotes, index);
    return saveHandOver(plan, planBasis(plan, index), alignCandidates(plan, resolve), resolve);
  };
  /** The hand-over with every list and match wrong: used anywhere, the rows differ. */
  const poisoned = (h: SaveHandOver): SaveHandOver => ({
    ...h,
    lists: h.lists.map(({ shape }) => ({ shape, list: { candidates: [], complete: false, budgeted: false } })),
    matches: h.matches.map((m) => new Map([...m].map(([id, e]) => [id, { ...e, match: e.match ? null : POISON }]))),
  });
  const POISON = { articleId: 'poison', url: '', outlet: 'Poison', title: '', date: null, text: 'poison', start: 0, end: 6, speaker: null, kind: 'verbatim', similarity: 1, speakerConflict: false, meaningChanges: [], diff: [] } as QuoteMatch;
  /** Everything a save writes: the changed rows and the group changes, as the library takes them. */
  const written = (f: QuoteFamilies, resolve: (id: string) => StoredArticle | undefined) => JSON.stringify([f.takeChanges(), familyGroupsWrite(f.takeGroupChanges(), resolve)]);

  const checkedArb = (ids: number, outlets: number, utterances: number) => fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('save' as const), article: articleArb(ids, outlets, utterances), between: fc.constantFrom('none' as const, 'none' as const, 'save' as const, 'remove' as const, 'text' as const), other: articleArb(ids, outlets, utterances) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), n: fc.nat(ids - 1) }) },
  );

  test.each([
    ['small libraries', 6, 3, UTTERANCES.length, 14, 60],
    ['crowded libraries', 16, 14, 2, 30, 15],
  ])('property, %s: rows and group changes written with the hand-over are those written without it, byte for byte; a stale or mismatched one (another save or removal since the check, another text) is poisoned and must not be taken', (_label, ids, outlets, utterances, maxOps, numRuns) => {
    let handed = 0;
    fc.assert(fc.property(fc.array(checkedArb(ids, outlets, utterances), { minLength: 1, maxLength: maxOps }), (ops) => {
      const a = stepped();
      const b = stepped();
      let t = 0;
      const both = (o: Op) => {
        a.step(o, t);
        b.step(o, t++);
        expect(written(a.families, a.resolve)).toBe(written(b.families, b.resolve));
      };
      for (const o of ops) {
        if (o.op === 'remove') {
          both(o);
          continue;
        }
        const checked = article(o.article, t);
        const stamp = a.index.stamp;
        let handOver = checkOf(a.index, checked, a.resolve);
        if (o.between === 'save' && o.other.n !== o.article.n) both({ op: 'save', article: o.other });
        if (o.between === 'remove' && o.other.n !== o.article.n) both({ op: 'remove', n: o.other.n });
        // Saved with another text than the one checked (the same id).
        const saved = o.between === 'text' ? article({ ...o.other, n: o.article.n }, t) : { ...checked, savedAt: t };
        if (a.index.stamp !== stamp || saved.text !== checked.text) handOver = poisoned(handOver);
        // As the library: the hand-over is taken only onto the index the check read.
        const usable = usableHandOver(handOver, saved, a.index.stamp);
        a.stored.delete(saved.id);
        a.stored.set(saved.id, saved);
        a.index.add(saved);
        a.families.apply(a.families.planSave(saved, usable), a.resolve);
        handed += usable ? a.families.lastWork.handedMatches : 0;
        b.step({ op: 'save', article: o.between === 'text' ? { ...o.other, n: o.article.n } : o.article }, t++);
        expect(written(a.families, a.resolve)).toBe(written(b.families, b.resolve));
      }
    }), { numRuns });
    // Not vacuous: the check's matches were taken.
    expect(handed).toBeGreaterThan(0);
  });

  /** `saved` in the library, then `x` saved with `tamper`(its check) handed over and without: what each wrote, and the work of the one with it. */
  const savedWith = (saved: StoredArticle[], x: StoredArticle, tamper: (h: SaveHandOver) => SaveHandOver, checked = x) => {
    const a = stepped();
    const b = stepped();
    for (const lib of [a, b]) {
      for (const s of saved) {
        lib.stored.set(s.id, s);
        lib.index.add(s);
        lib.families.apply(lib.families.planSave(s), lib.resolve);
      }
      written(lib.families, lib.resolve);
    }
    const handOver = tamper(checkOf(a.index, checked, a.resolve));
    const usable = usableHandOver(handOver, x, a.index.stamp);
    for (const lib of [a, b]) {
      lib.stored.set(x.id, x);
      lib.index.add(x);
      lib.families.apply(lib.families.planSave(x, lib === a ? usable : undefined), lib.resolve);
    }
    return { handOver, usable, work: { ...a.families.lastWork }, with: written(a.families, a.resolve), without: written(b.families, b.resolve), index: a.index };
  };
  const two = () => [
    article({ n: 1, outlet: 1, date: 0, paras: [{ u: 0, form: 'quote', speaker: 0 }, { u: 1, form: 'cut', speaker: 1 }] }, 0),
    article({ n: 2, outlet: 2, date: 1, paras: [{ u: 0, form: 'altered', speaker: 0 }, { u: 1, form: 'reported', speaker: 1 }] }, 1),
  ];
  const x = () => article({ n: 0, outlet: 0, date: 0, paras: [{ u: 0, form: 'quote', speaker: 0 }, { u: 1, form: 'quote', speaker: 1 }] }, 2);
  const withEntries = (h: SaveHandOver, change: (e: SaveHandOver['matches'][number] extends ReadonlyMap<string, infer E> ? E : never) => object) =>
    ({ ...h, matches: h.matches.map((m) => new Map([...m].map(([id, e]) => [id, { ...e, ...change(e), match: e.match ? null : POISON }]))) });

  test.each([
    ['as checked: every list and match is taken', (h: SaveHandOver) => h, true],
    ['a candidate saved again since (another save time): its match is made again', (h: SaveHandOver) => withEntries(h, (e) => ({ savedAt: e.savedAt + 1 })), false],
    ['other windows (a span moved): the match is made again', (h: SaveHandOver) => withEntries(h, (e) => ({ windows: e.windows.map((w, i) => (i === 0 ? { ...w, start: w.start + 1 } : w)) })), false],
    ['other window terms: the match is made again', (h: SaveHandOver) => withEntries(h, (e) => ({ windows: e.windows.map((w, i) => (i === 0 ? { ...w, terms: w.terms.slice(1) } : w)) })), false],
    ['another list shape: the list is asked again', (h: SaveHandOver) => ({ ...poisoned(h), lists: h.lists.map(({ shape }) => ({ shape: `${shape}!`, list: { candidates: [], complete: false, budgeted: false } })), matches: h.matches }), true],
    ['another index state (stamp): nothing is taken', (h: SaveHandOver) => ({ ...poisoned(h), stamp: h.stamp - 1 }), false],
    ['another language: nothing is taken', (h: SaveHandOver) => ({ ...poisoned(h), language: 'de' as const }), false],
  ])('%s (rows and groups as without the hand-over)', (_label, tamper, matchesTaken) => {
    const r = savedWith(two(), x(), tamper);
    expect(r.with).toBe(r.without);
    const matches = r.handOver.matches.reduce((n, m) => n + m.size, 0);
    expect(matches).toBeGreaterThan(0);
    expect(r.work.handedMatches).toBe(matchesTaken ? matches : 0);
  });

  test('the article saved with another text than the one checked, its quotes the same (a paragraph added after them): nothing is taken', () => {
    const longer = article({ n: 0, outlet: 0, date: 0, paras: [{ u: 0, form: 'quote', speaker: 0 }, { u: 1, form: 'quote', speaker: 1 }, { u: 2, form: 'filler', speaker: 0 }] }, 2);
    expect(JSON.stringify(longer.quotes)).toBe(JSON.stringify(x().quotes));
    const r = savedWith(two(), longer, poisoned, x());
    expect(r.usable).toBeUndefined();
    expect(r.with).toBe(r.without);
  });

  test('a quote of more than 31 terms, some held by the saved article alone: the check\'s windows list other terms than the families\' list asked after the save, so the list and its matches are made again (fails when the shape is not compared)', () => {
    // 40 invented words; another outlet quotes all but the first five, which only the saved article holds.
    const words = Array.from({ length: 40 }, (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`);
    const doc = (id: string, outlet: string, quote: string[], savedAt: number): StoredArticle => {
      const body = articleTextFromLines(`“${cap(quote.join(' '))},” Mara Lindqvist said on Tuesday.`);
      return { id, url: `https://example.test/${id}`, outlet, title: `Story ${id}`, date: null, byline: null, lang: 'en', ...body, quotes: findQuotes(body), savedAt };
    };
    const y = doc('y', 'Valley Times', words.slice(5), 0);
    const saved = doc('x', 'Harbour Post', words, 1);
    const r = savedWith([y], saved, (h) => h);
    expect(r.usable).toBeDefined();
    expect(r.with).toBe(r.without);
    expect(r.work.handedLists).toBe(0);
    // Not vacuous: the list asked after the save is not the check's.
    const asked = r.index.candidateList(saved.quotes[0], { excludeId: 'x', excludeUrl: saved.url, excludeOutlet: saved.outlet, lexicon: english });
    expect(JSON.stringify(asked)).not.toBe(JSON.stringify(r.handOver.lists[0].list));
    expect(r.handOver.lists[0].list.candidates.map((c) => c.articleId)).toEqual(['y']);
  });
});
