import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CoverageIndex, indexTerms, withoutPossessive, type CandidateOptions } from '@/utils/index/coverage-index';
import type { Quote, StoredArticle } from '@/utils/types';
import { english } from '@/utils/language/en';
import { french } from '@/utils/language/fr';
import { german } from '@/utils/language/de';
import { ALL, article, football, harbor, ledger, otherTown, PLANT_QUOTE, reprint, wire } from '../../golden/coverage/articles';

/** Four consecutive terms of the Port Calder passages, or (the last four) of Marlow Point's. */
const PORT_OR_MARLOW = 'Port Calder desalination plant, or Marlow Point';
const q = (text: string): Pick<Quote, 'text'> => ({ text });
const ids = (index: CoverageIndex, text: string, opts: CandidateOptions = {}) => index.candidates(q(text), opts).map((c) => c.articleId);

function indexOf(articles: StoredArticle[]): CoverageIndex {
  const index = new CoverageIndex();
  for (const a of articles) index.add(a);
  return index;
}

describe('indexTerms', () => {
  test.each([
    ['stopwords and stock words go, content stays', 'We are going to make America great again', []],
    ['normalized, possessive dropped', 'Gor’s “Critical” minerals', ['gor', 'critical', 'minerals']],
    ['British spelling folded', 'the programme was finalised', ['program', 'finalized']],
    ['an initialism with full stops is one term, as written without them', 'F.B.I. agents in the U.K. capital', ['fbi', 'agents', 'uk', 'capital']],
    ['the same written without stops', 'FBI agents in the UK capital', ['fbi', 'agents', 'uk', 'capital']],
    ['at a sentence end, its last stop ends the sentence too', 'Ships left the U.K. Harbor crews stayed.', ['ships', 'left', 'uk', 'harbor', 'crews', 'stayed']],
    ['a decimal, an ellipsis and a full stop are no initialism', 'Rates rose 3.5 points...then fell. Harbor closed.', ['rates', 'rose', 'points', 'fell', 'harbor', 'closed']],
  ])('%s', (_name, text, expected) => {
    expect(indexTerms(text)).toEqual(expected);
  });

  test.each([
    ['French: elided words split off, stopwords and the 1990 spelling', french, 'L’accord qu’il connaît', ['accord', 'connait']],
    ['French read as English keeps the elisions and the stopwords', english, 'L’accord qu’il connaît', ["l'accord", "qu'il", 'connaît']],
    ['German: ß folded, stopwords dropped', german, 'Wir müssen die Halle schließen', ['halle', 'schliessen']],
  ])('in a language: %s', (_name, lex, text, expected) => {
    expect(indexTerms(text, lex)).toEqual(expected);
  });
});

describe('CoverageIndex: initialisms', () => {
  test.each([
    ['written with full stops in the article, without in the quote', 'It is a deliberate assault on U.K. sovereignty by the regime, the minister said.', 'an assault on UK sovereignty'],
    ['written without stops in the article, with them in the quote', 'It is a deliberate assault on UK sovereignty by the regime, the minister said.', 'an assault on U.K. sovereignty'],
  ])('%s: the article is a candidate', (_name, text, quote) => {
    const a = article({ id: 'minister', outlet: 'Harbor Daily', title: 'Minister', date: '2026-01-01', paragraphs: [text] });
    expect(ids(indexOf([a]), quote)).toEqual(['minister']);
  });
});

describe('CoverageIndex: one language per article', () => {
  // The same English words in an English article and, quoted, in a German one.
  const WORDS = 'Calder brine pipeline opens in March';
  const en = { ...article({ id: 'en-pipe', outlet: 'Ledger', title: 'Pipeline', date: null, paragraphs: [`Officials said the ${WORDS}, two years late.`] }) };
  const de = {
    ...article({ id: 'de-pipe', outlet: 'Hafenblatt', title: 'Leitung', date: null, paragraphs: [`Auf dem Plakat stand: ${WORDS}. Die Leitung ist zwei Jahre zu spät fertig.`] }),
    lang: 'de',
  };
  const ids = (index: CoverageIndex, opts: CandidateOptions = {}) => index.candidates(q(WORDS), opts).map((c) => c.articleId).sort();

  test('a quote asked in one language finds only articles saved in it; without a language, any', () => {
    const index = indexOf([en, de]);
    expect(ids(index, { lexicon: english })).toEqual(['en-pipe']);
    expect(ids(index, { lexicon: german })).toEqual(['de-pipe']);
    expect(ids(index, { lexicon: french })).toEqual([]);
    expect(ids(index)).toEqual(['de-pipe', 'en-pipe']);
  });

  test('the language survives toJSON and load', () => {
    const loaded = CoverageIndex.load(structuredClone(indexOf([en, de]).toJSON()))!;
    expect(ids(loaded, { lexicon: english })).toEqual(['en-pipe']);
    expect(ids(loaded, { lexicon: german })).toEqual(['de-pipe']);
  });

  test('searchArticles keeps to the language too (related coverage)', () => {
    const index = indexOf([en, de]);
    expect(index.searchArticles(['pipeline'], { lexicon: german }).map((h) => h.articleId)).toEqual(['de-pipe']);
    expect(index.searchArticles(['pipeline']).map((h) => h.articleId).sort()).toEqual(['de-pipe', 'en-pipe']);
  });
});

