/**
 * Scoring of the judged-pair evaluation (bin/eval/eval-judged.ts) and the label check of its import
 * (bin/eval/judge-candidates.ts): labels and pipeline outcomes in, counts out. No corpus is read.
 */
import { describe, expect, test } from 'vitest';
import { meetsGoals, scoreJudged, speakerVerdict, type Outcome, type SplitScore } from '../../../bin/eval/eval-judged';
import { batchesOf, eventCandidates, mergePairs, moreTuneRound, nextRound, parseLabel, pickFromEvent, ROUND_1, splitOf, type Drawn, type JudgedPair } from '../../../bin/eval/judge-candidates';
import type { MatchKind } from '@/utils/types';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { pairsOfKind } from './judged-pair';

/** A labelled pair whose judged B span is [100, 150). */
const pair = pairsOfKind('verbatim');

const onSpan = (kind: MatchKind, speakerConflict = false): Outcome =>
  ({ quoteFound: true, match: { start: 120, end: 140, kind, speakerConflict } });
const elsewhere: Outcome = { quoteFound: true, match: { start: 400, end: 420, kind: 'verbatim', speakerConflict: false } };
const noMatch: Outcome = { quoteFound: true, match: null };
const noQuote: Outcome = { quoteFound: false, match: null };

type Counts = Partial<Omit<SplitScore, 'confusion' | 'issues'>>;

describe('scoreJudged', () => {
  const cases: { name: string; pair: JudgedPair; outcome?: Outcome; counts: Counts; issue?: RegExp }[] = [
    { name: 'verbatim found, kind agrees', pair: pair('v'), outcome: onSpan('verbatim'), counts: { same: 1, found: 1, kindRight: 1, sameSpeaker: 1 } },
    { name: 'judged partial, called altered', pair: pair('k', { kind: 'partial' }), outcome: onSpan('altered'), counts: { same: 1, found: 1, kindRight: 0 }, issue: /k judged partial, got altered/ },
    { name: 'match elsewhere in B is a miss', pair: pair('e'), outcome: elsewhere, counts: { same: 1, found: 0 }, issue: /matched elsewhere/ },
    { name: 'no match is a miss', pair: pair('n'), outcome: noMatch, counts: { same: 1, found: 0, retrievalMisses: 0 }, issue: /no match/ },
    { name: 'a miss whole-text alignment finds is a retrieval miss', pair: pair('w'), outcome: { ...noMatch, wholeText: true }, counts: { found: 0, retrievalMisses: 1 }, issue: /w verbatim: no match \(whole-text alignment finds it: retrieval\)/ },
    { name: 'whole text says nothing about a found pair', pair: pair('w2'), outcome: { ...onSpan('verbatim'), wholeText: true }, counts: { found: 1, retrievalMisses: 0 } },
    { name: 'quote no longer found is a miss', pair: pair('q'), outcome: noQuote, counts: { same: 1, found: 0 }, issue: /quote not found/ },
    { name: 'no outcome at all is a miss', pair: pair('x'), counts: { same: 1, found: 0 }, issue: /x verbatim: quote not found/ },
    { name: 'same speaker flagged is a false conflict', pair: pair('f'), outcome: onSpan('verbatim', true), counts: { sameSpeaker: 1, falseConflicts: 1 }, issue: /false speaker conflict/ },
    { name: 'real conflict flagged', pair: pair('r', { speakers: 'conflict' }), outcome: onSpan('verbatim', true), counts: { sameSpeaker: 0, realConflicts: 1, conflictsFlagged: 1 } },
    { name: 'real conflict missed', pair: pair('m', { speakers: 'conflict' }), outcome: onSpan('verbatim'), counts: { realConflicts: 1, conflictsFlagged: 0 }, issue: /not flagged/ },
    { name: 'unclear speakers count in neither', pair: pair('u', { speakers: 'unclear' }), outcome: onSpan('verbatim', true), counts: { sameSpeaker: 0, realConflicts: 0, falseConflicts: 0 } },
    { name: 'different utterance matched on span is a false match', pair: pair('d', { same: false, kind: null }), outcome: onSpan('altered'), counts: { same: 0, notSame: 1, falseMatches: 1 }, issue: /judged different/ },
    { name: 'different utterance matched elsewhere is no false match', pair: pair('d2', { same: false, kind: null }), outcome: elsewhere, counts: { notSame: 1, falseMatches: 0 } },
    { name: 'unsure pairs are set aside', pair: pair('s', { same: 'unsure', kind: null }), outcome: onSpan('verbatim'), counts: { unsure: 1, same: 0, found: 0 } },
    { name: 'one page listed under two outlets is set aside, not a miss', pair: pair('o', { urlA: 'https://x.example/a', urlB: 'https://x.example/a' }), outcome: noMatch, counts: { samePage: 1, same: 0, found: 0 } },
    { name: 'one page whatever its tracking parameters and trailing slash, as the compare reads URLs', pair: pair('o3', { urlA: 'https://x.example/a/?utm_source=feed', urlB: 'https://x.example/a' }), outcome: noMatch, counts: { samePage: 1, same: 0 } },
    { name: 'two pages of one site are a pair', pair: pair('o2', { urlA: 'https://x.example/a', urlB: 'https://x.example/b' }), outcome: noMatch, counts: { samePage: 0, same: 1, found: 0 }, issue: /o2 verbatim: no match/ },
    { name: 'paraphrase found as paraphrase', pair: pair('p', { kind: 'paraphrase' }), outcome: onSpan('paraphrase'), counts: { found: 1, kindRight: 1 } },
  ];
  test.each(cases)('$name', ({ pair: p, outcome, counts, issue }) => {
    const outcomes = new Map(outcome ? [[p.id, outcome]] : []);
    const s = scoreJudged([p], outcomes);
    expect(s.tune).toMatchObject({ pairs: 1, ...counts });
    expect(s.all).toMatchObject({ pairs: 1, ...counts });
    expect(s['held-out'].pairs).toBe(0);
    if (issue) expect(s.tune.issues.join('\n')).toMatch(issue);
    else expect(s.tune.issues).toEqual([]);
  });

  test('splits are counted apart and summed in all; the confusion table counts judged -> got', () => {
    const pairs = [pair('t1'), pair('t2', { kind: 'partial' }), pair('h1', { split: 'held-out' }), pair('h2', { split: 'held-out' })];
    const outcomes = new Map<string, Outcome>([['t1', onSpan('verbatim')], ['t2', onSpan('verbatim')], ['h1', onSpan('verbatim')], ['h2', noMatch]]);
    const s = scoreJudged(pairs, outcomes);
    expect([s.tune.found, s['held-out'].found, s.all.found]).toEqual([2, 1, 3]);
    expect(s.all.confusion).toEqual({ verbatim: { verbatim: 2, miss: 1 }, partial: { verbatim: 1 } });
  });
});

