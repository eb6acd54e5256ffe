import { describe, expect, test } from 'vitest';
import { estimateRecall, parseReferencePairs, type RecallLabel } from '@/bin/eval/eval-recall';

const label = (id: string, stratum: 'found' | 'missed', stratumSize: number, same: RecallLabel['same']): RecallLabel => ({
  id, query: 'allsides:1', article: 'allsides:2', startA: 0, endA: 1, startB: 0, endB: 1, stratum, stratumSize, same, kind: same === true ? 'verbatim' : null,
});

describe('parseReferencePairs', () => {
  test('keeps the 10k lines, with their stratum', () => {
    const text = '1000\tallsides:1\t0\tallsides:9\tfound\n10000\tallsides:1\t2\tallsides:5\tmissed\n10000\tallsides:3\t0\tallsides:4\tfound\n\nbad line\n';
    expect(parseReferencePairs(text)).toEqual([
      { query: 'allsides:1', quote: 2, article: 'allsides:5', stratum: 'missed' },
      { query: 'allsides:3', quote: 0, article: 'allsides:4', stratum: 'found' },
    ]);
  });
});

describe('estimateRecall: each stratum weighted by its size', () => {
  test.each([
    // 300 found (all judged same), 300 missed (a third judged same): 300 / (300 + 100)
    ['a third of the misses are the same quote', [label('a', 'found', 300, true), label('b', 'found', 300, true), label('c', 'missed', 300, true), label('d', 'missed', 300, false), label('e', 'missed', 300, false)], (l: RecallLabel) => l.stratum === 'found', 0.75],
    ['no miss is the same quote', [label('a', 'found', 300, true), label('c', 'missed', 300, false)], (l: RecallLabel) => l.stratum === 'found', 1],
    ['a miss found now counts as found', [label('a', 'found', 300, true), label('c', 'missed', 300, true)], () => true, 1],
    ['unsure pairs are set aside', [label('a', 'found', 100, true), label('c', 'missed', 100, true), label('d', 'missed', 100, 'unsure')], (l: RecallLabel) => l.stratum === 'found', 0.5],
    ['nothing judged the same: no figure', [label('a', 'found', 10, false)], () => true, NaN],
  ])('%s', (_name, labels, foundNow, expected) => {
    const { recall } = estimateRecall(labels, foundNow);
    if (Number.isNaN(expected)) expect(recall).toBeNaN();
    else expect(recall).toBeCloseTo(expected, 6);
  });
});
