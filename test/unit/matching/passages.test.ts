import { describe, expect, test } from 'vitest';
import { articlePassages } from '@/utils/matching/passages';
import { harbor, ledger } from '../../golden/coverage/articles';

describe('articlePassages', () => {
  test.each([
    ['harbor', harbor, [
      [0, false, null],
      [1, true, 'Lena Ortiz'],
      [1, false, null],
      [2, false, null],
    ]],
    ['ledger', ledger, [
      [0, false, null],
      [1, true, 'Lena Ortiz'],
      [2, false, null],
      [3, true, 'Lena Ortiz'],
    ]],
  ] as const)('%s: paragraph, inQuote and speaker per sentence', (_name, art, expected) => {
    const passages = articlePassages(art);
    expect(passages.map((p) => [p.paragraph, p.inQuote, p.speaker])).toEqual(expected);
    for (const p of passages) {
      const para = art.paragraphs[p.paragraph];
      expect(p.start).toBeGreaterThanOrEqual(para.start);
      expect(p.end).toBeLessThanOrEqual(para.end);
    }
  });

  test('without paragraph spans the whole text is paragraph 0', () => {
    const passages = articlePassages({ text: 'One. Two.', paragraphs: [], quotes: [] });
    expect(passages).toEqual([
      { start: 0, end: 4, paragraph: 0, inQuote: false, speaker: null },
      { start: 5, end: 9, paragraph: 0, inQuote: false, speaker: null },
    ]);
  });
});