describe('speakerVerdict', () => {
  test.each([
    { judged: 'Mueller', got: 'Robert Mueller', want: 'right' },
    { judged: "Mueller's office", got: 'Robert Mueller', want: 'right' },
    { judged: 'Judge (Allen)', got: 'Arenda Wright Allen', want: 'right' },
    { judged: 'McCain', got: 'Arizona Republican', want: 'wrong' },
    // A page that writes "O’ Shaughnessy": one name, whatever the apostrophe or the space after it.
    { judged: "O'Shaughnessy", got: 'Terrence O’ Shaughnessy', want: 'right' },
    { judged: "O'Hara", got: 'Terrence O’ Shaughnessy', want: 'wrong' },
    // An accent the page writes and the judge did not: one name.
    { judged: 'Lujan', got: 'Ben Ray Luján', want: 'right' },
    { judged: 'Gowdy', got: null, want: 'withheld' },
    { judged: 'a man in the crowd', got: 'Ann Lee', want: null },
    { judged: null, got: 'Ann Lee', want: null },
  ])('$judged / $got → $want', ({ judged, got, want }) => expect(speakerVerdict(judged, got)).toBe(want));
});

describe('scoreJudged: the speaker of A', () => {
  test('each judged quote of A counts once, in its split and in all; a wrong name is listed', () => {
    const pairs = [pair('s1', { speakerA: 'Lee' }), pair('s2', { speakerA: 'Lee' }), pair('s3', { startA: 70, speakerA: 'Moss' }), pair('s4', { startA: 90, speakerA: 'Holt', split: 'held-out' })];
    const outcomes = new Map<string, Outcome>([
      ['s1', { ...onSpan('verbatim'), speakerA: 'Ann Lee' }], ['s2', { ...onSpan('verbatim'), speakerA: 'Ann Lee' }],
      ['s3', { ...onSpan('verbatim'), speakerA: 'Vermont Republican' }], ['s4', { ...noMatch, speakerA: null }],
    ]);
    const s = scoreJudged(pairs, outcomes);
    expect([s.tune.speakerJudged, s.tune.speakerRight, s.tune.speakerWrong]).toEqual([2, 1, 1]);
    expect([s['held-out'].speakerJudged, s['held-out'].speakerRight, s['held-out'].speakerWrong]).toEqual([1, 0, 0]);
    expect(s.all.speakerJudged).toBe(3);
    expect(s.tune.issues.join('\n')).toMatch(/s3 speaker of A: "Vermont Republican", judged "Moss"/);
  });
});

