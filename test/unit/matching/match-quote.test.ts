import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isTypo, lazyEvidence, matchQuote } from '@/utils/matching/match-quote';
import type { MatchEvidence } from '@/utils/matching/classify-match';
import type { Quote } from '@/utils/types';
import { french } from '@/utils/language/fr';
import { english } from '@/utils/language/en';
import { tokenizeWords } from '@/utils/text/tokenize-words';
import { other, quote, showDiff } from './match-quote-builders';

describe('matchQuote: kinds', () => {
  test.each([
    ['same words', 'We will not raise taxes on working families this year',
      'The senator said: “We will not raise taxes on working families this year.”', 'verbatim',
      'We will not raise taxes on working families this year'],
    ['quote style, case and British spelling', "We must defend the Labour movement's honour and the centre ground",
      'He said: "we must defend the labor movement\'s honor and the center ground."', 'verbatim',
      "We must defend the Labour movement's honour and the centre ground"],
    ['other outlet cuts the end', 'The budget is a disgrace and the governor knows it, and we will fight it in court',
      'Critics were blunt. “The budget is a disgrace and the governor knows it,” the mayor said.', 'partial',
      'The budget is a disgrace and the governor knows it [-and we will fight it in court-]'],
    ['other outlet quotes more', 'the governor knows the budget is a disgrace',
      '“Frankly, the governor knows the budget is a disgrace,” the mayor said on Monday.', 'partial',
      '{+Frankly+} the governor knows the budget is a disgrace'],
    ['ellipsis join', 'The bridge will reopen in May ... and commuters will finally get relief from the detours',
      '“The bridge will reopen in May after eight months of repairs, and commuters will finally get relief from the detours,” the engineer said.',
      'partial', 'The bridge will reopen in May {+after eight months of repairs+} and commuters will finally get relief from the detours'],
    ['bracketed insertion', '[Governor Hale] has betrayed the farmers of this valley for the last time',
      'The protesters chanted. “He has betrayed the farmers of this valley for the last time,” Ms. Ruiz said.', 'altered',
      '[-[Governor Hale]-] {+He+} has betrayed the farmers of this valley for the last time'],
    ['one word swapped', 'The treaty will ensure the supply of clean water to every village in the region',
      '“The treaty will secure the supply of clean water to every village in the region,” the minister said.', 'altered',
      'The treaty will [-ensure-] {+secure+} the supply of clean water to every village in the region'],
    ['colloquial contraction', "We're going to win back the valley and rebuild the factories",
      "“We're gonna win back the valley and rebuild the factories,” she said.", 'altered',
      "We're [-going to-] {+gonna+} win back the valley and rebuild the factories"],
    ['an editor\'s capital in brackets is the same word', 'No one should read this vote as a retreat from our support for the farmers',
      '“[N]o one should read this vote as a retreat from our support for the farmers,” the office said.', 'verbatim',
      'No one should read this vote as a retreat from our support for the farmers'],
    ['a long word misspelt by one letter', 'Two followers attacked a clinic in San Bernardino in California last week',
      '“Two followers attacked a clinic in San Bernadino in California last week,” the broadcast said.', 'verbatim',
      'Two followers attacked a clinic in San [-Bernardino-] {+Bernadino+} in California last week'],
    ['an ampersand for "and", as a post writes it', 'I do not want praise, I want toughness and vigilance from the council',
      '“I do not want praise, I want toughness & vigilance from the council,” she posted.', 'verbatim',
      'I do not want praise, I want toughness and vigilance from the council'],
    ['a compound written in two words', 'we also expect that our goodwill is recognized and respected by the council',
      '“We also expect that our good will is recognized and respected by the council,” she said.', 'verbatim',
      'we also expect that our [-goodwill-] {+good will+} is recognized and respected by the council'],
    ['a plural is a changed word, not a typo', 'The official warned that the bridge would close before the winter',
      '“The officials warned that the bridge would close before the winter,” he said.', 'altered',
      'The [-official-] {+officials+} warned that the bridge would close before the winter'],
    ['a post printed without quote marks, word for word', 'Dress however you please and call yourself whatever you like but do not force women out of their jobs',
      'She posted it on Thursday.\n\nDress however you please and call yourself whatever you like but do not force women out of their jobs\n\nThe post drew replies.',
      'verbatim', 'Dress however you please and call yourself whatever you like but do not force women out of their jobs'],
    ['a long run with a word changed stays a paraphrase', 'Officials said the increases would be offset by spending reductions and increased fees elsewhere in the budget, enough for a symbolic cut',
      'Officials said the increases would be offset by spending reductions and increased fees elsewhere in the budget, leaving enough for a symbolic cut.',
      'paraphrase', 'Officials said the increases would be offset by spending reductions and increased fees elsewhere in the budget {+leaving+} enough for a symbolic cut'],
    ['a contraction written out, where the other outlet quotes more before: aligned word for word',
      'Frankly they have been asking for a chance to vote on the repeal, and we are going to give it to them',
      '“We have new members that have not had the chance to vote on the repeal. Frankly, they\'ve been asking for a chance to vote on the repeal and we\'re going to give it to them,” the speaker said.', 'altered',
      "{+We have new members that have not had the chance to vote on the repeal+} Frankly [-they have-] {+they've+} been asking for a chance to vote on the repeal, and [-we are-] {+we're+} going to give it to them"],
    ['the same, this outlet quoting more', "We have new members that have not had the chance to vote on the repeal. Frankly, they've been asking for a chance to vote on the repeal and we're going to give it to them",
      'The speaker said so. “Frankly they have been asking for a chance to vote on the repeal, and we are going to give it to them.”', 'altered',
      "[-We have new members that have not had the chance to vote on the repeal-] Frankly [-they've-] {+they have+} been asking for a chance to vote on the repeal and [-we're-] {+we are+} going to give it to them"],
    ['a woven phrase the other outlet quotes in two pieces', 'edited for cheap clicks and is widely taken out of context',
      'She said her remarks had been “edited for cheap clicks” and “widely taken out of context.”', 'partial',
      'edited for cheap clicks [-and is-] widely taken out of context'],
    ['a long quote the other outlet quotes from a later sentence, a compound there written as one word: the cut edge meets their words next to the shared part',
      'We have to find the money for the harbour this year. We can start with a small levy on the ferries in 2027. This common sense plan simply gives the town more time to choose its builders, making 2027 a year of repairs',
      'The mayor has a plan.\n\n"This commonsense plan simply gives the town more time to choose its builders, making 2027 a year of repairs," she said.', 'partial',
      '[-We have to find the money for the harbour this year. We can start with a small levy on the ferries in 2027-] This [-common sense-] {+commonsense+} plan simply gives the town more time to choose its builders, making 2027 a year of repairs'],
    ['the same, a word before this quote\'s own ellipsis is not theirs', 'We have to find the money for the harbour and the council rejected this ... common sense plan simply gives the town more time to choose its builders, making 2027 a year of repairs',
      'The mayor has a plan.\n\n"This commonsense plan simply gives the town more time to choose its builders, making 2027 a year of repairs," she said.', 'altered',
      '[-We have to find the money for the harbour and the council rejected this ... common sense-] {+This commonsense+} plan simply gives the town more time to choose its builders, making 2027 a year of repairs'],
    ['indirect speech', 'The company will close its plant in Ohio and move production to Mexico next spring',
      'The firm announced on Tuesday that it would close its plant in Ohio and move production to Mexico next spring.',
      'paraphrase', '[-The company will-] close its plant in Ohio and move production to Mexico next spring'],
  ])('%s', (_name, q, text, kind, diff) => {
    const m = matchQuote(quote(q, null, q.startsWith('edited')), other(text));
    expect(m?.kind).toBe(kind);
    expect(showDiff(m!.diff)).toBe(diff);
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });

  test('a woven phrase with its first word changed, inside a longer quote of theirs, is altered', () => {
    const m = matchQuote(quote('reject the loud chorus of the angriest harbour voices', null, true),
      other('“In anxious seasons it can be tempting to follow the loud chorus of the angriest harbour voices,” Lee said.'));
    expect(m?.kind).toBe('altered');
    expect(showDiff(m!.diff)).toBe('[-reject-] {+In anxious seasons it can be tempting to follow+} the loud chorus of the angriest harbour voices');
  });

  test('the match carries the other article and its speaker', () => {
    const m = matchQuote(quote('Reliable water supply is indispensable to both farming and industry', 'Ana Silva'),
      other('“Reliable water supply is indispensable to both farming and industry,” she said.', 'Ana Silva', 'id-7'));
    expect(m).toMatchObject({ articleId: 'id-7', outlet: 'Other Outlet', url: 'https://other.example/story',
      title: 'Story', date: '2026-01-01', speaker: 'Ana Silva', similarity: 1, speakerConflict: false, meaningChanges: [] });
  });
});

describe('isTypo: one letter dropped inside a long word', () => {
  test.each([
    ['bernardino', 'bernadino', true],
    ['bernadino', 'bernardino', true],
    ['goverment', 'government', true],
    ['official', 'officials', false], // an ending is a change
    ['american', 'americans', false],
    ['desert', 'dessert', false], // short words are other words
    ['campaign', 'campaign', false], // the same word is no typo
    ['protesters', 'protestors', false], // a changed letter, not a dropped one
    ['ukraine', 'kraine', false], // never the first letter
    ['siutation', 'situation', true], // two letters side by side swapped
    ['situatoin', 'situation', true],
    ['situatino', 'situation', false], // not the last two
    ['marital', 'martial', false], // two words: a swap in a short word is a change
  ])('%s / %s → %s', (x, y, expected) => {
    expect(isTypo(x, y)).toBe(expected);
  });
});