describe('CoverageIndex.add / has / size / getArticle', () => {
  test('indexes every article once and keeps metadata without text', () => {
    const index = indexOf(ALL);
    expect(index.size).toBe(ALL.length);
    expect(index.has(ledger.id)).toBe(true);
    expect(index.getArticle(ledger.id)).toEqual({ id: ledger.id, outlet: 'Valley Ledger', url: ledger.url, title: ledger.title, date: '2026-02-10' });
  });

  test('adding the same id replaces: old words no longer retrieve it, new words do', () => {
    const index = indexOf(ALL);
    index.add({ ...football, text: 'The stadium vote about zeppelins was postponed.', paragraphs: [], quotes: [] });
    expect(index.size).toBe(ALL.length);
    expect(ids(index, 'supporters deserve a ground with a roof')).not.toContain(football.id);
    expect(ids(index, 'zeppelins postponed')).toEqual([football.id]);
  });

  test('an article without id is refused with the module named', () => {
    expect(() => new CoverageIndex().add({ ...harbor, id: '' })).toThrow(/^coverage-index:/);
  });
});

describe('CoverageIndex.remove', () => {
  test('removed articles are never candidates, and removing twice returns false', async () => {
    const index = indexOf(ALL);
    expect(index.remove(ledger.id)).toBe(true);
    expect(index.remove(ledger.id)).toBe(false);
    expect(index.has(ledger.id)).toBe(false);
    expect(index.size).toBe(ALL.length - 1);
    expect(ids(index, PLANT_QUOTE)).not.toContain(ledger.id);
    await index.compact();
    expect(ids(index, PLANT_QUOTE)).not.toContain(ledger.id);
    expect(ids(index, PLANT_QUOTE)).toContain(wire.id);
  });

  test('removal really leaves the postings, and compact() reclaims the space', async () => {
    const index = indexOf(ALL);
    const empty = JSON.stringify(new CoverageIndex()).length;
    for (const a of ALL) index.remove(a.id);
    expect(index.toJSON().articles.seqs).toEqual(new Int32Array(0));
    expect(index.searchArticles(['Calder', 'stadium'])).toEqual([]);
    await index.compact();
    expect(JSON.stringify(index).length).toBeLessThanOrEqual(empty + 40);
  });
});

