/**
 * The third, blind reading of the judged pairs whose two readings differ (bin/eval/third-reading.ts):
 * which pairs are drawn, the majority label, and recall and kinds scored against it. Labels in,
 * counts out; no corpus is read.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { quietly } from '../../support/quiet-console';
import { disagreeing, importThirdReading, majorityOf, scoreMajority, type MajorityLabel, type MajorityScore } from '../../../bin/eval/third-reading';
import type { SecondLabel } from '../../../bin/eval/second-reading';
import type { JudgedPair } from '../../../bin/eval/judge-candidates';
import type { MatchKind } from '@/utils/types';
import { pairsOfKind, readingLabel } from './judged-pair';

const pair = pairsOfKind('partial');
const label = readingLabel;
const different = { same: false, kind: null } as const;

describe('disagreeing', () => {
  const pairs = [
    pair('agree'), pair('kind', { kind: 'verbatim' }), pair('same'), pair('once'),
    pair('both-different', different), pair('page', { kind: 'verbatim', urlA: 'https://x.example/a', urlB: 'https://x.example/a' }),
    pair('unsure-again'),
  ];
  const second = [label('agree'), label('kind'), label('same', different), label('both-different', different), label('page'), label('unsure-again', { same: 'unsure', kind: null })];
  test('pairs whose readings differ on same or on the kind, none read once, none of one page twice', () => {
    expect(disagreeing(pairs, second).map((p) => p.id)).toEqual(['kind', 'same', 'unsure-again']);
  });
  test('a pair read a third time already is not drawn again', () => {
    expect(disagreeing(pairs, second, new Set(['kind'])).map((p) => p.id)).toEqual(['same', 'unsure-again']);
  });
});

describe('majorityOf', () => {
  const r = (same: true | false | 'unsure', kind: MatchKind | null = same === true ? 'partial' : null) => ({ same, kind });
  const cases: { name: string; readings: { same: true | false | 'unsure'; kind: MatchKind | null }[]; want: MajorityLabel }[] = [
    { name: 'one reading decides alone', readings: [r(true, 'altered')], want: { same: true, kind: 'altered' } },
    { name: 'one reading of different has no kind', readings: [r(false)], want: { same: false, kind: null } },
    { name: 'two agreeing readings', readings: [r(true, 'verbatim'), r(true, 'verbatim')], want: { same: true, kind: 'verbatim' } },
    { name: 'two readings split on same decide nothing', readings: [r(true), r(false)], want: { same: 'unsure', kind: null } },
    { name: 'two readings split on the kind: same, no kind', readings: [r(true, 'verbatim'), r(true, 'partial')], want: { same: true, kind: null } },
    { name: 'a third reading breaks a tie on the kind', readings: [r(true, 'verbatim'), r(true, 'partial'), r(true, 'partial')], want: { same: true, kind: 'partial' } },
    { name: 'a third reading breaks a tie on same', readings: [r(true), r(false), r(false)], want: { same: false, kind: null } },
    { name: 'same by two of three, the kind from those two', readings: [r(true, 'altered'), r(false), r(true, 'altered')], want: { same: true, kind: 'altered' } },
    { name: 'same by two of three with different kinds: no kind', readings: [r(true, 'altered'), r(false), r(true, 'partial')], want: { same: true, kind: null } },
    { name: 'three kinds, no majority', readings: [r(true, 'verbatim'), r(true, 'partial'), r(true, 'altered')], want: { same: true, kind: null } },
    { name: 'three answers on same, no majority', readings: [r(true), r(false), r('unsure')], want: { same: 'unsure', kind: null } },
  ];
  test.each(cases)('$name', ({ readings, want }) => {
    expect(majorityOf(readings)).toEqual(want);
  });
});

describe('scoreMajority', () => {
  const cases: { name: string; first: JudgedPair; second?: SecondLabel; third?: SecondLabel; got: MatchKind | null; counts: Partial<MajorityScore> }[] = [
    { name: 'read once: its own label, matched right', first: pair('a'), got: 'partial',
      counts: { same: 1, found: 1, kindKnown: 1, kindRight: 1, changed: 0 } },
    { name: 'the third reading sides with the pipeline against the first', first: pair('b', { kind: 'verbatim' }), second: label('b'), third: label('b'), got: 'partial',
      counts: { same: 1, found: 1, kindKnown: 1, kindRight: 1, changed: 1 } },
    { name: 'the third reading sides with the first against the pipeline', first: pair('c', { kind: 'verbatim' }), second: label('c'), third: label('c', { kind: 'verbatim' }), got: 'partial',
      counts: { kindKnown: 1, kindRight: 0, changed: 0 } },
    { name: 'two readings split on the kind and no third: found, kind set aside', first: pair('d', { kind: 'verbatim' }), second: label('d'), got: 'partial',
      counts: { same: 1, found: 1, kindKnown: 0, kindUndecided: 1, changed: 1 } },
    { name: 'the majority says different: no recall counted', first: pair('e'), second: label('e', different), third: label('e', different), got: 'partial',
      counts: { same: 0, found: 0, changed: 1 } },
    { name: 'the majority says same where the first said different: a miss counts', first: pair('f', different), second: label('f'), third: label('f'), got: null,
      counts: { same: 1, found: 0, changed: 1 } },
    { name: 'no majority on same: set aside', first: pair('g'), second: label('g', different), got: 'partial',
      counts: { same: 0, noMajority: 1 } },
    { name: 'a third label without a second counts for nothing', first: pair('h'), third: label('h', { kind: 'altered' }), got: 'partial',
      counts: { kindKnown: 1, kindRight: 1, changed: 0 } },
    { name: 'one page twice is set aside', first: pair('i', { urlA: 'https://x.example/a', urlB: 'https://x.example/a' }), got: 'partial',
      counts: { same: 0, found: 0 } },
  ];
  test.each(cases)('$name', ({ first, second, third, got, counts }) => {
    const s = scoreMajority([first], second ? [second] : [], third ? [third] : [], () => got);
    expect(s.tune).toMatchObject(counts);
    expect(s.all).toMatchObject(counts);
    expect(s['held-out']).toMatchObject({ same: 0, changed: 0 });
  });
});

describe('importThirdReading', () => {
  test('writes the drawn pairs\' labels, no judge notes, and says which reading it is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'third-'));
    await writeFile(join(dir, 'drawn.jsonl'), ['a7', 'a3'].map((id) => JSON.stringify({ id, split: 'held-out' })).join('\n') + '\n');
    await writeFile(join(dir, 'labels-1.jsonl'), [
      '{"id":"a7","same":true,"kind":"altered","speakerA":"Lee","speakerB":"Lee","speakers":"same","note":"words of a judge"}',
      '{"id":"a3","same":false,"kind":null,"speakerA":null,"speakerB":null,"speakers":"unclear","note":""}',
    ].join('\n'));
    const to = join(dir, 'third.jsonl');
    const run = await quietly(() => importThirdReading(dir, to));
    expect(run.result).toBe(0);
    expect(run.logs).toMatch(/third reading import: 2 of 2/);
    expect((await readFile(to, 'utf8')).trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'a3', same: false, kind: null, speakers: 'unclear' },
      { id: 'a7', same: true, kind: 'altered', speakers: 'same' },
    ]);
  });
});