describe('matchQuote: flags', () => {
  test.each([
    ['negation flip', 'Voters should trust the new election commission with the count',
      '“Voters shouldn\'t trust the new election commission with the count,” he said.', ['not']],
    ['a negation contracted on one side', 'The council does not intend to close the harbour ferry this winter',
      '“The council doesn’t intend to close the harbour ferry this winter,” she said.', []],
    ['added not', 'The new dam is safe for the towns downstream of the reservoir',
      '“The new dam is not safe for the towns downstream of the reservoir,” she said.', ['not']],
    ['number change', 'The factory will hire 300 workers before the winter season begins',
      '“The factory will hire 200 workers before the winter season begins,” he said.', ['300', '200']],
    ['written number change', 'The factory will hire three hundred workers before the winter season',
      '“The factory will hire four hundred workers before the winter season,” he said.', ['three', 'four']],
    ['same number in words and digits', 'We have three new hospitals opening across the northern province',
      '“We have 3 new hospitals opening across the northern province,” he said.', []],
    ['hedge change', 'The vaccine will reduce hospital admissions across the entire country this winter',
      '“The vaccine may reduce hospital admissions across the entire country this winter,” he said.', ['will', 'may']],
    ['quantifier change', 'Some teachers in the district have refused the new contract terms',
      '“All teachers in the district have refused the new contract terms,” he said.', ['some', 'all']],
    ['no change', 'The harbour expansion will create jobs for the whole coastal region',
      '“The harbor expansion will create jobs for the whole coastal region,” he said.', []],
    // Only local edits inside the shared part (docs/DESIGN.md "Meaning-change flags, read").
    ['a quantifier added is no change', 'I have bad news to report about the ferry schedule for the island',
      '“I have some bad news to report about the ferry schedule for the island,” he said.', []],
    ['a negation in a sentence only one version carries is no change', 'The new dam is safe for the towns downstream. We are proud of the engineers who built it',
      '“The new dam is safe for the towns downstream. We will not stop checking it every month of the year. We are proud of the engineers who built it,” she said.', []],
    ['a negation past the last shared word is no change', 'The new dam is safe for the towns downstream of the reservoir, we said so',
      '“The new dam is safe for the towns downstream of the reservoir, we did not say otherwise,” she said.', []],
    ['a negation moved within the sentence is no change', 'We want to state that New Yorkers have no reason to be alarmed about the ferry',
      '“We want to state there is no reason for New Yorkers to be alarmed about the ferry,” she said.', []],
    ['an answer word before a comma is no negation', 'And if you say, there was no delay at the ferry terminal this winter, they laugh',
      '“And if you say, ‘No, there was no delay at the ferry terminal this winter,’ they laugh,” she said.', []],
    ['a negation in a short edit between shared words is', 'The new dam is safe for the towns downstream and it will hold',
      '“The new dam is safe for the towns downstream and it will not hold,” she said.', ['not']],
    // One word spelt as two: the same words, no meaning changed (the kind is verbatim too).
    ['"good will" / "goodwill"', 'We expect our good will to be recognized by every member of the council',
      '“We expect our goodwill to be recognized by every member of the council,” she said.', []],
    ['"can not" / "cannot"', 'We can not let the council get away with closing the ferry terminal',
      '“We cannot let the council get away with closing the ferry terminal,” she said.', []],
    ['"any way" / "anyway"', 'We will not comment on those reports in any way except to say the ferry runs',
      '“We will not comment on those reports in anyway except to say the ferry runs,” she said.', []],
  ])('meaning change: %s', (_name, q, text, changes) => {
    const m = matchQuote(quote(q), other(text));
    expect(m).not.toBeNull();
    expect(m!.meaningChanges).toEqual(changes);
  });

  test.each([
    ['Maria Lopez', 'Daniel Ortiz', true],
    ['Maria Lopez', 'Lopez', false],
    ['Maria Lopez', 'Maria Lopez', false],
    ['Maria Lopez', null, false],
    [null, 'Daniel Ortiz', false],
  ])('speaker conflict: %s vs %s → %s', (ours, theirs, conflict) => {
    const words = 'The harbour expansion will create jobs for the whole coastal region';
    const m = matchQuote(quote(words, ours), other(`“${words},” ${theirs ?? 'the official'} said.`, theirs));
    expect(m?.speakerConflict).toBe(conflict);
  });

  // A conflict rests on the names the outlets write beside the quote, not on who the engine took
  // "he" or "the senator" to be (issue 12: most false conflicts were pronouns resolved far away).
  const words = 'The harbour expansion will create jobs for the whole coastal region';
  const ours = (mention: string) => {
    const source = `“${words},” ${mention} said.`;
    const at = source.indexOf(mention);
    return { source, q: { ...quote(words, 'Maria Lopez'), speakerMention: { start: at, end: at + mention.length } } };
  };
  test.each([
    ['both named', 'Lopez', 'Daniel Ortiz', 'Ortiz', true],
    ['both named with titles', 'Mayor Lopez', 'Daniel Ortiz', 'Mr. Ortiz', true],
    ['theirs only "he"', 'Lopez', 'Daniel Ortiz', 'he', false],
    ['theirs a description', 'Lopez', 'Daniel Ortiz', 'the official', false],
    ['ours only "she"', 'she', 'Daniel Ortiz', 'Ortiz', false],
    ['ours a description', 'the mayor', 'Daniel Ortiz', 'Ortiz', false],
  ])('speaker conflict needs names beside both quotes: %s', (_name, ourMention, theirs, theirMention, conflict) => {
    const { source, q } = ours(ourMention);
    const m = matchQuote(q, other(`“${words},” ${theirMention} said.`, theirs, 'other', theirMention), undefined, source);
    expect(m?.speakerConflict).toBe(conflict);
  });
});