describe('CoverageIndex.candidates', () => {
  const index = indexOf(ALL);

  test('finds the quote in the other outlets, with windows that contain it', () => {
    const found = index.candidates(q(PLANT_QUOTE), { excludeId: harbor.id, excludeOutlet: harbor.outlet });
    expect(found.map((c) => c.articleId).slice(0, 3).sort()).toEqual([ledger.id, reprint.id, wire.id].sort());
    for (const c of found.slice(0, 3)) {
      const text = ALL.find((a) => a.id === c.articleId)!.text;
      expect(c.windows.some((w) => text.slice(w.start, w.end).includes(PLANT_QUOTE))).toBe(true);
    }
  });

  test('a window is the hit sentence widened by one sentence each side', () => {
    const [c] = index.candidates(q('brine discharge could ruin their harvest'), { excludeId: harbor.id });
    expect(c.articleId).toBe(ledger.id);
    const text = ledger.text.slice(c.windows[0].start, c.windows[0].end);
    expect(text.startsWith('Mayor Lena Ortiz told reporters')).toBe(true);
    expect(text.endsWith('said Tomas Reyes, who chairs the growers association.')).toBe(true);
  });

  test.each<[string, string, CandidateOptions, string[], string[]]>([
    ['same id excluded', PLANT_QUOTE, { excludeId: ledger.id }, [harbor.id, wire.id], [ledger.id]],
    ['same URL excluded (tracking parameters ignored)', PLANT_QUOTE, { excludeUrl: `${ledger.url}?utm_source=mail#top` }, [harbor.id], [ledger.id]],
    ['same outlet excluded', PORT_OR_MARLOW, { excludeOutlet: 'harbor times' }, [ledger.id], [otherTown.id, harbor.id]],
    ['same outlet included on request', PORT_OR_MARLOW, { excludeOutlet: 'Harbor Times', includeSameOutlet: true }, [otherTown.id], []],
    ['empty outlet excludes nothing', PORT_OR_MARLOW, { excludeOutlet: '' }, [otherTown.id, harbor.id], []],
  ])('%s', (_name, text, opts, present, absent) => {
    const found = ids(index, text, opts);
    for (const id of present) expect(found).toContain(id);
    for (const id of absent) expect(found).not.toContain(id);
  });

  test.each([
    ['only stock words', 'our thoughts and prayers are with the families'],
    ['only function words', 'it was what it was'],
  ])('no candidates for a quote with %s', (_name, text) => {
    expect(index.candidates(q(text))).toEqual([]);
  });

  // The rule: a run of three consecutive passages holding three of four consecutive index terms
  // of the quote (all of them when it has fewer, at least two; a lone number when it has no other).
  const runs = indexOf([article({
    id: 'runs', outlet: 'Run Post', title: 'runs', date: null,
    paragraphs: ['Walrus ferry.', 'Nothing here.', 'Tundra lantern.', 'Quiet line.', 'Nothing again.', 'Orchid 1848.'],
  })]);
  test.each<[string, string, boolean]>([
    ['both terms of a two-term quote in one passage', 'walrus ferry', true],
    ['three terms within a run of three passages', 'ferry tundra lantern', true],
    ['three terms spread over four passages', 'walrus lantern quiet', false],
    ['four consecutive terms in the run, the rest of a long quote elsewhere', 'orchid zinc walrus ferry tundra lantern cobalt', true],
    ['one word of four changed (three of four consecutive terms)', 'walrus ferry zinc tundra', true],
    ['three terms held, but never three of four consecutive ones', 'walrus zinc ferry cobalt tundra', false],
    ['a number is a term like any other', 'orchid 1848', true],
    ['a lone number, the quote\'s only term', 'that is 1848 more to go', true],
    ['one term alone (no window can pass mayQualify)', 'walrus', false],
    ['a term no passage holds breaks its chunks', 'walrus ferry zinc', false],
  ])('candidate rule: %s', (_name, text, expected) => {
    expect(ids(runs, text)).toEqual(expected ? ['runs'] : []);
  });

  // A quote of three terms in three sentences, printed with one sentence break more (its comma a
  // full stop): the terms lie four passages apart, which no run of three held.
  const SPARSE = "I was out there for 40 years. I know what I'm doing, and you come up to me and you say, 'It has to be the lighthouse.' I won't hear of it.";
  test.each<[string, string, string[], boolean]>([
    ['the quote with one break more', SPARSE, ["I was out there for 40 years. I know what I'm doing. And you come up to me and you say it has to be the lighthouse. I won't hear of it."], true],
    ['the same words as one sentence in the quote', 'I was out there for 40 years and I know the lighthouse and I will not hear of it', ["I was out there for 40 years. I know what I'm doing. And you come up to me and you say it has to be the lighthouse. I won't hear of it."], false],
    ['the quote\'s terms six passages apart', SPARSE, ['It was 40 years.', 'Then a storm.', 'Then a flood.', 'Then the lighthouse.', 'Then a gale.', 'I will not hear of it.'], false],
  ])('candidate rule, terms in several of the quote\'s sentences: %s', (_name, quote, paragraphs, expected) => {
    const a = article({ id: 'sparse', outlet: 'Keeper Post', title: 'Keeper', date: null, paragraphs });
    expect(ids(indexOf([a]), quote)).toEqual(expected ? ['sparse'] : []);
  });

  test('candidates come with the windows around the passages holding the terms', () => {
    const [c] = runs.candidates(q('tundra lantern quiet'));
    expect(c.windows.map((w) => runs.getArticle(c.articleId) && w.terms)).toEqual([['tundra', 'lantern', 'quiet']]);
  });
});

/** One article's serialized index with some of its article columns replaced. */
function withArticles(patch: object): unknown {
  const json = indexOf([harbor]).toJSON();
  return { ...json, articles: { ...json.articles, ...patch } };
}

