import { describe, expect, test } from 'vitest';
import { alignQuote, type Alignment, type AlignColumn } from '@/utils/matching/align-quote';
import { tokenizeWords } from '@/utils/text/tokenize-words';
import { wordDiff } from '@/utils/text/word-diff';
import { termWeights } from '@/utils/text/word-weights';
import { english } from '@/utils/language/en';

const diffOf = (q: string, other: string) => wordDiff(alignQuote(q, other, { start: 0, end: other.length })!);

/** An alignment written by hand: columns as [kind, quote index, other index]. */
function manual(q: string, o: string, cols: Array<[AlignColumn['kind'], number, number]>): Alignment {
  return {
    quoteText: q, otherText: o, quoteWords: tokenizeWords(q), otherWords: tokenizeWords(o), score: 1,
    columns: cols.map(([kind, qi, oi]) => ({ kind, q: qi, o: oi })), weights: termWeights(english),
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
    ['a name\'s inlined link card is no word of either version', 'bias among those who investigated Ann Lee Ann Marie LeeHarbour vote set for Friday MORE at the time',
      'bias among those who investigated Ann Lee at the time',
      [{ op: 'equal', text: 'bias among those who investigated Ann Lee at the time' }]],
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

  test.each([
    ['our bracketed insertion', 'we lost, [and] nothing changed', 'we lost, nothing changed',
      [['match', 0, 0], ['match', 1, 1], ['del', 2, -1], ['match', 3, 2], ['match', 4, 3]],
      [{ op: 'equal', text: 'we lost' }, { op: 'delete', text: '[and]', edit: 'insertion' }, { op: 'equal', text: 'nothing changed' }]],
    ['their bracketed insertion', 'we lost, nothing changed', 'we lost, [and] nothing changed',
      [['match', 0, 0], ['match', 1, 1], ['ins', -1, 2], ['match', 2, 3], ['match', 3, 4]],
      [{ op: 'equal', text: 'we lost' }, { op: 'insert', text: '[and]', edit: 'insertion' }, { op: 'equal', text: 'nothing changed' }]],
    ['our bracketed substitution names both sides', '[Mr. Lee] said no', 'he said no',
      [['sub', 0, 0], ['del', 1, -1], ['match', 2, 1], ['match', 3, 2]],
      [{ op: 'delete', text: '[Mr. Lee]', edit: 'substitution' }, { op: 'insert', text: 'he', edit: 'substitution' }, { op: 'equal', text: 'said no' }]],
    ['a bracket beside a silent change: only the bracket is marked', '[Mr. Lee] told us no', 'he said us no',
      [['sub', 0, 0], ['del', 1, -1], ['sub', 2, 1], ['match', 3, 2], ['match', 4, 3]],
      [{ op: 'delete', text: '[Mr. Lee]', edit: 'insertion' }, { op: 'delete', text: 'told' }, { op: 'insert', text: 'he said' }, { op: 'equal', text: 'us no' }]],
    ['words cut at their ellipsis', 'the levee held and the town is safe', 'the levee held … the town is safe',
      [['match', 0, 0], ['match', 1, 1], ['match', 2, 2], ['elided', 3, -1], ['match', 4, 3], ['match', 5, 4], ['match', 6, 5], ['match', 7, 6]],
      [{ op: 'equal', text: 'the levee held' }, { op: 'delete', text: 'and', edit: 'cut' }, { op: 'equal', text: 'the town is safe' }]],
    ['a matched bracket is equal text, brackets kept', '[the] levee held', 'the levee held',
      [['match', 0, 0], ['match', 1, 1], ['match', 2, 2]], [{ op: 'equal', text: '[the] levee held' }]],
  ])('marked edits: %s', (_name, q, o, cols, ops) => {
    expect(wordDiff(manual(q, o, cols as Array<[AlignColumn['kind'], number, number]>))).toEqual(ops);
  });

  test('an empty alignment gives an empty diff', () => {
    expect(wordDiff(manual('', '', []))).toEqual([]);
  });
});