describe('matchQuote: no false friends', () => {
  test.each([
    ['thoughts and prayers', 'Our thoughts and prayers are with the families at this difficult time',
      '“Our thoughts and prayers are with the families,” the mayor said after the flood destroyed the bakery.'],
    ['campaign slogan', 'We are going to make America great again and we will bring the steel mills back',
      '“We will make America great again,” the candidate told the crowd about immigration and tariffs.'],
    ['end of the day', 'At the end of the day we all want the same thing for our kids',
      '“At the end of the day, we all want the same thing,” the coach said after the loss.'],
    ['unrelated story', 'The council will vote on the new cycling lanes along the river next week',
      'The hurricane made landfall on Friday, flooding coastal towns and cutting power to thousands.'],
    ['only a shared name', 'President Donald Trump said the tariffs would protect the steel workers of Ohio',
      '“President Donald Trump has no plan for the border,” the senator said in Phoenix.'],
    ['long stock phrase, word for word', 'our thoughts and prayers are with the families tonight',
      'The mayor said: “Our thoughts and prayers are with the families tonight.”'],
    ['a quoted title inside a long quote',
      'I told this chamber a year ago that the economy would recover, and tonight in this State of the Union I can report that factories are hiring again, that wages are rising faster than prices, and that families in every corner of the country are finally feeling the relief we promised them',
      'The president will deliver the “State of the Union” address to Congress on Tuesday evening.'],
    ['a show name at the end of a short quote', 'Yes it is, as I told Harbor Evening Roundtable',
      'She repeated the claim on “Harbor Evening Roundtable” this week.'],
    ['short fragment, exact', 'stay tuned', 'She urged reporters to “stay tuned” for more.'],
    ['a two-word phrase inside another speaker\'s longer quote', 'moderate opposition',
      '“I fear that the moderate opposition forces will be defeated without more help,” the senator said.'],
    ['fragment as paraphrase', 'record harvest', 'Farmers expect a record harvest this autumn.'],
    ['only a law\'s name in common, in another quote', 'she had a lot more going on than the Harbour Renewal Act',
      '“This story is wrong. Since the Harbour Renewal Act passed, we have worked to carry it out,” the spokesperson said.'],
    ['the editor\'s parenthesis is no word of the speaker', "I'd love to hear from (deputy harbour master Ivo) Lenz and (former port adviser Ada) Brandt",
      'The mayor asked for testimony from deputy harbour master Ivo Lenz, former port adviser Ada Brandt and two clerks.'],
    ['indirect speech sharing only names and one word', 'The harbour booms, but Mayor Ada Brandt’s numbers are a bust',
      'Mayor Ada Brandt’s poll numbers are slipping as the election nears.'],
  ])('%s', (_name, q, text) => {
    expect(matchQuote(quote(q, null, q.split(' ').length < 6), other(text))).toBeNull();
  });

  // Issue 12 (h-rec): their whole quoted part, word for word, opening or closing a sentence of a long quote.
  const longQuotes = [
    'The council cannot be serious about compromise if it begins with a list of cuts that hurts the ferry crews, the night nurses and the families who depend on them through every winter on the island.',
    'Any old letters would have stayed under the control of the board. Requests about them should go to the board, which keeps the ferry in the hands of a few and answers to nobody on the island at all.',
  ];
  test.each([
    ['opening the quote: their excerpt', 0, '“The council cannot be serious about compromise,” Ana Ruiz and Tom Vale said on Sunday.', null, 'Ana Ruiz and Tom Vale', 'partial'],
    ['closing its first sentence: their excerpt', 1, 'The port office said any old letters would have “stayed under the control of the board.”', 'Port Office', 'Port Office', 'partial'],
    ['the same words inside a sentence of the quote: no match', 1, 'Critics said the board “keeps the ferry in the hands” of a few.', 'Port Office', null, null],
    ['opening the quote, credited to someone else by name: no match', 0, '“The council cannot be serious about compromise,” said Ivo Lenz, a rival.', 'Ana Ruiz', 'Ivo Lenz', null],
  ])('a long quote, their short excerpt at a sentence edge: %s', (_name, which, text, speakerA, speakerB, kind) => {
    const m = matchQuote(quote(longQuotes[which], speakerA), other(text, speakerB));
    expect(m?.kind ?? null).toBe(kind);
  });

  test('a long complete quote with a number matches word for word', () => {
    const m = matchQuote(quote("That's one down, that's 434 more to go"), other('“That’s one down, that’s 434 more to go.” he said.'));
    expect(m?.kind).toBe('verbatim');
  });

  test.each([
    ['a long quote woven into prose is a sentence: a changed word leaves it altered',
      'the harbour board had ignored every warning about the cracked seawall for three winters in a row', 'altered'],
    ['a short woven-in phrase with a changed word is no match', 'the harbour board ignored the seawall', null],
  ])('%s', (_name, q, kind) => {
    const changed = q.replace('harbour', 'port');
    const m = matchQuote(quote(q, null, true), other(`The report said “${changed}” and left it there.`));
    expect(m?.kind ?? null).toBe(kind);
  });

  test.each([
    ['an embedded post, its handles and link left out',
      'Beforehand she posted:\nThe ferry timetable is a disgrace and the island deserves better service this winter. @harbourboard https://t.co/abc123 — Ann Lee (@annlee) March 3, 2026\nThe board did not reply.',
      'verbatim', 'The ferry timetable is a disgrace and the island deserves better service this winter'],
    ['a thread of two embedded posts, their signatures left out',
      'Beforehand she posted:\nThe ferry timetable is a disgrace and the island deserves.... — Ann Lee (@annlee) March 3, 2026\n\n....better service this winter. — Ann Lee (@annlee) March 3, 2026\nThe board did not reply.',
      'verbatim', 'The ferry timetable is a disgrace and the island deserves better service this winter'],
    ['an embedded post, its card\'s close button left out',
      'Beforehand she posted:\nx The ferry timetable is a disgrace and the island deserves better service this winter.... — Ann Lee (@annlee) March 3, 2026\nThe board did not reply.',
      'verbatim', 'The ferry timetable is a disgrace and the island deserves better service this winter'],
    ['a transcript turn', 'The exchange went on. LEE: The ferry timetable is a disgrace and the island deserves better service this winter. HOST: Why now?',
      'verbatim', 'The ferry timetable is a disgrace and the island deserves better service this winter'],
    ['prose is still indirect speech', 'She said the ferry timetable is a disgrace and the island deserves better service this winter.',
      'paraphrase', 'The ferry timetable is a disgrace and the island deserves better service this winter'],
  ])('quoted without marks: %s', (_name, text, kind, diff) => {
    const m = matchQuote(quote('The ferry timetable is a disgrace and the island deserves better service this winter'), other(text));
    expect(m?.kind).toBe(kind);
    expect(showDiff(m!.diff)).toBe(diff);
  });

  test('a post printed after its account: the account is no word of the post', () => {
    const q = 'I will be announcing my decision on the ferry timetable on Thursday at the harbour office';
    const m = matchQuote(quote(q), other('The mayor was blunt.\nAnn J. Lee (@annlee) I will be announcing my decision on the ferry timetable on Thursday at the harbour office!\nThe board did not reply.'));
    expect(m?.kind).toBe('verbatim');
    expect(m?.text.startsWith('I will')).toBe(true);
  });

  test.each([
    ['narration sharing a clause of it is no match', 'The board faced a backlash on Friday following revelations that the harbour authority broke safety rules and skipped checks hundreds of times since 2019.', null],
    ['an infinitive of a speech verb is no report', 'Revelations that the harbour authority broke safety rules and skipped checks hundreds of times led the board to continue its review.', null],
    ['the same clause reported as someone\'s words is indirect speech', 'The mayor said on Friday that the harbour authority broke safety rules and skipped checks hundreds of times since 2019.', 'paraphrase'],
    ['the same clause credited to a source is indirect speech', 'The harbour authority broke safety rules and skipped checks hundreds of times since 2019, according to the council.', 'paraphrase'],
  ])('under half a long quote in their prose: %s', (_name, text, kind) => {
    const q = 'Press reports that the harbour authority broke safety rules hundreds of times per year and tried to hide the failed checks from the council are deeply troubling';
    const m = matchQuote(quote(q, 'Ada Brandt'), other(text));
    expect(m?.kind ?? null).toBe(kind);
  });

  test.each([
    ['la narration qui en reprend une proposition', 'Le conseil a reçu les révélations sur l’autorité portuaire qui a enfreint les règles de sécurité des centaines de fois depuis 2019.', null],
    ['la même proposition attribuée à une source (« d’après »)', 'L’autorité portuaire a enfreint les règles de sécurité des centaines de fois depuis 2019, d’après le conseil.', 'paraphrase'],
  ])('French, under half a long quote in their prose: %s', (_name, text, kind) => {
    const q = 'Les rapports de presse selon lesquels l’autorité portuaire a enfreint les règles de sécurité des centaines de fois par an et a caché les contrôles ratés au conseil sont profondément inquiétants';
    const m = matchQuote(quote(q, 'Ada Brandt'), other(text), undefined, undefined, french);
    expect(m?.kind ?? null).toBe(kind);
  });

  test.each([
    ['carried nearly whole in their prose is a paraphrase', 'Everyone agrees, Lee said, that the island doesn’t have the ferries to carry 40 thousand visitors a week.', 'paraphrase'],
    ['a few of its words in their prose are no match', 'The island has ferries, and visitors come each week.', null],
    ['its names and a word in their prose are no match', 'Lee wants the Harbour Board and North Ferry Company to carry more.', null],
  ])('a woven phrase reported without quote marks: %s', (_name, text, kind) => {
    const m = matchQuote(quote('we don’t have the ferries to carry 40 thousand visitors', null, true), other(text));
    expect(m?.kind ?? null).toBe(kind);
  });

  test.each([
    ['two thirds of it, word for word in a report of the charge', 'Prosecutors charged him with taking part in the activities of a smuggling ring, the court said.', 'paraphrase'],
    ['the same words as the story\'s narration, fewer of them', 'The smuggling ring had its activities in the harbour.', null],
  ])('a woven phrase, most of it in their prose: %s', (_name, text, kind) => {
    const m = matchQuote(quote('taking part in activities of a smuggling ring and harbour attacks', null, true), other(text));
    expect(m?.kind ?? null).toBe(kind);
  });

  test.each([
    ['a pull quote before the body\'s copy: the body\'s copy', '“There is waste in this budget at every level of the harbour board.” — Ann Lee, council leader', 'body'],
    ['the same quote twice in the body: the earlier copy', '“There is waste in this budget at every level of the harbour board,” Lee told the council first.', 'first'],
  ])('one version printed twice: %s', (_name, firstParagraph, expected) => {
    const body = '“There is waste in this budget at every level of the harbour board,” Lee said on Monday.';
    const text = `${firstParagraph}\n\nThe council met on Monday.\n\n${body}`;
    const paragraphs = [0, 1, 2].map((k) => {
      const start = text.split('\n\n').slice(0, k).join('\n\n').length + (k ? 2 : 0);
      return { start, end: start + text.split('\n\n')[k].length };
    });
    const m = matchQuote(quote('There is waste in this budget at every level of the harbour board', 'Ann Lee'), other(text, 'Ann Lee'), paragraphs);
    expect(m?.kind).toBe('verbatim');
    expect(m!.start < paragraphs[1].start ? 'first' : 'body').toBe(expected);
  });

  test.each([
    ['a piece of it in their quote marks: their excerpt', 'Critics faulted the board for waste and fraud “on every side,” rather than naming the contractor.', 'partial'],
    ['the same without quote marks: no match', 'Critics faulted the board for waste and fraud on every side, rather than naming the contractor.', null],
    ['two words of it in quote marks: no match', 'Critics faulted the board for waste and fraud on “every side,” rather than naming the contractor.', null],
  ])('a woven phrase reported nearly whole: %s', (_name, text, kind) => {
    // A piece of three words with no cue of its own is no quote of the finder's: only marks.
    const m = matchQuote(quote('waste, delay, and fraud on every side', null, true), { ...other(text), quotes: [] });
    expect(m?.kind ?? null).toBe(kind);
  });

  test.each([
    ['its words in another order are agreement', 'The ministry gave Harbor Steel a new permit in early March, allowing about $4.2 million worth of Norland ore to be shipped out through the northern port, the report says.', 'paraphrase'],
    ['other words in their place are no match', 'The ministry gave Harbor Steel a new permit in early March, allowing about $4.2 million of grain from the farms to be shipped out through the northern port, the report says.', null],
  ])('a report that reorders the quote\'s phrases: %s', (_name, text, kind) => {
    const m = matchQuote(quote('On March 3, the ministry issued a permit to Harbor Steel allowing Norland ore worth about $4.2 million to pass through the northern port.'), other(text));
    expect(m?.kind ?? null).toBe(kind);
  });

  test.each([
    ['credited to the speaker beside a verb of saying: a report of it', 'Council leader Ada Brandt announced on Monday that members would proceed with the budget vote.', 'paraphrase'],
    ['the same words naming nobody: no match', 'On Monday members were expected to proceed with the budget vote.', null],
    ['credited, but no verb of saying: no match', 'Council leader Ada Brandt and her members will proceed with the budget vote on Monday.', null],
  ])('half a short quote in their prose, three content words: %s', (_name, text, kind) => {
    const m = matchQuote(quote('I am asking you to proceed with the budget vote', 'Ada Brandt'), other(text));
    expect(m?.kind ?? null).toBe(kind);
  });

  test.each([
    ['a piece of three content words in their marks, reported: their excerpt', 'In a letter to the council, he wrote that he would not rest until the harbour was “dredged, cleaned and opened” to boats.', 'partial'],
    ['the same without quote marks: no match', 'In a letter to the council, he wrote that he would not rest until the harbour was dredged, cleaned and opened to boats.', null],
    ['a piece of two content words in their marks: no match', 'In a letter to the council, he wrote that he would not rest until the harbour was dredged, “cleaned and opened” to boats.', null],
    ['the same piece in narration, no verb of saying: no match', 'After the letter to the council, he would not rest until the harbour was “dredged, cleaned and opened” to boats.', null],
  ])('a third of a long quote reported around a quoted piece, nobody credited: %s', (_name, text, kind) => {
    const q = quote('Nobody on this council listens to the fishermen any more, and nobody answers our letters. I am not going to rest until the harbour is dredged, cleaned and opened to every boat in the bay.');
    expect(matchQuote(q, { ...other(text), quotes: [] })?.kind ?? null).toBe(kind);
  });

  test.each<[string, string, string | null, boolean, string | null]>([
    ['marks their finder credits to no one, the paragraph naming her: her excerpt', 'Brandt denounced the closure as “a betrayal” and “an insult to the harbour towns.”', null, false, 'partial'],
    ['the same, the marks the finder\'s quote with no speaker', 'Brandt denounced the closure as “a betrayal” and “an insult to the harbour towns.”', null, true, 'partial'],
    ['the paragraph naming someone else: no match', 'Tom Lee denounced the closure as “a betrayal” and “an insult to the harbour towns.”', null, false, null],
    ['the marks credited to someone else, her name beside: no match', 'Brandt\'s rival Tom Lee called the closure “an insult to the harbour towns.”', 'Tom Lee', true, null],
  ])('a five-word excerpt of a long quote, credited by the paragraph around it: %s', (_name, text, speaker, finderQuotes, kind) => {
    const q = quote('As chair of the harbour board, it is my duty to oversee every contract the council signs and to answer to the fishermen who depend on them. Closing the northern pier without a hearing is both an insult to the harbour towns and a reckless answer to a request from our own members.', 'Ada Brandt');
    const o = other(text, speaker);
    expect(matchQuote(q, finderQuotes ? o : { ...o, quotes: [] })?.kind ?? null).toBe(kind);
  });

  test.each([
    ['"U.S." in both', 'the U.S.', 'Critics recalled the envoy’s promise that, “out of respect for the U.S. Congress,” no member would be refused.', 'partial'],
    ['"US" in theirs', 'the U.S.', 'Critics recalled the envoy’s promise that, “out of respect for the US Congress,” no member would be refused.', 'partial'],
    ['the pronoun "us": no match', 'us and the', 'Critics recalled the envoy’s promise that, “out of respect for us and the Congress,” no member would be refused.', null],
  ])('an excerpt naming the U.S. weighs it as a name, not the pronoun: %s', (_name, words, text, kind) => {
    const q = quote(`Out of respect for ${words} Congress and the long friendship between our two nations, we would not refuse a visit by any member of the council to the harbour.`);
    expect(matchQuote(q, other(text))?.kind ?? null).toBe(kind);
  });

  test('a quoted part after prose that repeats the quote\'s names is judged alone: an excerpt, not a refused paraphrase', () => {
    const q = quote('The Northport Police Field Office, the Civil Rights Division, and the Harbour Attorney’s Office for the Western District of Norland have opened a civil rights investigation into the circumstances of the deadly collision that occurred earlier Saturday morning. The police will collect all available facts and evidence, and as this is an ongoing investigation we are not able to comment further at this time.');
    const m = matchQuote(q, other('A civil rights investigation has been opened into the crash death, the Harbour Attorney’s Office for the Western District of Norland and the Northport Police field office said late on Saturday.\n\n“The police will collect all available facts and evidence,” they said in a joint statement.'));
    expect(m?.kind).toBe('partial');
    expect(m?.text).toBe('The police will collect all available facts and evidence');
  });

  test.each([
    ['the same person: altered', 'Ada Lenz', 'altered'],
    ['another named person: not shown, rather than a speaker conflict', 'Ivo Brandt', null],
    ['another named person, most words kept: a speaker conflict', 'Ivo Brandt', 'altered', 'It is a rejection of our demands for dredging of the port and a message the council must give more.'],
    ['another named person, agreeing just under 0.6: not shown', 'Ivo Brandt', null, 'That was a rejection of harbour demands for dredging of the port, a message that nobody will hear.'],
    ['another named person, agreeing just over 0.6: a speaker conflict', 'Ivo Brandt', 'altered', 'That was a rejection of city demands for dredging of the port, a message that the board will hear.'],
    // A lone surname is too unsure for a conflict, but a name all the same: two statements.
    ['another person by surname only: not shown', 'Brandt', null],
    ['the same person by surname only: altered', 'Lenz', 'altered'],
    ['nobody named: altered', null, 'altered'],
  ])('a version in quote marks with about half the words changed: %s', (_name, otherSpeaker, kind, said = 'That was a rejection of city demands for dredging of the port, a message that nobody will hear.') => {
    const text = 'This is a rejection of harbour demands for unilateral dredging by the port authority, and a clear message that the board will need to give up more to make progress.';
    const source = `“${text}” Ada Lenz said.`;
    const at = source.indexOf('Ada Lenz');
    const q = { ...quote(text, 'Ada Lenz'), speakerMention: { start: at, end: at + 'Ada Lenz'.length } };
    const m = matchQuote(q, other(`On Saturday, ${otherSpeaker ?? 'the council'} said: “${said}”`, otherSpeaker), undefined, source);
    expect(m?.kind ?? null).toBe(kind);
    if (m) expect(m.speakerConflict).toBe(otherSpeaker === 'Ivo Brandt');
  });

  test.each([
    ['printed unchanged, a word in its own quote marks', 'Harbour users are more likely than those in other towns to block or “unfollow” a ferry company on a social network, as well as to end a season ticket, because of delays.', 'verbatim'],
    ['printed unchanged, no marks at all', 'Harbour users are more likely than those in other towns to block or unfollow a ferry company on a social network, as well as to end a season ticket, because of delays.', 'verbatim'],
  ])('a report\'s own text printed as prose: %s', (_name, text, kind) => {
    const m = matchQuote(quote('more likely than those in other towns to block or \'unfollow\' a ferry company on a social network, as well as to end a season ticket, because of delays', null, true), other(text));
    expect(m?.kind).toBe(kind);
  });

  const post = 'Dress however you please and call yourself whatever you like but do not force women out of their jobs';
  test.each([
    ['right after "said": indirect speech', 'In the hearing on Thursday, Lenz said dress however you please and call yourself whatever you like but do not force women out of their jobs.', 'paraphrase'],
    ['after "said that"', 'In the hearing on Thursday, Lenz said that dress however you please and call yourself whatever you like but do not force women out of their jobs.', 'paraphrase'],
    ['a paragraph of its own after "said"', 'In the hearing on Thursday, Lenz said it plainly.\n\nDress however you please and call yourself whatever you like but do not force women out of their jobs', 'verbatim'],
  ])('fifteen words printed unchanged without marks: %s', (_name, text, kind) => {
    expect(matchQuote(quote(post, 'Ada Lenz'), other(text))?.kind).toBe(kind);
  });

  test.each([
    ['the quoted words after the names, credited to the speaker', 'Harbour Mayor Ada Lenz said Brandt will not sit on the Ferry and Harbour Board “until this matter is settled.”', 'Ada Lenz', 'partial'],
    ['the same, credited to nobody', 'The council said Brandt will not sit on the Ferry and Harbour Board “until this matter is settled.”', null, null],
  ])('a quoted piece the alignment passes over for names in another order: %s', (_name, text, otherSpeaker, kind) => {
    const q = quote('Insider trading is a breach of trust. Until this matter is settled, Rep. Brandt will no longer be serving on the Ferry and Harbour Board.', 'Ada Lenz');
    const o = other(`The news broke on Monday. ${text} He denied it.`, otherSpeaker);
    // A candidate window (the index's), as in a compare; the whole-text path does not look past its alignment.
    const m = matchQuote(q, o, [{ start: 0, end: o.text.length }]);
    expect(m?.kind ?? null).toBe(kind);
    if (m) expect(o.text.slice(m.start, m.end)).toBe('until this matter is settled');
  });

  const compounds = 'When you have a sling-fest, a mud-fest on the harbour radio every night, nobody is trusting the board';
  const contracted = 'I’m going to be the harbour master of this town for the next ten years';
  test.each([
    ['hyphens dropped from two compounds', compounds, 'When you have a slingfest, a mudfest on the harbour radio every night, nobody is trusting the board', 'verbatim'],
    ['a contraction is still a change', compounds, 'When you have a sling-fest, a mud-fest on the harbour radio every night, nobody’s trusting the board', 'altered'],
    ['an apostrophe dropped', contracted, 'Im going to be the harbour master of this town for the next ten years', 'verbatim'],
    ['a contraction spelt out is still a change', contracted, 'I am going to be the harbour master of this town for the next ten years', 'altered'],
  ])('spelling that differs only by hyphens or apostrophes: %s', (_name, text, said, kind) => {
    const m = matchQuote(quote(text, 'Ada Lenz'), other(`“${said},” Lenz said.`, 'Ada Lenz'));
    expect(m?.kind).toBe(kind);
  });

  test.each([
    ['the last word', 'among them shared work on trade and the threats regarding counterterrorism', '“During the meeting with the envoy many subjects came up, among them shared work on trade and the threats regarding counter-terrorism. The talk went on, but they did not discuss sources,” Lenz said.'],
    ['the first word', 'Counter-terrorism and shared work on trade were the subjects of the whole meeting', '“We spoke at length. Counterterrorism and shared work on trade were the subjects of the whole meeting,” Lenz said.'],
  ])('an edge word spelled with or without a hyphen, the other quoting more, is an excerpt: %s', (_name, text, said) => {
    expect(matchQuote(quote(text, 'Ada Lenz'), other(said, 'Ada Lenz'))?.kind).toBe('partial');
  });

  test.each([
    ['a contraction of "I" kept', 'In regard to dredging of the harbour. This is not something I’ve ever been involved in, heard of, or would think wise.', 'altered'],
    ['"I" turned into "he": indirect speech', 'In regard to dredging of the harbour, it is not something he had ever been involved in, heard of, or would think wise.', 'paraphrase'],
  ])('the speaker\'s words printed as prose with a word changed: %s', (_name, text, kind) => {
    const m = matchQuote(quote('With regard to dredging of the harbour – that is not something I\'ve ever been involved in, heard of, would think wise', 'Ada Lenz'), other(`Ada Lenz at the hearing. ${text} That was all.`));
    expect(m?.kind).toBe(kind);
  });

  test.each([
    ['"40%" against "40 percent" is the same words', 'Ferry traffic grew almost 40 percent in the first quarter', 'verbatim'],
    ['"40%" against "40" is a word cut', 'Ferry traffic grew almost 40 in the first quarter', 'altered'],
  ])('a percent sign: %s', (_name, said, kind) => {
    const m = matchQuote(quote('Ferry traffic grew almost 40% in the first quarter'), other(`“${said},” Lee said.`, 'Ann Lee'));
    expect(m?.kind).toBe(kind);
  });

  test('a fragment with enough content matches word for word in quote marks', () => {
    const m = matchQuote(quote('catastrophic failure of leadership', null, true),
      other('The report called it a “catastrophic failure of leadership” by the board.'));
    expect(m?.kind).toBe('verbatim');
  });

  test('a quote split around its attribution matches the joined quote', () => {
    const text = '“The levee held,” the engineer said, “and the town is safe for now.”';
    const art = other(text, 'Jo Park');
    const [a, b] = art.quotes;
    art.quotes = [{ ...a, text: `${a.text} ${b.text}`, end: b.end, parts: [...a.parts, ...b.parts] }];
    const m = matchQuote(quote('The levee held, and the town is safe for now'), art);
    expect(m?.kind).toBe('verbatim');
    expect(showDiff(m!.diff)).toBe('The levee held, and the town is safe for now');
  });

  test('a quote left unclosed by the other outlet still counts as quoted', () => {
    const m = matchQuote(quote('The levee held through the night and the town is safe'),
      other('The engineer was relieved. “The levee held through the night and the town is safe, she said.'));
    expect(m?.kind).toBe('verbatim');
  });

  test('a sentence the other outlet quotes in two pieces is quoted, not paraphrased', () => {
    const m = matchQuote(quote('Stocks will rebound right after the election when the senate returns to work'),
      other('He said stocks will rebound “right after the election” and “when the senate returns to work.”'));
    expect(m?.kind).toBe('partial');
    expect(showDiff(m!.diff)).toBe('[-Stocks will rebound-] right after the election when the senate returns to work');
  });

  test('windows restrict the search to the given spans (widened to their paragraph)', () => {
    const text = 'Unrelated opening paragraph about the weather.\n\nMore weather.\n\nAnd more.\n\n“The treaty will secure the supply of clean water to every village,” the minister said.';
    const q = quote('The treaty will secure the supply of clean water to every village');
    const at = text.indexOf('The treaty');
    expect(matchQuote(q, other(text), [{ start: 0, end: 10 }])).toBeNull();
    expect(matchQuote(q, other(text), [{ start: at + 20, end: at + 30 }])?.kind).toBe('verbatim');
  });
});


