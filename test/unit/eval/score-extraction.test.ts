import { describe, expect, test } from 'vitest';
import { scoreText, scoresOf, speakerMatches, trimSpan } from '@/bin/eval/score-extraction';

// 0         1         2         3         4         5         6
// 0123456789012345678901234567890123456789012345678901234567890123
const TEXT = '"We will win the vote," Ana Ruiz said. She called it "a farce."';

describe('speakerMatches', () => {
  test.each([
    ['Pat Caddell', 'Caddell', true],
    ['Caddell', 'Pat Caddell', true],
    ['Donald Trump', 'Donald J. Trump', true],
    ['donald trump', 'Mr Trump', true],
    ['Hillary Clinton', 'Bill Clinton', false],
    [null, 'Caddell', false],
    ['He', 'Caddell', false],
  ])('%s vs gold %s → %s', (ours, gold, expected) => {
    expect(speakerMatches(ours, gold)).toBe(expected);
  });
});

describe('scoreText', () => {
  test('trimming ignores the comma inside the marks', () => {
    expect(trimSpan(TEXT, { start: 1, end: 22 })).toEqual({ start: 1, end: 21 });
  });

  test('a match, a neutral span and a false positive', () => {
    const gold = [{ start: 1, end: 22, speakerName: 'Ruiz' }];
    const neutral = [{ start: 53, end: 61 }];
    const predicted = [
      { start: 1, end: 21, speaker: 'Ana Ruiz' },
      { start: 53, end: 61, speaker: null },
      { start: 24, end: 32, speaker: null },
    ];
    const c = scoreText(TEXT, gold, neutral, predicted);
    expect(c).toMatchObject({ truePositives: 1, falsePositives: 1, neutral: 1, namedMatched: 1, namedCorrect: 1 });
    expect(scoresOf(c)).toMatchObject({ precision: 0.5, recall: 1, speakerAccuracyNamed: 1 });
  });

  test('a prediction covering less than 90% of the gold span does not match', () => {
    const c = scoreText(TEXT, [{ start: 1, end: 22, speakerName: null }], [], [{ start: 1, end: 10, speaker: null }]);
    expect(c).toMatchObject({ truePositives: 0, falsePositives: 1 });
    expect(scoresOf(c).f1).toBe(0);
  });

  test('each gold span matches at most one prediction', () => {
    const c = scoreText(TEXT, [{ start: 1, end: 22, speakerName: 'Ruiz' }], [], [
      { start: 1, end: 22, speaker: 'Someone Else' },
      { start: 1, end: 21, speaker: 'Ana Ruiz' },
    ]);
    expect(c).toMatchObject({ truePositives: 1, falsePositives: 1, namedMatched: 1 });
  });
});
