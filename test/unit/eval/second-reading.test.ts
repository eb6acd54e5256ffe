/**
 * The second, blind reading of judged pairs (bin/eval/second-reading.ts): which pairs are drawn,
 * and how agreement and the pipeline's kinds are counted. Labels in, counts out; no corpus is read.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { quietly } from '../../support/quiet-console';
import { drawSecond, importSecondReading, scoreAgreement, type AgreementScore, type SecondLabel } from '../../../bin/eval/second-reading';
import type { JudgedPair } from '../../../bin/eval/judge-candidates';
import type { MatchKind } from '@/utils/types';
import { pairsOfKind, readingLabel } from './judged-pair';

const pair = pairsOfKind('partial');
const second = readingLabel;

describe('scoreAgreement', () => {
  const cases: { name: string; first: JudgedPair; again: SecondLabel; got: MatchKind | null; counts: Partial<AgreementScore> }[] = [
    { name: 'both readings and the pipeline agree', first: pair('a'), again: second('a'), got: 'partial',
      counts: { read: 1, sameAgreed: 1, bothSame: 1, kindAgreed: 1, found: 1, rightFirst: 1, rightSecond: 1, agreedFound: 1, rightAgreed: 1 } },
    { name: 'readings split on the kind: the pair leaves the agreed count', first: pair('b', { kind: 'verbatim' }), again: second('b'), got: 'partial',
      counts: { bothSame: 1, kindAgreed: 0, found: 1, rightFirst: 0, rightSecond: 1, agreedFound: 0, rightAgreed: 0 } },
    { name: 'readings agree, the pipeline does not', first: pair('c'), again: second('c'), got: 'altered',
      counts: { kindAgreed: 1, found: 1, rightFirst: 0, rightSecond: 0, agreedFound: 1, rightAgreed: 0 } },
    { name: 'a pair the pipeline missed counts for agreement only', first: pair('d'), again: second('d'), got: null,
      counts: { read: 1, bothSame: 1, kindAgreed: 1, found: 0, agreedFound: 0 } },
    { name: 'readings split on same: no kind is compared', first: pair('e'), again: second('e', { same: false, kind: null }), got: 'partial',
      counts: { read: 1, sameAgreed: 0, bothSame: 0, found: 0 } },
    { name: 'both call it different', first: pair('f', { same: false, kind: null }), again: second('f', { same: false, kind: null }), got: null,
      counts: { read: 1, sameAgreed: 1, bothSame: 0 } },
    { name: 'unsure in the second reading is set aside', first: pair('g'), again: second('g', { same: 'unsure', kind: null }), got: 'partial',
      counts: { read: 0, sameAgreed: 0 } },
    { name: 'one page twice is set aside', first: pair('h', { urlA: 'https://x.example/a', urlB: 'https://x.example/a' }), again: second('h'), got: 'partial',
      counts: { read: 0 } },
  ];
  test.each(cases)('$name', ({ first, again, got, counts }) => {
    const s = scoreAgreement([first], [again], () => got);
    expect(s.tune).toMatchObject(counts);
    expect(s.all).toMatchObject(counts);
    expect(s['held-out'].read).toBe(0);
  });

  test('a second label for a pair not in the first reading is ignored; splits sum into all', () => {
    const s = scoreAgreement([pair('a'), pair('b', { split: 'held-out' })], [second('a'), second('b'), second('zzz')], () => 'partial');
    expect([s.tune.read, s['held-out'].read, s.all.read]).toEqual([1, 1, 2]);
    expect(s.all.rightAgreed).toBe(2);
  });
});

describe('drawSecond', () => {
  const pairs = [
    ...Array.from({ length: 20 }, (_, i) => pair(`t${i}`)),
    ...Array.from({ length: 20 }, (_, i) => pair(`h${i}`, { split: 'held-out' })),
    pair('u', { same: 'unsure', kind: null }),
    pair('o', { urlA: 'https://x.example/a', urlB: 'https://x.example/a' }),
  ];
  test('the sample is taken from each split, never an unsure pair or one page twice, seeded', () => {
    const drawn = drawSecond(pairs, { sample: 5, seed: 7, batchSize: 10 });
    expect(drawn.filter((p) => p.split === 'tune')).toHaveLength(5);
    expect(drawn.filter((p) => p.split === 'held-out')).toHaveLength(5);
    expect(drawn.map((p) => p.id)).not.toContain('u');
    expect(drawn.map((p) => p.id)).not.toContain('o');
    expect(drawSecond(pairs, { sample: 5, seed: 7, batchSize: 10 })).toEqual(drawn);
    expect(drawSecond(pairs, { sample: 5, seed: 8, batchSize: 10 }).map((p) => p.id)).not.toEqual(drawn.map((p) => p.id));
  });
  test('pairs read twice already are not drawn again', () => {
    const again = new Set(['t0', 't1', 't2', 'h0']);
    const drawn = drawSecond(pairs, { sample: 50, seed: 7, batchSize: 10 }, again).map((p) => p.id);
    expect(drawn).toHaveLength(36);
    expect(drawn.filter((id) => again.has(id))).toEqual([]);
  });
  test('a split smaller than the sample gives all its pairs', () => {
    expect(drawSecond(pairs, { sample: 50, seed: 7, batchSize: 10 })).toHaveLength(40);
  });
});

describe('importSecondReading', () => {
  test('keeps the labels of drawn pairs only, first label of a pair kept, no judge notes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'second-'));
    await writeFile(join(dir, 'drawn.jsonl'), ['a2', 'a10', 'a3'].map((id) => JSON.stringify({ id, split: 'tune' })).join('\n') + '\n');
    await writeFile(join(dir, 'labels-1.jsonl'), [
      '{"id":"a10","same":true,"kind":"verbatim","speakerA":"Lee","speakerB":"Lee","speakers":"same","note":"words of a judge"}',
      '{"id":"a2","same":false,"kind":null,"speakerA":null,"speakerB":null,"speakers":"unclear","note":""}',
      '{"id":"a10","same":true,"kind":"partial","speakerA":"Lee","speakerB":"Lee","speakers":"same","note":""}',
      '{"id":"zz9","same":true,"kind":"partial","speakerA":null,"speakerB":null,"speakers":"unclear","note":""}',
    ].join('\n'));
    const to = join(dir, 'second.jsonl');
    const first = await quietly(() => importSecondReading(dir, to));
    expect(first.result).toBe(0);
    expect(first.errors).toMatch(/a10 labelled twice[\s\S]*zz9 was not drawn[\s\S]*1 drawn pairs without a label \(a3/);
    expect((await readFile(to, 'utf8')).trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'a2', same: false, kind: null, speakers: 'unclear' },
      { id: 'a10', same: true, kind: 'verbatim', speakers: 'same' },
    ]);
    // A later round appends; a pair read twice already keeps its earlier second reading.
    await writeFile(join(dir, 'drawn.jsonl'), ['a3', 'a10'].map((id) => JSON.stringify({ id, split: 'tune' })).join('\n') + '\n');
    await writeFile(join(dir, 'labels-1.jsonl'), [
      '{"id":"a3","same":true,"kind":"altered","speakerA":null,"speakerB":null,"speakers":"unclear","note":""}',
      '{"id":"a10","same":true,"kind":"partial","speakerA":null,"speakerB":null,"speakers":"unclear","note":""}',
    ].join('\n'));
    const again = await quietly(() => importSecondReading(dir, to));
    expect(again.result).toBe(0);
    expect(again.errors).toMatch(/a10 has a second reading already/);
    expect((await readFile(to, 'utf8')).trim().split('\n').map((l) => JSON.parse(l).id + ':' + JSON.parse(l).kind)).toEqual(['a2:null', 'a3:altered', 'a10:verbatim']);
  });
});