describe('matchQuote: editorial marks', () => {
  test.each([
    ['our bracketed insertion', 'He lied many times, [and] nothing happened', '“He lied many times, nothing happened,” she said.',
      'altered', 'He lied many times [-[and]-] nothing happened', [['delete', '[and]', 'insertion']]],
    ['their bracketed insertion', 'He lied many times, nothing happened', '“He lied many times, [and] nothing happened,” she said.',
      'altered', 'He lied many times {+[and]+} nothing happened', [['insert', '[and]', 'insertion']]],
    ['our bracketed substitution', '[Mr. Lee] said the audit was finished and nothing was missing',
      '“He said the audit was finished and nothing was missing,” Vance said.', 'altered',
      '[-[Mr. Lee]-] {+He+} said the audit was finished and nothing was missing',
      [['delete', '[Mr. Lee]', 'substitution'], ['insert', 'He', 'substitution']]],
    ['their bracketed substitution', 'he said the audit was finished and nothing was missing',
      '“[Mr. Lee] said the audit was finished and nothing was missing,” Vance said.', 'altered',
      '[-he-] {+[Mr. Lee]+} said the audit was finished and nothing was missing',
      [['delete', 'he', 'substitution'], ['insert', '[Mr. Lee]', 'substitution']]],
    ['our bracketed words at the end', 'Staffers were abused by members [of Congress]', '“Staffers were abused by members,” she said.',
      'altered', 'Staffers were abused by members [-[of Congress]-]', [['delete', '[of Congress]', 'insertion']]],
    ['their bracketed words at the end', 'Staffers were abused by members', '“Staffers were abused by members [of Congress],” she said.',
      'altered', 'Staffers were abused by members {+[of Congress]+}', [['insert', '[of Congress]', 'insertion']]],
    ['our ellipsis joins two sentences', 'The bridge will reopen in May … commuters will get relief from the detours',
      '“The bridge will reopen in May. Repairs took months. Commuters will get relief from the detours,” she said.',
      'partial', 'The bridge will reopen in May {+Repairs took months+} commuters will get relief from the detours',
      [['insert', 'Repairs took months', 'cut']]],
    ['a word bracketed on our side only', 'we believe all of [the] mayor’s decisions were lawful and proper',
      '“We believe all of the mayor’s decisions were lawful and proper,” she said.', 'altered',
      'we believe all of [the] mayor’s decisions were lawful and proper', []],
    ['brackets inside their longer quote are its text', 'We should not hinder ourselves from the start',
      '“The rules hamstring progress on housing [and] other [bills]. We should not hinder ourselves from the start,” she wrote.', 'partial',
      '{+The rules hamstring progress on housing+} {+[and]+} {+other+} {+[bills]+} We should not hinder ourselves from the start',
      [['insert', '[and]', 'insertion'], ['insert', '[bills]', 'insertion']]],
    ['"[sic]" is no change', 'The levee was built good and it held through the night [sic]',
      '“The levee was built good and it held through the night,” she said.', 'verbatim',
      'The levee was built good and it held through the night', []],
    ['their ellipsis joins two sentences', 'The bridge will reopen in May. Repairs took months. Commuters will get relief from the detours',
      '“The bridge will reopen in May ... commuters will get relief from the detours,” she said.',
      'partial', 'The bridge will reopen in May [-Repairs took months-] Commuters will get relief from the detours',
      [['delete', 'Repairs took months', 'cut']]],
  ])('%s', (_name, q, text, kind, diff, edits) => {
    const m = matchQuote(quote(q), other(text));
    expect(m?.kind).toBe(kind);
    expect(showDiff(m!.diff)).toBe(diff);
    expect(m!.diff.filter((d) => d.edit).map((d) => [d.op, d.text, d.edit])).toEqual(edits);
    expect(m!.meaningChanges).toEqual([]);
  });

  test.each([
    ['a bracketed negation', 'We will [not] raise the ferry fares for island residents', '“We will raise the ferry fares for island residents,” he said.', ['not']],
    ['a bracketed number', 'We will hire [300] nurses for the island clinics', '“We will hire 200 nurses for the island clinics,” he said.', ['300', '200']],
    // A number where the other version has a word of no number's class says what it refers to, not another number (judged flags).
    ['a number for a word is no change', 'We will hire [300] nurses for the island clinics', '“We will hire them nurses for the island clinics,” he said.', []],
    ['a bracketed hedge is not a change', 'The island clinics [will] hire nurses this winter', '“The island clinics hire nurses this winter,” he said.', []],
    ['a bracketed quantifier is not a change', 'The island clinics hire [some] nurses this winter', '“The island clinics hire nurses this winter,” he said.', []],
  ])('meaning: %s', (_name, q, text, changes) => {
    expect(matchQuote(quote(q), other(text))?.meaningChanges).toEqual(changes);
  });
});