describe('meetsGoals', () => {
  const base = scoreJudged([], new Map()).all;
  test.each([
    { name: 'nothing to get wrong', s: {}, ok: true },
    { name: 'recall 97/100', s: { same: 100, found: 97, kindRight: 97 }, ok: true },
    { name: 'recall 96/100', s: { same: 100, found: 96, kindRight: 96 }, ok: false },
    { name: 'kind accuracy 94/100', s: { same: 100, found: 100, kindRight: 94 }, ok: false },
    { name: 'false conflicts 2/100', s: { same: 100, found: 100, kindRight: 100, sameSpeaker: 100, falseConflicts: 2 }, ok: true },
    { name: 'false conflicts 3/100', s: { same: 100, found: 100, kindRight: 100, sameSpeaker: 100, falseConflicts: 3 }, ok: false },
  ])('$name', ({ s, ok }) => expect(meetsGoals({ ...base, ...s })).toBe(ok));
});

describe('parseLabel', () => {
  test.each([
    { line: '{"id":"p1","same":true,"kind":"altered","speakerA":"Lee","speakerB":null,"speakers":"unclear"}', want: { id: 'p1', same: true, kind: 'altered', speakerA: 'Lee', speakerB: null, speakers: 'unclear' } },
    { line: '{"id":"p2","same":false,"kind":"verbatim","speakers":"same"}', want: { id: 'p2', same: false, kind: null } },
    { line: '{"id":"p3","same":"unsure","kind":null,"speakers":"odd"}', want: { id: 'p3', same: 'unsure', speakers: 'unclear' } },
    { line: '{"id":"p4","same":true,"kind":null}', want: 'p4: same without a kind' },
    { line: '{"id":"p5","same":"yes","kind":"verbatim"}', want: 'p5: bad "same"' },
    { line: '{"same":true}', want: 'no id' },
    { line: '{oops', want: 'not JSON' },
    { line: '{"id":"p6","same":true,"kind":"partial","speakerA":"null","speakerB":"  "}', want: { speakerA: null, speakerB: null } },
  ])('$line', ({ line, want }) => {
    const got = parseLabel(line);
    if (typeof want === 'string') expect(got).toBe(want);
    else expect(got).toMatchObject(want);
  });

  test('a long speaker label is cut so no sentence slips into the labels', () => {
    const got = parseLabel(JSON.stringify({ id: 'p7', same: true, kind: 'verbatim', speakerA: 'x'.repeat(200) }));
    expect(typeof got !== 'string' && got.speakerA?.length).toBe(40);
  });
});

test('splitOf is fixed per event and uses both halves', () => {
  const events = Array.from({ length: 200 }, (_, i) => `event-${i}`);
  const tune = events.filter((e) => splitOf(e) === 'tune').length;
  expect(events.every((e) => splitOf(e) === splitOf(e))).toBe(true);
  expect(tune).toBeGreaterThan(60);
  expect(tune).toBeLessThan(140);
});

describe('nextRound', () => {
  test('skips the judged events and numbers ids after the highest, whatever the prefix', () => {
    const r = nextRound([pair('p001', { event: 'e1' }), pair('a265', { event: 'e2' }), pair('p120', { event: 'e1' })]);
    expect([...r.skipEvents].sort()).toEqual(['e1', 'e2']);
    expect(r.firstId).toBe(266);
    expect(r.seed).toBe(ROUND_1.seed);
  });
  test('given options win over the defaults', () => {
    const r = nextRound([pair('a010')], { seed: 7, targetAll: 240, batchSize: 80 });
    expect(r).toMatchObject({ seed: 7, targetAll: 240, batchSize: 80, firstId: 11 });
  });
  test('an empty file starts at 1', () => expect(nextRound([]).firstId).toBe(1));
});

describe('moreTuneRound', () => {
  test('draws only inside the tune events judged so far, with their pairs, ids after the highest', () => {
    const r = moreTuneRound([pair('a001', { event: 't1' }), pair('a007', { event: 'h1', split: 'held-out' }), pair('a003', { event: 't1' }), pair('a004', { event: 't2' })]);
    expect([...r.within!.keys()].sort()).toEqual(['t1', 't2']);
    expect(r.within!.get('t1')!.map((p) => p.id)).toEqual(['a001', 'a003']);
    expect(r.skipEvents.size).toBe(0);
    expect(r.firstId).toBe(8);
  });
});

