import { describe, expect, test } from 'vitest';
import { readJudgedNames, scoreJudgedNames, type JudgedName } from '../../../bin/eval/score-speaker-names';

const judged = (id: string, before: string | null, after: string | null, beforeLabel: JudgedName['beforeLabel'], afterLabel: JudgedName['afterLabel']): JudgedName => ({
  id, split: 'held-out', url: `https://news.example/${id}`, quoteStart: 10, before, after, beforeLabel, afterLabel,
});
const LABELS = [
  judged('h0', 'Harbour Chief Ann Lee', 'Ann Lee', 'glued', 'right'),
  judged('h1', 'Moss', null, 'wrong', 'null'),
  judged('h2', null, 'Lee', 'null', 'right'),
];

describe('scoreJudgedNames', () => {
  test.each<[string, Record<string, string | null | undefined>, Partial<Record<string, number>>]>([
    ['the names after the change', { h0: 'Ann Lee', h1: null, h2: 'Lee' }, { right: 2, null: 1, glued: 0, wrong: 0 }],
    ['the names before it', { h0: 'Harbour Chief Ann Lee', h1: 'Moss', h2: null }, { glued: 1, wrong: 1, null: 1, right: 0 }],
    ['a third name is not judged; a quote no longer found is gone', { h0: 'Chief Ann Lee', h1: undefined, h2: 'Lee' }, { 'not judged': 1, 'quote gone': 1, right: 1 }],
  ])('%s', (_name, now, expected) => {
    expect(scoreJudgedNames(LABELS, (l) => now[l.id])['held-out']).toMatchObject(expected);
  });

  test('a line without a known label is refused', () => {
    expect(() => readJudgedNames(JSON.stringify({ ...LABELS[0], afterLabel: 'fine' }))).toThrow(/line 1/);
    expect(readJudgedNames(`${JSON.stringify(LABELS[0])}\n\n${JSON.stringify(LABELS[1])}\n`)).toHaveLength(2);
  });
});