describe('matchQuote: bounded by the other outlet\'s quote, part by part', () => {
  // The finder may leave a quote out (a mark of another style, an unusual layout): the quote marks
  // the other outlet opens at the match still bound its version.
  const unlisted = (text: string) => ({ ...other(text), quotes: [] });

  test.each([
    ['their split quote, not in their quote list', 'The levee held, and the town is safe for now',
      'Residents returned. “The levee held,” Jo Park said, “and the town is safe for now.” Then she left.', 'verbatim',
      'The levee held, and the town is safe for now'],
    ['their longer quote, not in their quote list', 'The levee held through the night',
      'Residents returned. “The levee held through the night, and the town is safe for now,” she said.', 'partial',
      'The levee held through the night {+and the town is safe for now+}'],
    ['their quote ends where ours goes on in prose', 'The levee held through the night. The town is safe for now',
      'Residents returned. “The levee held through the night,” she said. The town is safe for now.', 'partial',
      'The levee held through the night [-The town is safe for now-]'],
  ])('%s', (_name, q, text, kind, diff) => {
    for (const art of [other(text), unlisted(text)]) {
      const m = matchQuote(quote(q), art);
      expect(m?.kind).toBe(kind);
      expect(showDiff(m!.diff)).toBe(diff);
      // Never past their quote's last part (a split quote's span holds its attribution, not its diff).
      expect(m!.text).not.toMatch(/she said|Then she left/);
      expect(text.slice(m!.end)).toMatch(/^[.,]?”/);
    }
  });

  // Their finder groups the parts; their version is the parts joined by an attribution or a
  // paragraph break: whatever goes on beyond our words there makes ours an excerpt (partial).
  const grouped = (text: string) => {
    const art = other(text, 'Jo Park');
    art.quotes = [{ ...art.quotes[0], text: art.quotes.map((q) => q.text).join(' '), end: art.quotes[art.quotes.length - 1].end, parts: art.quotes.flatMap((q) => q.parts) }];
    return art;
  };
  test.each([
    ['their quote goes on after a finished attribution sentence', '“The levee held through the whole storm,” Jo Park said. “The town is safe for now.”',
      'partial', 'The levee held through the whole storm {+The town is safe for now+}'],
    ['their quote goes on after an attribution with a title', '“The town is safe for now,” said Dr. Jo Park, the county engineer. “The levee held through the whole storm.”',
      'partial', '{+The town is safe for now+} The levee held through the whole storm'],
    ['a phrase woven into their prose before it', 'It was “almost impossible to describe” what it felt like, Jo Park said. “The levee held through the whole storm.”',
      'verbatim', 'The levee held through the whole storm'],
    ['a new quote in the next paragraph after the attribution', '“The levee held through the whole storm,” Jo Park said.\n“The town is safe for now.”',
      'verbatim', 'The levee held through the whole storm'],
  ])('%s', (_name, text, kind, diff) => {
    const m = matchQuote(quote('The levee held through the whole storm'), grouped(text));
    expect(m?.kind).toBe(kind);
    expect(showDiff(m!.diff)).toBe(diff);
  });

  // Words their speaker repeats from someone else, in marks inside their quote.
  const at = (source: string, words: string) => {
    const start = source.indexOf(words);
    return { ...quote(words, 'Ann Lee'), start, end: start + words.length, parts: [{ start, end: start + words.length }] };
  };
  test.each([
    ['our quote, theirs repeated inside their speaker\'s quote: the inner quotation, credited to no one',
      '“The levee held through the whole storm,” Ann Lee said.', 'verbatim', null],
    ['our quote is itself nested (single marks where we quote in double): their whole quote, as before',
      '“She kept saying, ‘The levee held through the whole storm.’ Then we left,” Ann Lee said. “We are fine,” she added.', 'partial', 'Tom Reyes'],
  ])('%s', (_name, source, kind, speaker) => {
    const text = 'After the storm: “I heard her shouting, ‘The levee held through the whole storm!’ and we ran,” Tom Reyes said.';
    const m = matchQuote(at(source, 'The levee held through the whole storm'), other(text, 'Tom Reyes'), undefined, source);
    expect(m?.kind).toBe(kind);
    expect(m?.speaker).toBe(speaker);
    if (speaker === null) expect(m?.text).toBe('The levee held through the whole storm');
  });

  test.each([
    ['a closing mark no opening mark pairs: their opening mark lost, quoted from the sentence on',
      '“We will pass a budget,” Lee said at the retreat. The council has not passed one in four years. That is a costly delay that has to end this spring.” Then she left.',
      'verbatim', 'That is a costly delay that has to end this spring'],
    ['no closing mark: their prose, too little for a report (as before)',
      '“We will pass a budget,” Lee said at the retreat. The council has not passed one in four years. That is a costly delay that has to end this spring. Then she left.',
      null, null],
    ['the closing mark of a quotation opened before: that quotation, as before',
      'Lee said at the retreat: “The council has not passed one in four years. That is a costly delay that has to end this spring.” Then she left.',
      'partial', 'The council has not passed one in four years. That is a costly delay that has to end this spring'],
  ])('%s', (_name, text, kind, version) => {
    const m = matchQuote(quote('That is a costly delay that has to end this spring', 'Ann Lee'), other(text, 'Ann Lee'));
    expect(m?.kind ?? null).toBe(kind);
    expect(m?.text ?? null).toBe(version);
  });

  // Their closing mark lost before our speaker's attribution: their quote runs on through it.
  test.each([
    ['our speaker named in full, then a verb of saying: their version ends before the name', ', Ann Lee, a former harbour official, told the Herald.Instead, the council wants a looser pact that needs no vote.', 'verbatim'],
    ['our speaker\'s surname, then a verb of saying', ', Lee said. Instead, the council wants a looser pact that needs no vote.', 'verbatim'],
    ['another person named there: more of their quote, as before', ', Tom Moss, a council member, told the Herald. Instead, the council wants a looser pact that needs no vote.', 'partial'],
    ['our speaker named with no verb of saying: more of their quote, as before', ', and Ann Lee knows the pier. Instead, the council wants a looser pact that needs no vote.', 'partial'],
  ])('a quote running past our speaker\'s attribution: %s', (_name, after, kind) => {
    const ours = 'If you want a deal with every ferry line, you cannot hope for a binding harbour treaty this year';
    const m = matchQuote(quote(ours, 'Ann Lee'), other(`Officials met on Monday. “${ours}${after}” Critics disagree.`));
    expect(m?.kind).toBe(kind);
    if (kind === 'verbatim') expect(m?.text).toBe(ours);
  });

  // Our split quote: its text is its parts joined by a space.
  const splitQuote = (a: string, b: string) => {
    const source = `“${a},” Jo Park said, “${b}.”`;
    const first = { start: 1, end: 1 + a.length };
    const second = { start: source.indexOf(b), end: source.indexOf(b) + b.length };
    return { ...quote(`${a} ${b}`), start: first.start, end: second.end, parts: [first, second] };
  };
  test.each([
    ['their words where we break off are more quote', splitQuote('The levee held', 'and the town is safe for now'),
      '“The levee held through the night, and the town is safe for now,” she said.', 'partial',
      'The levee held {+through the night+} and the town is safe for now'],
    ['our words where they break off are cut', quote('The levee held through the night and the town is safe for now'),
      '“The levee held,” Jo Park said, “and the town is safe for now.”', 'partial',
      'The levee held [-through the night-] and the town is safe for now'],
    // Issue 12 (judged tune: 3 kinds): sentences we join with a word where they break are changed, not cut.
    ['our joining word where they break, all else carried, is a change', quote('The levee held through the night, and the town is safe for now'),
      '“The levee held through the night,” Jo Park said. “The town is safe for now.”', 'altered',
      'The levee held through the night [-and-] the town is safe for now'],
    ['our joining word where they break, more of ours cut: the cut', quote('We were lucky. The levee held through the night, and the town is safe for now'),
      '“The levee held through the night,” Jo Park said. “The town is safe for now.”', 'partial',
      '[-We were lucky-] The levee held through the night [-and-] the town is safe for now'],
    ['a content word of ours where they break is a cut', quote('The levee held through the night, thankfully the town is safe for now'),
      '“The levee held through the night,” Jo Park said. “The town is safe for now.”', 'partial',
      'The levee held through the night [-thankfully-] the town is safe for now'],
    ['both break at the same place', splitQuote('The levee held through the night', 'and the town is safe for now'),
      '“The levee held through the night,” Jo Park told us, “and the town is safe for now.”', 'verbatim',
      'The levee held through the night and the town is safe for now'],
    ['their prose after our break is no quote', splitQuote('The levee held through the night', 'and the town of Marrow is safe'),
      '“The levee held through the night,” she said. Engineers and the town council of Marrow were safe and dry.', 'partial',
      'The levee held through the night [-and the town of Marrow is safe-]'],
    // A function word matched past their words at our break is no shared text: each quotes on in other words.
    ['a lone "and" past their words at our break', splitQuote('We will fix the roads in the spring and we will reopen the ferry', 'And we will build a school by the river'),
      '“We will fix the roads in the spring and we will reopen the ferry, the fastest boats on the coast and other boats, too,” she said.', 'partial',
      'We will fix the roads in the spring and we will reopen the ferry [-And we will build a school by the river-] {+the fastest boats on the coast and other boats, too+}'],
  ])('breaks: %s', (_name, q, text, kind, diff) => {
    const m = matchQuote(q, other(text, 'Jo Park'));
    expect(m?.kind).toBe(kind);
    expect(showDiff(m!.diff)).toBe(diff);
  });

  test.each([
    ['a lone "the" past our words at their break is no shared text', 'The only people who owe an apology are its members', 'partial',
      'The council made false claims about our budget [-It has been making false claims about the mayor-] {+The only people who owe an apology are its members+}'],
    ['a content word there is shared', 'The mayor is owed an apology', 'partial',
      'The council made false claims about our budget [-It has been making false claims about-] the mayor {+is owed an apology+}'],
  ])('their split quote: %s', (_name, second, kind, diff) => {
    const art = other(`“The council made false claims about our budget,” Jo Park said. “${second}.”`, 'Jo Park');
    const [a, b] = art.quotes;
    art.quotes = [{ ...a, text: `${a.text} ${b.text}`, end: b.end, parts: [...a.parts, ...b.parts] }];
    const m = matchQuote(quote('The council made false claims about our budget. It has been making false claims about the mayor'), art);
    expect(m?.kind).toBe(kind);
    expect(showDiff(m!.diff)).toBe(diff);
  });

  test.each([
    ['their quote marks carry our second part, their prose rewords our first', 'Jo Park said the closure “should have happened a long time ago.” Yet the harbour board has previously closed the old ferry pier for good, from 1990 to 2001.', 'partial'],
    ['their prose alone rewords our first part', 'Jo Park said the closure was right. Yet the harbour board has previously closed the old ferry pier for good, from 1990 to 2001.', 'paraphrase'],
  ])('a split quote, one part quoted elsewhere: %s', (_name, said, kind) => {
    const q = splitQuote('Today the harbour board is closing the old ferry pier for good', 'It should have happened a long time ago');
    expect(matchQuote(q, other(said, 'Jo Park'))?.kind).toBe(kind);
  });

  test('their quote running on into the next paragraph makes ours an excerpt', () => {
    // Paragraph convention: the first paragraph's quote is left open, the next one reopens it.
    const text = '“The levee held through the whole storm.\n“The town is safe for now,” Jo Park said.';
    const first = { start: 1, end: text.indexOf('\n') };
    const second = { start: text.indexOf('\n') + 2, end: text.indexOf(',”') + 1 };
    const art = other(text, 'Jo Park');
    art.quotes = [{ ...quote(`${text.slice(first.start, first.end)} ${text.slice(second.start, second.end)}`, 'Jo Park'), start: first.start, end: second.end, parts: [first, second] }];
    const m = matchQuote(quote('The levee held through the whole storm'), art);
    expect(m?.kind).toBe('partial');
    expect(showDiff(m!.diff)).toBe('The levee held through the whole storm {+The town is safe for now+}');
  });

  test('words left out where they interrupt their quote are cut, not changed', () => {
    const text = 'The report said “there was no warning before the storm,” which it described as “unexpected in its scale and its fury.”';
    const m = matchQuote(quote('there was no warning before the storm, and the flooding was unexpected in its scale and its fury'), grouped(text));
    expect(m?.kind).toBe('partial');
    expect(showDiff(m!.diff)).toBe('there was no warning before the storm [-and the flooding was-] unexpected in its scale and its fury');
  });

  test('their extra words from another part are more quote, not a changed edge', () => {
    const text = 'The report said “there was no warning before the storm,” which it described as “unexpected in its scale and its fury.”';
    const m = matchQuote(quote('were unexpected in its scale and its fury'), grouped(text));
    expect(m?.kind).toBe('partial');
    expect(showDiff(m!.diff)).toBe('[-were-] {+there was no warning before the storm+} unexpected in its scale and its fury');
  });

  test('an excerpt of one part of their split quote is partial', () => {
    const text = '“The levee held through the whole storm,” Jo Park said, “and the town is safe for now.”';
    const art = other(text, 'Jo Park');
    const [a, b] = art.quotes;
    art.quotes = [{ ...a, text: `${a.text} ${b.text}`, end: b.end, parts: [...a.parts, ...b.parts] }];
    const m = matchQuote(quote('The levee held through the whole storm'), art);
    expect(m?.kind).toBe('partial');
    expect(showDiff(m!.diff)).toBe('The levee held through the whole storm {+and the town is safe for now+}');
  });

  // Issue 12: split quotes compared part by part. Their first part, few content words but a long
  // word-for-word run, lies wholly inside our longer quote; their second part is another sentence.
  test('one whole part of their split quote inside our longer quote is an excerpt (partial)', () => {
    const text = 'The board does not yet know “where they were hidden, when they were hidden, who hid them,” Jo Park said. “Reports come out in spring.”';
    const art = other(text, 'Jo Park');
    const [a, b] = art.quotes;
    art.quotes = [{ ...a, text: `${a.text} ${b.text}`, end: b.end, parts: [...a.parts, ...b.parts] }];
    const ours = 'We have pictures of the trucks at the levee, but we do not know where they were hidden, when they were hidden, who hid them. We need the logs first';
    const m = matchQuote(quote(ours), art);
    expect(m?.kind).toBe('partial');
    expect(m?.text.startsWith('where they were hidden, when they were hidden, who hid them,')).toBe(true);
  });

  // Issue 12: an ellipsis joins two passages; the other outlet carries only the first, and goes on.
  test('one passage of an elided quote inside their longer quote is partial', () => {
    const text = 'The council was blunt. “It is a reckless plan of vast, pointless delay, leveled at the working families and the middle class of every town across this whole state,” Jo Park said.';
    const m = matchQuote(quote('reckless plan of vast, pointless delay ... now thousands of riders will wait all winter for nothing'), other(text, 'Jo Park'));
    expect(m?.kind).toBe('partial');
    expect(m?.text).toContain('reckless plan of vast, pointless delay');
  });

  test('a passage of an elided split quote runs on across its attribution', () => {
    const ours = '“When I hear the riders tell me of delays on the northern line, of missed shifts and of children late for school ... we will not stand for it,” Jo Park said. “Nobody should.”';
    const parts = [{ start: 1, end: ours.indexOf(',”') + 1 }, { start: ours.lastIndexOf('“') + 1, end: ours.length - 2 }];
    const split: Quote = { ...quote(''), text: parts.map((p) => ours.slice(p.start, p.end)).join(' '), start: parts[0].start, end: parts[1].end, parts };
    const text = 'The delays were “disgraceful.” “We will not stand for it,” Jo Park said. “Nobody should.” The mayor left.';
    const m = matchQuote(split, other(text, 'Jo Park'), undefined, ours);
    expect(m?.kind).toBe('partial');
    expect(m?.text).toContain('Nobody should');
  });

  // Issue 12: our quote is split around its attribution; the other outlet quotes one part and goes on otherwise.
  const ourSplit = '“John knows what our harbour and our ferries demand,” Jo Park said. “He has run the port office for nine years and knows every pier along the river, from the old customs house to the new grain terminal, and every captain who docks there knows him by name.”';
  const ourSplitQuote = (): Quote => {
    const parts = [{ start: 1, end: ourSplit.indexOf(',”') }, { start: ourSplit.lastIndexOf('“') + 1, end: ourSplit.length - 2 }];
    return { ...quote(''), text: parts.map((p) => ourSplit.slice(p.start, p.end)).join(' '), start: parts[0].start, end: parts[1].end, parts, speaker: 'Jo Park' };
  };
  test.each([
    ['their quote carries one part and goes on: partial', '“John knows what our harbour and our ferries demand: steady funding, a dredged channel and a new dock crew,” Park said.', 'Jo Park', 'partial'],
    ['the part credited there to someone else is no version of it', '“John knows what our harbour and our ferries demand: steady funding, a dredged channel and a new dock crew,” Ivo Brandt said.', 'Ivo Brandt', null],
  ])('a part of our split quote matched alone: %s', (_name, text, speaker, kind) => {
    expect(matchQuote(ourSplitQuote(), other(text, speaker), undefined, ourSplit)?.kind ?? null).toBe(kind);
  });

  test('a part of our split quote in title case is a title, not matched alone', () => {
    const ours = 'Lee wrote “Fire and Fury on the Northern Harbour Line,” calling the council “not only slow but careless.”';
    const parts = [{ start: ours.indexOf('“') + 1, end: ours.indexOf(',”') }, { start: ours.lastIndexOf('“') + 1, end: ours.length - 3 }];
    const split: Quote = { ...quote(''), text: parts.map((p) => ours.slice(p.start, p.end)).join(' '), start: parts[0].start, end: parts[1].end, parts };
    const text = 'Excerpts of “Fire and Fury on the Northern Harbour Line” included anecdotes of the ferry office.';
    expect(matchQuote(split, other(text), undefined, ours)).toBeNull();
  });

  test('a short passage of an elided quote is not matched alone', () => {
    const text = 'The council was blunt. “It is a pointless delay aimed at every ferry rider in the county,” Jo Park said.';
    expect(matchQuote(quote('a pointless delay ... now thousands of riders will wait all winter for nothing'), other(text, 'Jo Park'))).toBeNull();
  });

  test('a short run of common words from one part of their split quote is no excerpt', () => {
    const text = 'The board does not yet know “when they were hidden,” Jo Park said. “Reports come out in spring.”';
    const art = other(text, 'Jo Park');
    const [a, b] = art.quotes;
    art.quotes = [{ ...a, text: `${a.text} ${b.text}`, end: b.end, parts: [...a.parts, ...b.parts] }];
    const ours = 'We have pictures of the trucks at the levee, but we do not know where they were hidden, when they were hidden, who hid them. We need the logs first';
    expect(matchQuote(quote(ours), art)).toBeNull();
  });
});

