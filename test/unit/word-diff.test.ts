import { describe, expect, test } from 'vitest';
import { alignQuote, type Alignment, type AlignColumn } from '@/utils/align-quote';
import { tokenizeWords } from '@/utils/tokenize-words';
import { wordDiff } from '@/utils/word-diff';

const diffOf = (q: string, other: string) => wordDiff(alignQuote(q, other, { start: 0, end: other.length })!);

/** An alignment written by hand: columns as [kind, quote index, other index]. */
function manual(q: string, o: string, cols: Array<[AlignColumn['kind'], number, number]>): Alignment {
  return {
    quoteText: q, otherText: o, quoteWords: tokenizeWords(q), otherWords: tokenizeWords(o), score: 1,
    columns: cols.map(([kind, qi, oi]) => ({ kind, q: qi, o: oi })),
  };
}

describe('wordDiff', () => {
  test.each([
    ['equal runs keep inner punctuation', 'the levee, built in 1931, held', 'The levee, built in 1931, held.',
      [{ op: 'equal', text: 'the levee, built in 1931, held' }]],
    ['a swap is delete then insert', 'the levee held firm overnight', 'the levee stood firm overnight',
      [{ op: 'equal', text: 'the levee' }, { op: 'delete', text: 'held' }, { op: 'insert', text: 'stood' },
        { op: 'equal', text: 'firm overnight' }]],
    ['consecutive changes merge into one delete and one insert', 'river levee held firm through the night',
      'river levee stood strong through the night',
      [{ op: 'equal', text: 'river levee' }, { op: 'delete', text: 'held firm' }, { op: 'insert', text: 'stood strong' },
        { op: 'equal', text: 'through the night' }]],
    ['truncated quote words are deletions', 'frankly the river levee held overnight', 'the river levee held overnight',
      [{ op: 'delete', text: 'frankly' }, { op: 'equal', text: 'the river levee held overnight' }]],
    ['ellipsis gap words are insertions', 'the levee held … the town is safe', 'the levee held, they said, and the town is safe',
      [{ op: 'equal', text: 'the levee held' }, { op: 'insert', text: 'they said, and', edit: 'cut' }, { op: 'equal', text: 'the town is safe' }]],
  ])('%s', (_name, q, other, ops) => {
    expect(diffOf(q, other)).toEqual(ops);
  });

  test('non-contiguous words of one side are joined with a space', () => {
    const a = manual('alpha beta gamma', 'alpha delta gamma', [['match', 0, 0], ['del', 1, -1], ['ins', -1, 1], ['match', 2, 2]]);
    expect(wordDiff(a)).toEqual([
      { op: 'equal', text: 'alpha' }, { op: 'delete', text: 'beta' }, { op: 'insert', text: 'delta' }, { op: 'equal', text: 'gamma' },
    ]);
    const b = manual('alpha beta gamma delta', 'alpha gamma', [['match', 0, 0], ['del', 1, -1], ['match', 2, 1], ['cut', 3, -1]]);
    expect(wordDiff(b)).toEqual([
      { op: 'equal', text: 'alpha' }, { op: 'delete', text: 'beta' }, { op: 'equal', text: 'gamma' }, { op: 'delete', text: 'delta' },
    ]);
  });

  test('an empty alignment gives an empty diff', () => {
    expect(wordDiff(manual('', '', []))).toEqual([]);
  });
});
