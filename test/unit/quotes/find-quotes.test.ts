import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { joinParagraphs } from '@/utils/article/article-text';
import type { Quote } from '@/utils/types';

/** One article from paragraph strings, joined the way extracted pages are. */
const article = (...paragraphs: string[]) => joinParagraphs(paragraphs);
const texts = (qs: Quote[]) => qs.map((q) => q.text);

describe('findQuotes: quote styles', () => {
  test.each([
    ['English curly', 'The mayor said: “We will rebuild the bridge this year.”', 'We will rebuild the bridge this year.'],
    ['ASCII double', '"We will rebuild the bridge this year," the mayor said.', 'We will rebuild the bridge this year,'],
    ['British single', '‘We will rebuild the bridge this year,’ the mayor said.', 'We will rebuild the bridge this year,'],
    ['ASCII single', "'We will rebuild the bridge this year,' the mayor said.", 'We will rebuild the bridge this year,'],
    ['French guillemets', 'Le maire a déclaré : « Nous reconstruirons le pont cette année. »', 'Nous reconstruirons le pont cette année.'],
    ['German low-high', 'Der Bürgermeister sagte: „Wir bauen die Brücke dieses Jahr wieder auf.“', 'Wir bauen die Brücke dieses Jahr wieder auf.'],
    ['German single low-high', 'Er sagte: ‚Wir bauen die Brücke dieses Jahr wieder auf.‘', 'Wir bauen die Brücke dieses Jahr wieder auf.'],
    ['German chevrons', 'Der Bürgermeister sagte: »Wir bauen die Brücke dieses Jahr wieder auf.«', 'Wir bauen die Brücke dieses Jahr wieder auf.'],
    ['Japanese corner', '市長は「今年中に橋を再建します」と述べた。', '今年中に橋を再建します'],
    ['Japanese white corner', '市長は『今年中に橋を再建します』と述べた。', '今年中に橋を再建します'],
    ['single guillemets', 'Il a dit : ‹ Nous reconstruirons le pont cette année. ›', 'Nous reconstruirons le pont cette année.'],
    ['doubled apostrophes', "The mayor said, ''We will rebuild the bridge this year.''", 'We will rebuild the bridge this year.'],
  ])('%s', (_name, text, expected) => {
    expect(texts(findQuotes(article(text)))).toEqual([expected]);
  });
});

describe('findQuotes: structure', () => {
  test('a nested quote stays inside its outer quote', () => {
    const qs = findQuotes(article('“She told me ‘never again’ and walked out of the room,” Ms. Lane said.'));
    expect(texts(qs)).toEqual(['She told me ‘never again’ and walked out of the room,']);
  });

  test('a quote over three paragraphs is one quote with one part per paragraph', () => {
    const a = article(
      'Dana Okafor, the union leader, said: “We asked for a fair hearing and got nothing back.',
      '“We wrote letters for two years and nobody answered a single one.',
      '“Now we will take the matter to court.”',
    );
    const [q, ...rest] = findQuotes(a);
    expect(rest).toEqual([]);
    expect(q.parts).toHaveLength(3);
    expect(q.parts.map((p) => a.text.slice(p.start, p.end))).toEqual([
      'We asked for a fair hearing and got nothing back.',
      'We wrote letters for two years and nobody answered a single one.',
      'Now we will take the matter to court.',
    ]);
    expect(q.speaker).toBe('Dana Okafor');
  });

  test('a quote split around its attribution is one quote in two parts', () => {
    const a = article('"The budget is balanced," Okafor said, "and the schools will stay open."');
    const qs = findQuotes(a);
    expect(qs).toHaveLength(1);
    expect(qs[0].text).toBe('The budget is balanced, and the schools will stay open.');
    expect(qs[0].parts).toHaveLength(2);
    expect(qs[0].speaker).toBe('Okafor');
  });

  test.each([
    ['each half attributed', '“We will rebuild the bridge this year,” said Anna Holm. “The ferry will run every hour until then,” said Tomas Berg.', [['We will rebuild the bridge this year,', 'Anna Holm'], ['The ferry will run every hour until then,', 'Tomas Berg']]],
    ['the same speaker twice', '“The port is busy,” Holm said. “The ferry will run every hour,” Holm added.', [['The port is busy,', 'Holm'], ['The ferry will run every hour,', 'Holm']]],
  ])('two attributed quotes in one paragraph stay two quotes: %s', (_name, text, expected) => {
    expect(findQuotes(article(text)).map((q) => [q.text, q.speaker])).toEqual(expected);
  });

  test.each([
    ['interrupted by a comma', '“The budget is balanced,” Okafor said, “and the schools will stay open.”'],
    ['continued after a full stop', '“The budget is balanced,” Okafor said. “The schools will stay open.”'],
    ['a second half that hands its cue on', '“The budget is balanced,” Okafor said. “The schools will stay open.” She added: “All of them.”'],
  ])('a second half with no attribution of its own joins the first: %s', (_name, text) => {
    expect(findQuotes(article(text))[0].parts).toHaveLength(2);
  });

  test('paragraphs separated by one newline work like two', () => {
    const text = 'Intro line.\n"We are ready for the storm," the mayor said.';
    const qs = findQuotes({ text, paragraphs: [{ start: 0, end: 11 }, { start: 12, end: text.length }] });
    expect(texts(qs)).toEqual(['We are ready for the storm,']);
  });
});