// Distinct content words so that every excerpt of six words carries real information.
const VOCAB = ['harbour', 'tractor', 'glacier', 'senate', 'ledger', 'orchard', 'violin', 'quarry', 'lantern', 'meadow',
  'pension', 'canyon', 'reactor', 'tunnel', 'vintage', 'mosaic', 'falcon', 'cobalt', 'dungeon', 'embassy'];
const sentence = fc.array(fc.constantFrom(...VOCAB), { minLength: 8, maxLength: 30 });

describe('matchQuote: properties', () => {
  test('a quote and an article read once answer as fresh copies of them do, across other quotes and windows (words are remembered; property)', () => {
    const texts = ["They've raised the harbor fee twice this year", 'The harbor fee (set in 2019) will not rise again', 'We will not raise the harbor fee', 'Nobody asked the council about the fee'];
    const article = () => other(`The mayor spoke. “${texts[0]}.” Later: "${texts[2]}." Then she left.\nCritics said ${texts[3].toLowerCase()}.`, null);
    const shared = article();
    const quotes = texts.map((t) => quote(t));
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(texts.length - 1), fc.boolean()), { minLength: 1, maxLength: 12 }), (asks) => {
      for (const [k, windowed] of asks) {
        const windows = windowed ? [{ start: 0, end: 20 }, { start: 40, end: 60 }] : undefined;
        expect(matchQuote(quotes[k], shared, windows)).toEqual(matchQuote(quote(texts[k]), article(), windows));
      }
    }));
  });

  test('a quote whose text changed is read again', () => {
    const q = quote('We will not raise the harbor fee');
    const o = other('“We will not raise the harbor fee,” the mayor said.');
    expect(matchQuote(q, o)?.kind).toBe('verbatim');
    q.text = 'Nobody asked the council about the fee at all';
    q.end = q.text.length;
    q.parts = [{ start: 0, end: q.text.length }];
    expect(matchQuote(q, o)).toBeNull();
  });

  test('a quote against itself is verbatim with similarity 1', () => {
    fc.assert(fc.property(sentence, (words) => {
      const q = words.join(' ');
      const m = matchQuote(quote(q), other(`Earlier, she said: “${q}.” Then she left.`));
      expect(m?.kind).toBe('verbatim');
      expect(m?.similarity).toBe(1);
    }));
  });

  test('any contiguous excerpt of six or more words is partial, both ways round', () => {
    fc.assert(fc.property(sentence, fc.nat(), fc.nat(), (words, a, b) => {
      const len = 6 + (a % (words.length - 6));
      const from = b % (words.length - len + 1);
      const full = words.join(' ');
      const part = words.slice(from, from + len).join(' ');
      fc.pre(part !== full);
      expect(matchQuote(quote(part), other(`He said: “${full}.”`))?.kind).toBe('partial');
      expect(matchQuote(quote(full), other(`He said: “${part}.”`))?.kind).toBe('partial');
    }));
  });

  test('the diff\'s equal and delete steps are the quote\'s words, in order, whatever the edits', () => {
    const edit = fc.record({
      kind: fc.constantFrom('drop', 'insert', 'swap', 'bracket', 'ellipsis', 'theirEllipsis', 'cutStart', 'cutEnd'),
      at: fc.nat(),
    });
    fc.assert(fc.property(sentence, fc.array(edit, { maxLength: 3 }), (words, edits) => {
      let ours = [...words];
      let theirs = [...words];
      for (const e of edits) {
        const i = e.at % ours.length;
        const j = e.at % theirs.length;
        if (e.kind === 'drop' && theirs.length > 6) theirs.splice(j, 1);
        if (e.kind === 'insert') theirs.splice(j, 0, 'zeppelin');
        if (e.kind === 'swap') theirs[j] = 'walrus';
        if (e.kind === 'bracket') ours.splice(i, 0, '[and]');
        if (e.kind === 'ellipsis' && i > 0) ours = [...ours.slice(0, i), '…', ...ours.slice(i + 2)];
        if (e.kind === 'theirEllipsis' && j > 0) theirs = [...theirs.slice(0, j), '...', ...theirs.slice(j + 2)];
        if (e.kind === 'cutStart' && theirs.length > 8) theirs = theirs.slice(2);
        if (e.kind === 'cutEnd' && theirs.length > 8) theirs = theirs.slice(0, -2);
      }
      const q = ours.join(' ');
      const m = matchQuote(quote(q), other(`Earlier, she said: “${theirs.join(' ')}.” Then she left.`));
      if (!m) return;
      const kept = m.diff.filter((d) => d.op !== 'insert').flatMap((d) => tokenizeWords(d.text).map((w) => w.key));
      expect(kept).toEqual(tokenizeWords(q).map((w) => w.key));
      expect(m.text).not.toMatch(/she said|Then she left/);
    }));
  });

  test('identical versions are verbatim with no meaning change, whatever their words', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...VOCAB, 'not', 'never', '300', 'three', 'may', 'all'), { minLength: 8, maxLength: 30 }), (words) => {
      const q = words.join(' ');
      const m = matchQuote(quote(q), other(`He said: “${q}.”`));
      expect(m?.kind).toBe('verbatim');
      expect(m?.meaningChanges).toEqual([]);
      expect(m?.diff).toEqual([{ op: 'equal', text: q }]);
    }));
  });

  test('replacing one word gives altered with exactly that word in the diff', () => {
    fc.assert(fc.property(sentence, fc.nat(), (words, k) => {
      const i = k % words.length;
      const changed = [...words];
      changed[i] = 'zeppelin';
      const m = matchQuote(quote(words.join(' ')), other(`He said: “${changed.join(' ')}.”`));
      expect(m?.kind).toBe('altered');
      expect(m!.diff.filter((d) => d.op !== 'equal')).toEqual([
        { op: 'delete', text: words[i] },
        { op: 'insert', text: 'zeppelin' },
      ]);
    }));
  });
});