describe('pickFromEvent', () => {
  const drawn = (startA: number, over: Partial<Drawn> = {}): Drawn => ({ ...pair('', { startA, endA: startA + 40 }), source: 'both', strength: 6, ...over });
  const cands = [drawn(10), drawn(200), drawn(400)];
  test.each([
    { name: 'nothing judged before: all three', before: [], starts: [10, 200, 400] },
    { name: 'a judged pair whose quote span moved a little is not drawn again', before: [pair('a1', { startA: 15, endA: 52 })], starts: [200, 400] },
    { name: 'the reverse of a judged pair is not drawn', before: [pair('a2', { fileA: 'b.json', fileB: 'a.json', startA: 100, endA: 150, startB: 190, endB: 250 })], starts: [10, 400] },
    { name: 'a judged pair against another article leaves these', before: [pair('a3', { startA: 10, endA: 50, fileB: 'c.json' })], starts: [10, 200, 400] },
  ])('$name', ({ before, starts }) => {
    const picked = pickFromEvent(cands, 3, () => 0.5, false, before);
    expect(picked.map((c) => c.startA).sort((a, b) => a - b)).toEqual(starts);
  });
});

describe('batchesOf', () => {
  const cands = Array.from({ length: 241 }, (_, i) => ({ id: `a${String(i + 1).padStart(3, '0')}` }));
  test.each([
    { size: 80, sizes: [61, 60, 60, 60] },
    { size: 81, sizes: [81, 80, 80] },
    { size: 150, sizes: [121, 120] },
    { size: 1000, sizes: [241] },
  ])('size $size: every pair once, none over the size, sizes within one', ({ size, sizes }) => {
    const b = batchesOf(cands, size, 3);
    expect(b.map((x) => x.length)).toEqual(sizes);
    expect(b.flat().map((c) => c.id).sort()).toEqual(cands.map((c) => c.id));
    for (const x of b) expect(x.map((c) => c.id)).toEqual([...x.map((c) => c.id)].sort());
  });
  test('the same seed deals the same batches, another seed others', () => {
    expect(batchesOf(cands, 80, 3)).toEqual(batchesOf(cands, 80, 3));
    expect(batchesOf(cands, 80, 4)).not.toEqual(batchesOf(cands, 80, 3));
  });
});

describe('mergePairs', () => {
  const old = [JSON.stringify(pair('p001')), JSON.stringify(pair('a002', { kind: 'partial' })), ''];
  test.each([
    { name: 'new ids are appended after the old lines', added: [pair('a451'), pair('a452')], ids: ['p001', 'a002', 'a451', 'a452'], appended: 2, problems: 0 },
    { name: 'a re-import of the same labels changes nothing', added: [pair('p001')], ids: ['p001', 'a002'], appended: 0, problems: 0 },
    { name: 'an id already there with other labels keeps the old line', added: [pair('a002', { kind: 'altered' }), pair('a453')], ids: ['p001', 'a002', 'a453'], appended: 1, problems: 1 },
  ])('$name', ({ added, ids, appended, problems }) => {
    const m = mergePairs(old, added);
    expect(m.lines.map((l) => JSON.parse(l).id)).toEqual(ids);
    expect(m.lines.slice(0, 2)).toEqual(old.slice(0, 2));
    expect([m.appended, m.problems.length]).toEqual([appended, problems]);
  });
});

describe('eventCandidates', () => {
  // Two outlets' articles carrying one quote: a pair unless both are one page (one URL).
  const text = 'The mayor spoke on Monday. "We will rebuild every single bridge in this city before winter comes," Ann Lee said.';
  const article = (file: number, outlet: string, url: string) =>
    ({ id: `allsides:${file}`, outlet, url, title: 't', date: null, text, quotes: findQuotes({ text, paragraphs: [{ start: 0, end: text.length }] }), ref: { corpus: 'allsides' as const, file, url }, event: 'ev' });
  test.each([
    { name: 'two pages', urlB: 'https://b.example/2', pairs: 2 },
    { name: 'one page under two outlet names', urlB: 'https://a.example/1', pairs: 0 },
  ])('$name: $pairs candidates', ({ urlB, pairs }) => {
    const out = eventCandidates('allsides', 'ev', [article(1, 'Outlet A', 'https://a.example/1'), article(2, 'Outlet B', urlB)]);
    expect(out).toHaveLength(pairs);
  });
});