describe('CoverageIndex.candidates within the read budget', () => {
  // Six articles carry the quote's common half (all within MAX_CANDIDATES); one only its rare half.
  const QUOTE = 'The council approved the harbour budget at the meeting, and the Zorvath turbine pact was signed';
  const commons = Array.from({ length: 6 }, (_, i) =>
    article({ id: `common-${i}`, outlet: `Outlet ${i}`, title: 'Budget', date: null, paragraphs: [`The council approved the harbour budget at the meeting on day ${i}.`] }));
  const rare = article({ id: 'rare', outlet: 'Rare Times', title: 'Pact', date: null, paragraphs: ['Officials said the Zorvath turbine pact was signed at dawn.'] });
  const build = (readBudget?: number) => {
    const index = new CoverageIndex({ readBudget });
    for (const a of [...commons, rare]) index.add(a);
    return index;
  };

  test.each([
    ['within the budget every qualifying article is found', undefined, 0, true],
    ['past it, the most specific chunks are read: the rare rendering stays, the common ones go', 4, 1, false],
  ])('%s', (_name, readBudget, budgeted, commonsFound) => {
    const index = build(readBudget);
    const found = ids(index, QUOTE);
    expect(found).toContain('rare');
    expect(found.some((id) => id.startsWith('common-'))).toBe(commonsFound);
    expect(index.work).toMatchObject({ quotes: 1, budgeted });
  });
});

describe('CoverageIndex.searchText (the library search box)', () => {
  const built = indexOf(ALL);
  const loaded = CoverageIndex.load(structuredClone(indexOf(ALL).toJSON()))!;
  test.each<[string, string, StoredArticle[]]>([
    ['every word must be in the text', 'oyster brine', [harbor, ledger, wire]],
    ['one rare word', 'bankrupt', [otherTown]],
    ['a word of every plant story', 'desalination', [harbor, ledger, wire, reprint, otherTown]],
    ['words of two different stories: none holds both', 'oyster stadium', []],
    ['British spelling finds it, American too', 'favour', [wire, reprint]],
    ['', 'favor', [wire, reprint]],
    ['a word being typed matches the terms it begins', 'oyst', [harbor, ledger, wire]],
    ['a whole word matched is not widened to the terms it begins', 'plan', [ledger]],
    ['a finished word (a space after it) is not a prefix', 'oyst ', []],
    ['only the word being typed is a prefix', 'oyst stad', []],
    ['too short to be a prefix', 'oy', []],
    ['function words alone ask for nothing', 'the of and', []],
    ['a word no article holds', 'volcano', []],
  ])('%s: %j', (_name, query, expected) => {
    const want = expected.map((a) => a.id).sort();
    expect([...built.searchText(query)].sort()).toEqual(want);
    expect([...loaded.searchText(query)].sort()).toEqual(want);
  });

  test('a removed article is no longer found', () => {
    const index = indexOf(ALL);
    index.remove(otherTown.id);
    expect(index.searchText('bankrupt')).toEqual([]);
  });

  // Reference: the articles whose own index terms include every index term of the query.
  test('finds exactly the articles holding every word (property, against a scan of each text)', () => {
    const vocabulary = [...new Set(ALL.flatMap((a) => indexTerms(a.text)))].sort();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary, 'volcano'), { minLength: 1, maxLength: 3 }), fc.boolean(), (words, load) => {
        const index = load ? loaded : built;
        const want = ALL.filter((a) => {
          const terms = new Set(indexTerms(a.text));
          return words.every((w) => terms.has(w));
        }).map((a) => a.id);
        expect([...index.searchText(`${words.join(' ')} `)].sort()).toEqual(want.sort());
      }),
      { numRuns: 200 },
    );
  });
});