describe('matchQuote: kinds, the twenty-second reading', () => {
  // Their quote split around "he wrote", as the finder gives it: one quote whose parts are its marked spans.
  const split = (text: string, speaker: string | null = null) => {
    const o = other(text, speaker);
    const parts = o.quotes.map((q) => ({ start: q.start, end: q.end }));
    return { ...o, quotes: [{ ...o.quotes[0], text: o.quotes.map((q) => q.text).join(' '), end: parts[parts.length - 1].end, parts }] };
  };
  test.each([
    // Our words before our own ellipsis are another passage: cut, not changed into their words there.
    ['cut words across our own ellipsis', 'It was a vote of fear ... it is costly, it is slow and it is wrong', null,
      '“This is not the right way to treat the island. It is costly. It is slow and it is wrong,” she said.', null, 'partial'],
    // The marks our quote also puts around "come from" are the speaker's, not a report's quoted piece.
    ['a printed post with the speaker\'s own marks', "Mr. Mayor, the harbour I 'come from' and the town we all love is the island. But given how you sold our ferries to your friends, you are right about the waste laid at your feet", 'Ann Lee',
      'Ann Lee answered the mayor on Sunday.\n\nMr. Mayor, the harbour I “come from,” and the town we all love is the island.\n\nBut given how you sold our ferries to your friends, you are right about the waste laid at your feet.', null, 'verbatim'],
    ['the speaker\'s own sentence around the words they quote', 'My word, there is betting going on in here', 'Ann Lee',
      '“Some of this reminds me of the old film ‘Casablanca’: ‘My word, there is betting going on in here?’” Ms. Lee joked.', 'Ann Lee', 'partial'],
    ['someone else\'s sentence around them: the inner quotation is the version', 'My word, there is betting going on in here', 'Ann Lee',
      '“Some of this reminds me of the old film ‘Casablanca’: ‘My word, there is betting going on in here?’” Mr. Moss joked.', 'Tom Moss', 'verbatim'],
    ['a possessive in two house styles', "I have watched videos of Cruz' speeches on the ferry tax and I am shocked", null,
      '“I have watched videos of Cruz’s speeches on the ferry tax and I am shocked,” he said.', null, 'verbatim'],
    ['a possessive against no possessive is a change', 'I have watched videos of the Davis speeches on the ferry tax and I am shocked', null,
      '“I have watched videos of the Davis’s speeches on the ferry tax and I am shocked,” he said.', null, 'altered'],
    ['two letters swapped in a long word', 'I had a siutation where I was a very excellent student at the harbour school', null,
      '“I had a situation where I was a very excellent student at the harbour school,” he said.', null, 'verbatim'],
    ['their ellipsis inside a sentence where ours has nothing between', "But the fact that the levy is 'unfair to island families,' does not mean the council must scrap it", null,
      "“But the fact that the levy is 'unfair to island families' ... does not mean the council must scrap it,” she wrote.", null, 'partial'],
    ['our ellipsis between two posts is no cut', 'We sold the old ferry last night. ... I thank the crew very much for their service', null,
      '“We sold the old ferry last night. I thank the crew very much for their service,” she wrote.', null, 'verbatim'],
  ])('%s', (_name, q, speaker, text, otherSpeaker, kind) => {
    expect(matchQuote(quote(q, speaker), other(text, otherSpeaker))?.kind).toBe(kind);
  });

  test('the editor\'s word joining our quote where theirs breaks is a marked insertion: altered', () => {
    const m = matchQuote(quote('Signing up is optional — in principle, [But] the board’s letters may be hard for the ferry owners to ignore. They would be out of work without a licence.'),
      split('“Signing up is optional—in principle,” he wrote. But “the board’s letters may be hard for the ferry owners to ignore. They would be out of work without a licence.”'));
    expect(m?.kind).toBe('altered');
    expect(m!.diff.filter((d) => d.edit).map((d) => [d.op, d.text, d.edit])).toEqual([['delete', '[But]', 'insertion']]);
  });
});