describe('findQuotes: where a split quote ends (issue 12)', () => {
  test.each([
    ['a show title after told', '“We have waited long enough, and I hope he can,” Ana Ruiz told “Morning Ledger.”', [['We have waited long enough, and I hope he can,', 'Ana Ruiz']]],
    ['a show title after said on', '“The vote is close and will stay close,” Tom Beck said on “Sunday Hour.”', [['The vote is close and will stay close,', 'Tom Beck']]],
    ['a colon hands the cue on', '“The plan is sound,” Tom Beck said, adding: “We will vote for it in June.”', [['The plan is sound,', 'Tom Beck'], ['We will vote for it in June.', 'Tom Beck']]],
    ['a show title after told and the network', '“The vote is close and will stay close,” Tom Beck told KLX\'s “Sunday Hour.”', [['The vote is close and will stay close,', 'Tom Beck']]],
    ['a show title after said on and the network', '“The vote is close and will stay close,” Tom Beck said on KLX News “Sunday Hour.”', [['The vote is close and will stay close,', 'Tom Beck']]],
    ['a show title before the attribution', 'Speaking on the radio show “Night Desk,” candidate Tom Beck said, “We will win the county in June.”', [['We will win the county in June.', 'Tom Beck']]],
    ['a closing mark typed after its space', '“I was wrong and I made a terrible mistake on the tax vote, “he said. “I am sorry.”', [['I was wrong and I made a terrible mistake on the tax vote, I am sorry.', null]]],
    ['a space-first closing mark before a name', '"We will keep the library open on every weekday, "Ana Ruiz said. "And on Sundays."', [['We will keep the library open on every weekday, And on Sundays.', 'Ana Ruiz']]],
    ['doubled right single marks close a double quote', '“The schools will stay open this year,’’ Ana Ruiz said. “And the library too.”', [['The schools will stay open this year, And the library too.', 'Ana Ruiz']]],
    ['a place after said in ends the gap of a split quote', '“The vote is close,” Tom Beck said in Norland. “We will win it in June.”', [['The vote is close, We will win it in June.', 'Tom Beck']]],
    ['a comma still splits one quote', '“The plan is sound,” Tom Beck said, “and we will vote for it in June.”', [['The plan is sound, and we will vote for it in June.', 'Tom Beck']]],
    // A phrase the prose runs into and on from is the writer's, not the quote resumed.
    ['a phrase woven into the attribution\'s sentence', '“The plan is sound,” Tom Beck said, calling the levy “a fair price” for the harbour.', [['The plan is sound,', 'Tom Beck'], ['a fair price', 'Tom Beck']]],
    ['a phrase woven in after said of', '“We will not vote for it,” Tom Beck said of the “harbour levy” plan that passed in June.', [['We will not vote for it,', 'Tom Beck'], ['harbour levy', 'Tom Beck']]],
    ['a second half woven in that ends the sentence still joins', '“The plan is sound,” Tom Beck said, calling it “a fair price for the harbour.”', [['The plan is sound, a fair price for the harbour.', 'Tom Beck']]],
    // "and" with a subject of its own opens another clause: its quote is its speaker's (12-07 evening).
    ['"and" and a new subject between two quotes: two quotes', 'Ana Ruiz described the vote as “a shambles from start to end,” and Tom Beck said, “We will win it again in June.”', [['a shambles from start to end,', 'Ana Ruiz'], ['We will win it again in June.', 'Tom Beck']]],
    ['"and said" between two quotes of one subject still joins them', 'Ana Ruiz described the vote as “a shambles from start to end” and said, “we will win it again in June.”', [['a shambles from start to end we will win it again in June.', 'Ana Ruiz']]],
  ])('%s', (_name, text, expected) => {
    expect(findQuotes(article(text)).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});

describe('findQuotes: a mark that opens again before the quote closes (issue 12)', () => {
  test.each([
    ['a continued paragraph whose break was lost keeps the first quote up to the next mark', ['Her full statement follows.', '"For four years I served the people of this county as their mayor. We kept the harbour open. "The council has improved the roads and the ports."'],
      ['For four years I served the people of this county as their mayor. We kept the harbour open.', 'The council has improved the roads and the ports.']],
    ['a closing mark lost before "told": the first mark stays stray', ['"We lost the vote, and I think it hurt the town, Ana Ruiz told the Ledger. "There is a lack of care in this place."'], ['There is a lack of care in this place.']],
    ['a closing mark lost before "says Mr.": the first mark stays stray', ['"This is the plan for the harbour and the roads. It is too early to judge it, says Mr. Moss. "But the vote was a good start."'], ['But the vote was a good start.']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(texts(findQuotes(article(...paragraphs)))).toEqual(expected);
  });
});

describe('findQuotes: a link card inlined by the page (12-07)', () => {
  test.each([
    ['a headline\'s quote inside the card is no quote; the one after it keeps its speaker', ['Sen. Tom McAllen Thomas (Tom) Joseph McAllenBeck: Board must “answer for every delay at the pier” Harbour vote set for Friday MORE (R-Nor.) said on Monday that “the pier will reopen in March.”'],
      [['the pier will reopen in March.', 'Tom McAllen']]],
    ['a card alone in the sentence leaves no quote', ['We never met Tom Moss Thomas (Tom) Ivo MossBeck: “No deal on the pier this year” Harbour vote set for Friday MORE in many months.'], []],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findQuotes(article(...paragraphs)).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});

describe('findQuotes: what is left out or marked', () => {
  test.each([
    ['a book title', 'Her new book, “Salt Roads”, sold well in the spring.'],
    ['a nickname', 'The striker, known as “the Hammer”, scored twice.'],
    ['a scare quote', 'The so-called “reform” changed nothing in the end.'],
    ['a show title even with a cue', 'Velde said on Sunday on “Meet the Voters” that taxes would rise.'],
    ['a show title after "during"', 'Velde told the host, who had worked with her during “The Harbour Hour”, that taxes would rise.'],
    ['a show title after "after"', 'Velde spoke to reporters after “Morning Ledger Live” on Sunday and said taxes would rise.'],
    ['a book title after "book" and a comma', 'Velde says Beck, who includes the letters in his book, “The Harbour Years,” was right.'],
    ['a memoir\'s title', 'Velde wrote about the vote in her memoir “Salt and Stone” last year.'],
    ['markup attributes', '<tweet id="12345" author="@someone">Taxes will rise soon</tweet>'],
  ])('%s is not a quote', (_name, text) => {
    expect(findQuotes(article(text))).toEqual([]);
  });

  test('a short phrase woven into prose with a speech cue is kept as a fragment', () => {
    const qs = findQuotes(article('The minister added that a decision was near and urged farmers to “stay patient” this winter.'));
    expect(qs.map((q) => [q.text, q.fragment])).toEqual([['stay patient', true]]);
  });

  test('a full quote is not a fragment', () => {
    const [q] = findQuotes(article('“We will not stop until the job is done,” said Priya Raman.'));
    expect(q.fragment).toBe(false);
  });

  test.each([
    ["don't, can't and the students' union"],
    ['In the ’90s the band played rock ’n’ roll and told ’em so.'],
    ["In the '90s the band played rock 'n' roll and told 'em so."],
    ['The players’ union and the owners’ group met on Friday.'],
  ])('apostrophes are not quote marks: %s', (text) => {
    expect(findQuotes(article(text))).toEqual([]);
  });

  test('an unbalanced mark does not swallow the following paragraphs', () => {
    const a = article(
      'The council met on Monday and “discussed the budget.',
      'A second paragraph with "a real quote," Okafor said, about the vote.',
    );
    const qs = findQuotes(a);
    expect(texts(qs)).toEqual(['a real quote,']);
    expect(qs[0].start).toBeGreaterThan(a.paragraphs[1].start);
  });
});

describe('findQuotes: quotes over several paragraphs must close', () => {
  const opened = (n: number) => Array.from({ length: n }, (_, i) => `“Paragraph ${i + 1} of the statement goes on about the harbour and the bridge`);

  test('three short paragraphs that open a mark and never close it are not one quote', () => {
    const qs = findQuotes(article('“Yes.', '“No.', '“Maybe.', 'The council adjourned.'));
    expect(qs.every((q) => q.parts.length === 1)).toBe(true);
  });

  test.each([2, 5, 8])('a chain of %i paragraphs that closes is one quote', (n) => {
    const a = article(...opened(n - 1), '“And that is the end of it,” Okafor said.');
    const qs = findQuotes(a);
    expect(qs).toHaveLength(1);
    expect(qs[0].parts).toHaveLength(n);
    expect(qs[0].speaker).toBe('Okafor');
  });

  test.each([9, 20])('a chain of %i paragraphs is too long for one quote: each paragraph stands alone', (n) => {
    const a = article(...opened(n - 1), '“And that is the end of it,” Okafor said.');
    const qs = findQuotes(a);
    expect(Math.max(...qs.map((q) => q.parts.length))).toBeLessThanOrEqual(8);
    for (const q of qs) expect(new Set(q.parts.map((p) => a.paragraphs.findIndex((s) => s.start <= p.start && p.end <= s.end))).size).toBe(q.parts.length);
  });

  test('a chain that closes with an attribution of its own is not the second half of the quote before it', () => {
    const a = article(
      '“The port is busy,” Anna Holm said. “The ferry will run every hour until the bridge reopens',
      '“and the buses will run at night,” said Tomas Berg.',
    );
    expect(findQuotes(a).map((q) => [q.parts.length, q.speaker])).toEqual([[1, 'Anna Holm'], [2, 'Tomas Berg']]);
  });

  test('an unclosed chain leaves each paragraph its own unterminated quote', () => {
    const a = article(...opened(4), 'The council adjourned.');
    const qs = findQuotes(a);
    expect(qs).toHaveLength(4);
    qs.forEach((q, i) => expect(q.end).toBe(a.paragraphs[i].end));
  });
});

describe('findQuotes: properties', () => {
  const markChars = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '「', '」', '『', '』', '‹', '›', ' ', 'a', 'b', '.', ',', '\n', 'said'];
  const markText = fc.array(fc.constantFrom(...markChars), { maxLength: 300 }).map((a) => a.join(''));
  const anyText = fc.oneof(fc.string({ maxLength: 300 }), markText);
  const paragraphsOf = (text: string) => {
    const spans = [];
    let start = 0;
    for (const line of text.split('\n')) {
      spans.push({ start, end: start + line.length });
      start += line.length + 1;
    }
    return spans;
  };

  test('never throws; parts slice exactly; quotes do not overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const qs = findQuotes({ text, paragraphs: paragraphsOf(text) });
        let lastEnd = -1;
        for (const q of qs) {
          expect(q.text).toBe(q.parts.map((p) => text.slice(p.start, p.end)).join(' '));
          expect(q.start).toBe(q.parts[0].start);
          expect(q.end).toBe(q.parts[q.parts.length - 1].end);
          for (const p of q.parts) {
            expect(p.start).toBeGreaterThan(lastEnd - 1);
            expect(p.end).toBeGreaterThanOrEqual(p.start);
            lastEnd = p.end;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test('100 KB of random marks in one paragraph finishes quickly', () => {
    const chars = ['"', '“', '”', '‘', '’', "'", '«', '»', 'a', ' '];
    let seed = 7;
    let text = '';
    while (text.length < 100_000) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += chars[seed % chars.length];
    }
    // A guard against super-linear blow-ups, not a benchmark: ~0.4 s of CPU when idle, so the
    // bound leaves room for a loaded 2-core CI machine (npm run bench measures speed).
    const t0 = performance.now();
    findQuotes({ text, paragraphs: [{ start: 0, end: text.length }] });
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