describe('CoverageIndex serialization', () => {
  const QUERIES = [PLANT_QUOTE, 'brine oyster beds appeal', 'stadium roof supporters', 'Marlow Point utility bankrupt'];
  const snapshot = (index: CoverageIndex) => QUERIES.map((text) => index.candidates(q(text), { excludeId: harbor.id }));

  test('toJSON → structured clone (as IndexedDB stores it) → load gives identical candidates, also after removals and replacements', () => {
    const index = indexOf(ALL);
    index.remove(wire.id);
    index.add({ ...ledger, title: 'Updated headline' });
    const loaded = CoverageIndex.load(structuredClone(index.toJSON()))!;
    expect(loaded).not.toBeNull();
    expect(snapshot(loaded)).toEqual(snapshot(index));
    expect(loaded.size).toBe(index.size);
    expect(loaded.getArticle(ledger.id)?.title).toBe('Updated headline');
    // The loaded index keeps working incrementally.
    loaded.add(wire);
    index.add(wire);
    expect(snapshot(loaded)).toEqual(snapshot(index));
  });

  test('metadata survives exactly: no date, an empty date, non-Latin text, an article with no passages', () => {
    const metas = [
      { ...harbor, id: 'a', date: null },
      { ...ledger, id: 'b', date: '' },
      { ...wire, id: 'c', title: 'Ярмарка «урожай» — 収穫祭', outlet: 'Новости' },
      { ...football, id: 'd', url: '', text: '', paragraphs: [], quotes: [] },
    ];
    const index = indexOf(metas);
    const loaded = CoverageIndex.load(structuredClone(index.toJSON()))!;
    expect(loaded.ids()).toEqual(index.ids());
    for (const id of index.ids()) expect(loaded.getArticle(id)).toEqual(index.getArticle(id));
    expect(loaded.toJSON()).toEqual(index.toJSON());
  });

  test.each<[string, unknown]>([
    ['another format version', { ...indexOf([harbor]).toJSON(), version: CoverageIndex.FORMAT_VERSION + 1 }],
    ['malformed postings', { ...indexOf([harbor]).toJSON(), postings: { terms: 'calder', data: 'x' } }],
    ['malformed passages', withArticles({ varints: '\uffff', varintLengths: Uint32Array.of(1) })],
    ['passages whose last number is cut short', withArticles({ varints: '\u4001', varintLengths: Uint32Array.of(1) })],
    ['passages longer than their stated length', withArticles({ varintLengths: Uint32Array.of(1) })],
    ['metadata shorter than its stated lengths', withArticles({ fields: 'x' })],
    ['a column missing a row', withArticles({ seqs: new Int32Array(0) })],
    ['a language column missing a row', withArticles({ languages: new Uint8Array(0) })],
    ['a language number no lexicon has', withArticles({ languages: Uint8Array.of(200) })],
    ['articles as JSON made them (no typed arrays)', { ...indexOf([harbor]).toJSON(), articles: JSON.parse(JSON.stringify(indexOf([harbor]).toJSON().articles)) }],
    ['postings missing', { ...indexOf([harbor]).toJSON(), postings: undefined }],
    ['passage lengths as JSON made them', JSON.parse(JSON.stringify(indexOf([harbor])))],
    ['fewer passage lengths than passages', { ...indexOf([harbor]).toJSON(), lengths: indexOf([harbor]).toJSON().lengths.subarray(1) }],
    ['more passage lengths than passages', { ...indexOf([harbor]).toJSON(), lengths: new Uint16Array(indexOf([harbor]).toJSON().lengths.length + 1) }],
    ['not an index', { hello: 'world' }],
    ['null', null],
  ])('load returns null for %s (caller rebuilds)', (_name, json) => {
    expect(CoverageIndex.load(json)).toBeNull();
  });
});

describe('CoverageIndex against a reference model (property)', () => {
  // Every generated article contains "zebrafish story", so a query for it can return every indexed id.
  const op = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), id: fc.integer({ min: 0, max: 5 }), words: fc.array(fc.constantFrom('harbour', 'vote', 'brine', 'stadium', 'minerals', 'Ortiz'), { maxLength: 6 }) }),
    fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 5 }) }),
  );

  test('after any add/replace/remove sequence, candidates and size agree with a Map', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.boolean(), (ops, roundTrip) => {
        let index = new CoverageIndex();
        const model = new Map<string, string>();
        for (const o of ops) {
          const id = `a${o.id}`;
          if (o.kind === 'add') {
            const text = `The zebrafish story. ${o.words.join(' ')} followed.`;
            index.add(article({ id, outlet: `Outlet ${o.id}`, title: id, date: null, paragraphs: [text] }));
            model.set(id, text);
          } else {
            expect(index.remove(id)).toBe(model.delete(id));
          }
        }
        if (roundTrip) index = CoverageIndex.load(structuredClone(index.toJSON()))!;
        expect(index.size).toBe(model.size);
        expect(new Set(ids(index, 'zebrafish story'))).toEqual(new Set(model.keys()));
        expect(index.ids().sort()).toEqual([...model.keys()].sort());
      }),
      { numRuns: 200 },
    );
  });
});

