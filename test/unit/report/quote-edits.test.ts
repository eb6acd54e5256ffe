/**
 * quoteEdits: what changed in an article's quotes between its first saved version and now. One
 * invented article, changed one way per row.
 */
import { describe, expect, test } from 'vitest';
import { articleFromPlainText } from '@/utils/article/article-text';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { quoteEdits } from '@/utils/report/quote-edits';
import type { StoredArticle } from '@/utils/types';
import { lexiconFor } from '@/utils/language/lexicons';

function stored(lines: string[]): StoredArticle {
  const article = { ...articleFromPlainText(lines.join('\n\n')), url: 'https://x.example/a', outlet: 'X', title: 'A' };
  return { ...article, id: article.url, quotes: findQuotes(article), savedAt: 1 };
}

const OPENING = 'The council met on Thursday evening.';
const Q1 = '"The harbour wall will be finished before the winter storms arrive," said Councillor Ruth Obi.';
const Q2 = '"We cannot keep asking families to wait for the repairs," Obi told the meeting.';

describe('quoteEdits', () => {
  test.each<[string, string[], [string, string][]]>([
    ['the same text', [OPENING, Q1, Q2], []],
    ['only the prose around the quotes changed', ['The council met late on Thursday.', Q1, Q2], []],
    ['a word changed inside a quote', [OPENING, Q1.replace('before', 'after'), Q2], [['edited', 'altered']]],
    ['a quote cut short', [OPENING, Q1, '"We cannot keep asking families to wait," Obi told the meeting.'], [['edited', 'partial']]],
    ['the quote marks taken away', [OPENING, Q1, 'Obi told the meeting they cannot keep asking families to wait for the repairs.'], [['edited', 'paraphrase']]],
    ['a quote removed', [OPENING, Q1], [['removed', '']]],
    ['a quote added', [OPENING, Q1, Q2, '"Every contract has been signed," Obi said.'], [['added', '']]],
    ['credited to someone else', [OPENING, Q1.replace('Councillor Ruth Obi', 'Mayor Tom Hale'), Q2], [['edited', 'verbatim']]],
  ])('%s', (_name, now, expected) => {
    const first = stored([OPENING, Q1, Q2]);
    const edits = quoteEdits(first, stored(now));
    expect(edits.map((e) => [e.change, e.now?.kind ?? ''])).toEqual(expected);
  });

  test('a speaker change is told by the speakers, the diff reads first save → now', () => {
    const edits = quoteEdits(stored([OPENING, Q1, Q2]), stored([OPENING, Q1.replace('before', 'after'), Q2]));
    expect(edits[0].quote.speaker).toBe('Ruth Obi');
    expect(edits[0].now?.diff.filter((op) => op.op !== 'equal').map((op) => `${op.op}:${op.text}`)).toEqual(['delete:before', 'insert:after']);
  });
});

describe('quoteEdits in the article\'s language', () => {
  const french = (quote: string): StoredArticle => {
    const article = {
      ...articleFromPlainText([
        'Le groupe Verlaine Industries a confirmé mercredi son projet de restructuration dans la vallée.',
        `« ${quote} », a assuré le directeur général, Antoine Rigal, devant les élus de la commune.`,
      ].join('\n\n')),
      url: 'https://x.example/fr', outlet: 'X', title: 'A',
    };
    return { ...article, id: article.url, quotes: findQuotes(article, lexiconFor(article)), savedAt: 1 };
  };

  test('a French negation taken out of a quote is a meaning change', () => {
    const edits = quoteEdits(french('Nous ne fermerons pas l’usine de Castelnoir avant la fin du contrat'), french('Nous fermerons l’usine de Castelnoir avant la fin du contrat'));
    expect(edits.map((e) => [e.change, e.now?.kind, e.now?.meaningChanges])).toEqual([['edited', 'altered', ['pas']]]);
  });
});
