/**
 * Golden test on the two seed articles (seeds/): the quotes and speakers a careful reader finds.
 * To add a case: put the article in seeds/ and list its quotes' first words and speakers here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFromPlainText } from '@/utils/article/article-text';
import { findQuotes } from '@/utils/quotes/find-quotes';

const seed = (name: string) => findQuotes(articleFromPlainText(readFileSync(join(__dirname, '../../seeds', name), 'utf8')));

describe('seed 000', () => {
  const quotes = seed('000_fa55279f4966502b.txt');

  test('the long quote and the "stay tuned" fragment, both by Sergio Gor', () => {
    expect(quotes.map((q) => [q.text.slice(0, 30), q.fragment, q.speaker])).toEqual([
      ['I am very pleased to say that ', false, 'Sergio Gor'],
      ['stay tuned', true, 'Sergio Gor'],
    ]);
    expect(quotes[0].text.endsWith('emerging technologies,')).toBe(true);
    expect(quotes[0].cue).toBe('said');
  });
});

describe('seed 001', () => {
  const quotes = seed('001_172d88e8f7af0655.txt');

  test('eight quotes, all by Sergio Gor', () => {
    expect(quotes.map((q) => q.text.split(' ').slice(0, 4).join(' '))).toEqual([
      'The US and India',
      'global heights.',
      'What was needed was',
      'This partnership is not',
      'One of the most',
      'Within the next few',
      'The US is also',
      'I took a picture',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(Array(8).fill('Sergio Gor'));
  });
});