describe('matchQuote: kinds, the twenty-third reading', () => {
  test.each([
    // "[If]" against their lowercase "if": the brackets mark the capital, as "[I]f" would.
    ['a word bracketed whole for its capital only', '[If] the council wants calm, let it give calm; if it wants trust, let it give trust', english,
      '“In short, if the council wants calm, let it give calm; if it wants trust, let it give trust,” she said.', 'partial'],
    ['a word bracketed on one side, written alike, stays an edit', '[Only] the council can give calm to the harbour towns this winter', english,
      '“Only the council can give calm to the harbour towns this winter,” she said.', 'altered'],
    ['a loanword with and without its accent', 'I have concluded that his sister is the éminence grise here, tough as nails', english,
      '“You know, I have concluded that his sister is the eminence grise here, tough as nails,” he said.', 'partial'],
    ['"okay" and "OK": one word in two house styles', 'Why is it okay for the council to talk about the harbour levy and not the ferry fares', english,
      '“Why is it OK for the council to talk about the harbour levy and not the ferry fares,” she asked.', 'verbatim'],
    ['in French an accent makes another word', 'Nous savons où les familles du port passeront cet hiver difficile', french,
      'Le maire a parlé. "Nous savons ou les familles du port passeront cet hiver difficile", a-t-il dit.', 'altered'],
    // Past their ellipsis the other quotes another passage: two excerpts, not a changed end.
    ['their words across their own ellipsis at our end', 'I will soon leave the office that has been the pride of my life to hold, the first harbour master from the island, but not the last', english,
      '“I will soon leave the office that has been the pride of my life to hold ... I do so with no bitterness but with lasting thanks to have served the island I love,” she said.', 'partial'],
    ['their words at our end, no ellipsis: a changed end', 'I will soon leave the office that has been the pride of my life to hold, the first harbour master from the island, but not the last', english,
      '“I will soon leave the office that has been the pride of my life to hold, and I do so with no bitterness but with lasting thanks to have served the island I love,” she said.', 'altered'],
  ])('%s', (_name, q, lex, text, kind) => {
    expect(matchQuote(quote(q), other(text), undefined, undefined, lex)?.kind).toBe(kind);
  });
});

describe('lazyEvidence', () => {
  const base = (): MatchEvidence => ({ quoted: false, innerDifferences: 0, bracketEdits: 0, quoteCut: false, otherCut: false, namesOnly: false });
  test('computed at the first read only, then a plain value; never when not read; a write wins', () => {
    let calls = 0;
    const e = base();
    lazyEvidence(e, 'speechReported', () => (calls++, true));
    lazyEvidence(e, 'nestedOnly', () => (calls++, true));
    expect(calls).toBe(0);
    expect(e.speechReported).toBe(true);
    expect(e.speechReported).toBe(true);
    expect(calls).toBe(1);
    e.nestedOnly = false;
    expect(e.nestedOnly).toBe(false);
    expect(calls).toBe(1);
    // A copy of the evidence (as a report keeps it) carries the values, not the getters.
    expect({ ...e }).toMatchObject({ speechReported: true, nestedOnly: false });
  });
});