describe('candidates do not depend on what else is saved (property)', () => {
  // Few words, so unrelated articles share the quote's words and change every term's rarity.
  const word = fc.constantFrom('harbour', 'vote', 'brine', 'stadium', 'minerals', 'ortiz', 'ferry', 'council', 'water', 'budget');
  const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => `${ws.join(' ')}.`);
  const body = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' ')), { minLength: 1, maxLength: 4 });
  // At most 4 + 4 articles: below the candidate cap (8 per quote), which the next tests cover.
  const saved = (prefix: string) => fc.array(body, { maxLength: 4 }).map((bodies) =>
    bodies.map((paragraphs, i) => article({ id: `${prefix}${i}`, outlet: `${prefix} outlet ${i}`, title: `${prefix}${i}`, date: null, paragraphs })));

  test('adding unrelated articles never removes (or adds) a candidate among the articles already saved', () => {
    fc.assert(
      fc.property(saved('story'), saved('crowd'), fc.array(word, { minLength: 2, maxLength: 9 }), fc.boolean(), (story, crowd, quoteWords, before) => {
        const quote = quoteWords.join(' ');
        const alone = ids(indexOf(story), quote).sort();
        const crowded = ids(indexOf(before ? [...crowd, ...story] : [...story, ...crowd]), quote).filter((id) => id.startsWith('story')).sort();
        expect(crowded).toEqual(alone);
      }),
      { numRuns: 300 },
    );
  });

  // Past the cap (8 articles per quote) the best-carrying articles are kept, ties to the earlier saved.
  const carrying = (id: string, text: string) => article({ id, outlet: `Outlet ${id}`, title: id, date: null, paragraphs: [text] });
  const QUOTE = 'walrus ferry tundra lantern orchid';
  const story = carrying('story', 'The walrus ferry crossed the tundra.');
  test.each<[string, StoredArticle[], boolean]>([
    ['twenty later saves carrying as much of the quote never displace it', Array.from({ length: 20 }, (_, i) => carrying(`crowd${i}`, 'A walrus ferry in the tundra.')), true],
    ['twenty saves sharing fewer terms never displace it', Array.from({ length: 20 }, (_, i) => carrying(`crowd${i}`, 'The walrus ferry left.')), true],
    ['only articles carrying strictly more of the quote can (eight of them)', Array.from({ length: 8 }, (_, i) => carrying(`crowd${i}`, 'Walrus ferry, tundra lantern.')), false],
  ])('%s', (_name, crowd, kept) => {
    expect(ids(indexOf([story, ...crowd]), QUOTE).includes('story')).toBe(kept);
  });
});

