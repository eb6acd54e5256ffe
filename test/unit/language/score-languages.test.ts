import { describe, expect, test } from 'vitest';
import { addScores, isTuneCase, rates, scoreCase } from '@/bin/eval/score-languages';

type Row = [string, string | null];

describe('scoreCase', () => {
  test.each<[string, Row[], Row[], [number, number, number, number]]>([
    ['all found, all speakers right', [['A b c', 'Ann Lee'], ['D e f', null]], [['A b c', 'Ann Lee'], ['D e f', null]], [2, 2, 2, 2]],
    ['a wrong speaker counts as found, not as right', [['A b c', 'Ann Lee']], [['A b c', 'Tom Hale']], [1, 1, 1, 0]],
    ['null is right only where null is expected', [['A b c', 'Ann Lee'], ['D e f', null]], [['A b c', null], ['D e f', 'Ann Lee']], [2, 2, 2, 0]],
    ['a missed quote does not shift the pairs after it', [['A b c', 'X'], ['D e f', 'Y'], ['G h i', 'Z']], [['A b c', 'X'], ['G h i', 'Z']], [3, 2, 2, 2]],
    ['an extra quote does not shift the pairs after it', [['A b c', 'X'], ['G h i', 'Z']], [['A b c', 'X'], ['Q r s', null], ['G h i', 'Z']], [2, 3, 2, 2]],
    ['order matters: a swapped pair matches once', [['A b c', 'X'], ['D e f', 'Y']], [['D e f', 'Y'], ['A b c', 'X']], [2, 2, 1, 1]],
    ['nothing found', [['A b c', 'X']], [], [1, 0, 0, 0]],
  ])('%s', (_name, expected, found, [e, f, c, s]) => {
    expect(scoreCase(expected, found)).toEqual({ expected: e, found: f, correct: c, speakerCorrect: s });
  });
});

describe('rates and halves', () => {
  test('precision, recall and speaker accuracy over summed cases; 0 for an empty denominator', () => {
    const total = addScores([{ expected: 4, found: 5, correct: 4, speakerCorrect: 3 }, { expected: 6, found: 5, correct: 4, speakerCorrect: 4 }]);
    expect(total).toEqual({ expected: 10, found: 10, correct: 8, speakerCorrect: 7 });
    expect(rates(total)).toEqual({ precision: 0.8, recall: 0.8, speakerAccuracy: 0.875 });
    expect(rates({ expected: 0, found: 0, correct: 0, speakerCorrect: 0 })).toEqual({ precision: 0, recall: 0, speakerAccuracy: 0 });
  });

  test.each([[0, true], [1, false], [2, true], [11, false]])('case %i is in the tune half: %s', (i, tune) => {
    expect(isTuneCase(i)).toBe(tune);
  });
});