describe('a quote reading more lists than an article\'s marks tell apart (31)', () => {
  // Eighty made-up words, each in one background article: every chunk's two rarest are read, 40 lists or more.
  const words = Array.from({ length: 80 }, (_, i) => `zorbex${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const background = article({ id: 'all', outlet: 'Everything', title: 'all', date: null, paragraphs: [words.map((w) => `${w}.`).join(' ')] });
  test.each<[string, number[], boolean]>([
    ['three of a chunk near the end of the quote qualify', [70, 71, 72], true],
    ['three of a chunk at its start qualify', [0, 1, 2], true],
    ['two of a chunk do not', [70, 72], false],
  ])('%s', (_name, held, qualifies) => {
    const story = article({ id: 'story', outlet: 'Story', title: 'story', date: null, paragraphs: [`${held.map((i) => words[i]).join(' ')}.`] });
    const index = indexOf([background, story]);
    expect(ids(index, words.join(' ')).includes('story')).toBe(qualifies);
  });
});

describe('the bounded candidate search equals scoring every article (property)', () => {
  // Words of three weights (by length), few of them, so most articles qualify and past the eighth
  // the bound decides which are scored at all.
  const word = fc.constantFrom('kelp', 'fjord', 'walrus', 'tundra', 'lantern', 'orchid', 'zeppelin', 'marigold', 'quartzite', 'heliotrope');
  const sentence = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => `${ws.join(' ')}.`);
  const body = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' ')), { minLength: 1, maxLength: 3 });

  /** The same articles in an index that bounds its search and in one that scores every article. */
  const boundedAndExhaustive = (saved: Parameters<CoverageIndex['add']>[0][], holderList?: number) => {
    const bounded = new CoverageIndex({ holderList });
    const exhaustive = new CoverageIndex({ exhaustive: true });
    for (const a of saved) {
      bounded.add(a);
      exhaustive.add(a);
    }
    return [bounded, exhaustive] as const;
  };

  test('same candidates, scores and windows, in the same order, and as complete', () => {
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 24 }), fc.array(word, { minLength: 2, maxLength: 10 }), (bodies, quoteWords) => {
        const saved = bodies.map((paragraphs, i) => article({ id: `s${i}`, outlet: `Outlet ${i}`, title: `s${i}`, date: null, paragraphs }));
        const [bounded, exhaustive] = boundedAndExhaustive(saved);
        const quote = q(quoteWords.join(' '));
        // The whole list, with whether it is complete: an article passed over by the bound that would
        // have qualified makes both incomplete (the screen runs lazily in the bounded search).
        expect(bounded.candidateList(quote)).toEqual(exhaustive.candidateList(quote));
      }),
      { numRuns: 300 },
    );
  });

  // Fixed cases the property found against walks that end too early: the search ends once the list
  // is incomplete and no article left can reach the cut (best first by read weight, in bands); ending
  // at a band's start on the bands after it, not on that band's own best, drops a kept article.
  test.each<[string, string[][], string[]]>([
    ['a band holding a kept article after the list became incomplete', [['kelp.', 'lantern zeppelin tundra.'], ['zeppelin heliotrope lantern.'], ['zeppelin orchid kelp. lantern.'], ['orchid kelp. kelp.', 'walrus. zeppelin tundra heliotrope.'], ['heliotrope kelp. zeppelin. walrus lantern tundra.'], ['orchid kelp. kelp.', 'walrus lantern tundra.'], ['zeppelin kelp.', 'heliotrope walrus.', 'lantern kelp. heliotrope.'], ['orchid tundra heliotrope. walrus kelp.'], ['orchid heliotrope. kelp.', 'walrus kelp. heliotrope tundra.', 'tundra kelp. lantern.'], ['zeppelin kelp. walrus lantern tundra.']], ['kelp', 'orchid', 'walrus', 'lantern', 'heliotrope', 'zeppelin', 'tundra']],
  ])('%s', (_name, bodies, quoteWords) => {
    const saved = bodies.map((paragraphs, i) => article({ id: `s${i}`, outlet: `Outlet ${i}`, title: `s${i}`, date: null, paragraphs }));
    const [bounded, exhaustive] = boundedAndExhaustive(saved);
    const quote = q(quoteWords.join(' '));
    expect(bounded.candidateList(quote)).toEqual(exhaustive.candidateList(quote));
  });

  // A story saved many times: most articles carry every word of the quote, so once eight full
  // matches are found only the rarest lists are walked and the others only sought.
  const common = fc.constantFrom('kelp', 'fjord', 'walrus', 'tundra', 'lantern');
  const rare = fc.constantFrom('zeppelin', 'heliotrope', 'quartzite');
  const storyBody = fc.array(fc.array(fc.oneof({ weight: 6, arbitrary: common }, { weight: 1, arbitrary: rare }), { minLength: 3, maxLength: 9 }).map((ws) => `${ws.join(' ')}.`), { minLength: 1, maxLength: 4 });
  // Unread terms answered from their lists, or from article bits for every unread list (holderList 1:
  // the bound then sums every unread term's bit at once, as at 100k).
  test.each<[string, number | undefined]>([
    ['sought in their lists', undefined],
    ['from article bits', 1],
  ])('same candidates when many articles carry the whole quote, with exclusions, unread terms %s', (_name, holderList) => {
    fc.assert(
      fc.property(fc.array(storyBody, { minLength: 20, maxLength: 60 }), fc.array(fc.oneof({ weight: 6, arbitrary: common }, { weight: 1, arbitrary: rare }), { minLength: 3, maxLength: 6 }), fc.integer({ min: 0, max: 5 }), (bodies, quoteWords, skip) => {
        const saved = bodies.map((sentences, i) => article({ id: `s${i}`, outlet: `Outlet ${i % 6}`, title: `s${i}`, date: null, paragraphs: [sentences.join(' ')] }));
        const [bounded, exhaustive] = boundedAndExhaustive(saved, holderList);
        const quote = q(quoteWords.join(' '));
        const opts: CandidateOptions = { excludeId: `s${skip}`, excludeOutlet: `Outlet ${skip}` };
        expect(bounded.candidateList(quote, opts)).toEqual(exhaustive.candidateList(quote, opts));
      }),
      { numRuns: 300 },
    );
  });
});

describe('unread terms looked up in article bits or sought in their lists give the same candidates (property)', () => {
  // Few words, so most quote terms are common and left unread; bits for every unread list (holderList 1) against none.
  const word = fc.constantFrom('kelp', 'fjord', 'walrus', 'tundra', 'lantern', 'orchid', 'zeppelin', 'marigold');
  const sentence = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => `${ws.join(' ')}.`);
  const body = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' ')), { minLength: 1, maxLength: 3 });
  const saved = (i: number, paragraphs: string[]) => article({ id: `s${i}`, outlet: `Outlet ${i % 5}`, title: `s${i}`, date: null, paragraphs });

  test('same candidates, scores and windows, built or loaded, after saves and removals, bounded or exhaustive', () => {
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 30 }), fc.array(body, { maxLength: 4 }), fc.nat(), fc.array(word, { minLength: 2, maxLength: 9 }), (bodies, later, drop, quoteWords) => {
        const json = indexOf(bodies.map((paragraphs, i) => saved(i, paragraphs))).toJSON();
        const indexes = [{ holderList: 1 }, { holderList: Infinity }, { holderList: 1, exhaustive: true }].map((opts) => {
          const index = CoverageIndex.load(structuredClone(json), opts)!;
          // Asked once before the saves, so bits made then must follow them.
          index.candidates(q(quoteWords.join(' ')));
          later.forEach((paragraphs, i) => index.add(saved(bodies.length + i, paragraphs)));
          index.remove(`s${drop % bodies.length}`);
          return index;
        });
        const quote = q(quoteWords.join(' '));
        const [bits, sought, exhaustive] = indexes.map((index) => index.candidates(quote, { excludeOutlet: 'Outlet 1' }));
        expect(bits).toEqual(sought);
        expect(bits).toEqual(exhaustive);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a loaded index answers the same whatever decoded lists it dropped (property)', () => {
  // Few words, so every query asks for lists that other queries asked for before.
  const word = fc.constantFrom('kelp', 'fjord', 'walrus', 'tundra', 'lantern', 'orchid', 'zeppelin', 'marigold', 'quartzite', 'heliotrope');
  const sentence = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => `${ws.join(' ')}.`);
  const body = fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join(' ')), { minLength: 1, maxLength: 3 });
  const saved = (i: number, paragraphs: string[]) => article({ id: `s${i}`, outlet: `Outlet ${i % 5}`, url: `https://o.example/${i % 7}`, title: `s${i}`, date: null, paragraphs });
  const step = fc.oneof(
    fc.record({ kind: fc.constant('candidates' as const), words: fc.array(word, { minLength: 2, maxLength: 8 }), exclude: fc.integer({ min: 0, max: 30 }) }),
    fc.record({ kind: fc.constant('search' as const), words: fc.array(word, { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('add' as const), id: fc.integer({ min: 0, max: 30 }), paragraphs: body }),
    fc.record({ kind: fc.constant('remove' as const), id: fc.integer({ min: 0, max: 30 }) }),
    fc.record({ kind: fc.constant('cache' as const) }),
  );
  type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;
  const answer = (index: CoverageIndex, s: Step): unknown => {
    switch (s.kind) {
      case 'candidates':
        return index.candidates(q(s.words.join(' ')), { excludeId: `s${s.exclude}`, excludeUrl: `https://o.example/${s.exclude % 7}`, excludeOutlet: `Outlet ${s.exclude % 3}` });
      case 'search':
        return [
          index.searchText(s.words.join(' ')),
          index.searchArticles(s.words, { limit: 5 }).map((hit) => ({ ...hit, article: hit.article })),
          index.rarestTerms(s.words),
          s.words.map((w) => index.documentFrequency(w)),
        ];
      case 'add':
        index.add(saved(s.id, s.paragraphs));
        return index.size;
      case 'remove':
        return index.remove(`s${s.id}`);
      case 'cache':
        return structuredClone(index.toJSON());
    }
  };

  test('every answer of an index keeping no decoded list equals that of one keeping them all, and of the index it was saved from (cached or not)', () => {
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 16 }), fc.array(step, { minLength: 1, maxLength: 20 }), (bodies, steps) => {
        const built = indexOf(bodies.map((paragraphs, i) => saved(i, paragraphs)));
        const json = structuredClone(built.toJSON());
        const evicting = CoverageIndex.load(json, { decodedPostings: 0 })!;
        const keeping = CoverageIndex.load(json, { decodedPostings: Infinity })!;
        for (const s of steps) {
          const expected = answer(keeping, s);
          expect(answer(evicting, s)).toEqual(expected);
          expect(answer(built, s)).toEqual(expected);
        }
        expect(evicting.toJSON()).toEqual(keeping.toJSON());
      }),
      { numRuns: 200 },
    );
  });

  test.each<[string, number, boolean]>([
    ['a budget of none drops all but the last list', 0, true],
    ['an unbounded budget drops none', Infinity, false],
  ])('%s', (_name, decodedPostings, dropped) => {
    const loaded = CoverageIndex.load(structuredClone(indexOf(ALL).toJSON()), { decodedPostings })!;
    const all = CoverageIndex.load(structuredClone(indexOf(ALL).toJSON()), { decodedPostings: Infinity })!;
    for (const index of [loaded, all]) index.candidates(q(PLANT_QUOTE));
    expect(all.decodedPostings).toBeGreaterThan(0);
    expect(loaded.decodedPostings < all.decodedPostings).toBe(dropped);
  });
});

describe('withoutPossessive', () => {
  test("equals dropping /'s$/ by the pattern (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 's', "'", 'S', 'é', '1'), { maxLength: 6 }), (chars) => {
        const word = chars.join('');
        expect(withoutPossessive(word)).toBe(word.replace(/'s$/, ''));
      }),
      { numRuns: 2000 },
    );
  });
});
