import { describe, expect, test } from 'vitest';
import { joinParagraphs } from '@/utils/article/article-text';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lastSpeaker, speakers } from '../../support/speaker-credits';

describe('attribution: cue positions', () => {
  test.each([
    ['X said: "…"', ['Councillor Mara Velde said: “The park will stay open all summer.”'], [['Mara Velde', 'said']]],
    ['"…," X said', ['“The park will stay open all summer,” Mara Velde said.'], [['Mara Velde', 'said']]],
    ['"…," said X', ['“The park will stay open all summer,” said Mara Velde, a councillor.'], [['Mara Velde', 'said']]],
    ['according to X', ['According to Mara Velde, “the park will stay open all summer.”'], [['Mara Velde', 'according to']]],
    ['X told …: "…"', ['Mara Velde told reporters: “The park will stay open all summer.”'], [['Mara Velde', 'told']]],
    ['tweeted', ['Mara Velde tweeted: “The park will stay open all summer!”'], [['Mara Velde', 'tweeted']]],
    ['emphasised', ['“The park will stay open all summer,” Mara Velde emphasised.'], [['Mara Velde', 'emphasised']]],
    ['French', ['« Le parc restera ouvert tout l’été », a déclaré Mara Velde.'], [[null, null]]],
    ['German with cue after', ['„Der Park bleibt den ganzen Sommer offen“, warned Mara Velde.'], [['Mara Velde', 'warned']]],
    ['no cue at all', ['“The park will stay open all summer and into the autumn.”'], [[null, null]]],
    ['sign-off dash', ['“The park will stay open all summer.” — Mara Velde'], [['Mara Velde', '—']]],
    ['a pull quote signed with a function first, after another speaker', [
      '“The council has your back,” Tom Beck said in a speech.',
      '“There is extreme bias in the parks office.” — Town Hall Deputy Press Secretary Mara Velde'],
    [['Tom Beck', 'said'], ['Mara Velde', '—']]],
    ['transcript label', ['"VELDE: The park will stay open all summer."'], [['VELDE', ':']]],
    ['introduced by the paragraph before', ['Mara Velde continued:', '“The park will stay open all summer.”'], [['Mara Velde', 'continued']]],
    ['name and colon', ['Park historian Lena Ortiz: “The gates have opened every summer since 1902.”'], [['Lena Ortiz', ':']]],
    ['name, where she spoke, and colon', ['Lena Ortiz on The Evening Hour: “The gates have opened every summer since 1902.”'], [['Lena Ortiz', ':']]],
    ['a name after "from" and a colon speaks', ['More from Lena Ortiz: “The gates have opened every summer since 1902.”'], [['Lena Ortiz', ':']]],
    ['barked', ['“Sit down and listen to the people of this town,” Velde barked.'], [['Velde', 'barked']]],
    ['retaliated', ['“This town will always be this town,” an angry Velde retaliated.'], [['Velde', 'retaliated']]],
    ['shot back', ['“That is simply not true, and you know it,” Velde shot back.'], [['Velde', 'shot']]],
    ['participle after a clause', ['Mara Velde criticized the budget on Tuesday, saying, “The parks deserve better than this.”'], [['Mara Velde', 'saying']]],
    ['apposition with a relative clause', ['“The parks deserve better,” Mara Velde, who chairs the parks committee, said.'], [['Mara Velde', 'said']]],
    ['long apposition', ['“The parks deserve better,” Mara Velde, a councillor since 2009 and a former park ranger in the northern district, said on Tuesday.'], [['Mara Velde', 'said']]],
    ['inserted clause', ['“The parks deserve better,” Velde, after a long pause, said.'], [['Velde', 'said']]],
    ['head of a post-cue phrase', ['“The parks deserve better,” said Parks Alliance spokesman Omar Haddad.'], [['Omar Haddad', 'said']]],
    // Surnames that are also titles: a name after an honorific, and a name a title word ends before punctuation.
    ['a surname that is a title, after an honorific', ['“The numbers just do not add up,” said Mr. King, who sits on the parks committee.'], [['King', 'said']]],
    ['a full name ending in a title word, before a party tag', ['“The numbers just do not add up,” Rep. Tomas King, R-Norland, told the council.'], [['Tomas King', 'told']]],
    ['a title alone after the cue is still no one', ['“The numbers just do not add up,” said the King.'], [[null, 'said']]],
    ['an address after an honorific is no one', ['“The numbers just do not add up,” said Mr. President.'], [[null, 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: page furniture', () => {
  test('a link card after a name is no speaker: "he" is the sentence\'s subject, not the card', () => {
    expect(speakers(
      'Judge Ivo Brandt ruled against the agency that Tom Moss Thomas (Tom) Ivo MossHarbour vote set for Friday MORE had led.',
      '“Labels without substance cannot satisfy the statute under any plausible reading,” he wrote.',
    )).toEqual([['Ivo Brandt', 'wrote']]);
  });
});

describe('attribution: names, titles and references', () => {
  test.each([
    ['a place', '“We are close to a deal,” US Ambassador to Chile Nora Blake said.'],
    ['a place with an article', '“We are close to a deal,” US Ambassador to the UN Nora Blake said.'],
    ['a place with an article, before the cue', 'US Ambassador to the UN Nora Blake said: “We are close to a deal.”'],
  ])('a title and %s after it are dropped', (_name, text) => {
    expect(speakers(text)).toEqual([['Nora Blake', 'said']]);
  });

  test('an apposition keeps the name', () => {
    expect(speakers('Nora Blake, the ambassador, said: “We are close to a deal on copper.”')).toEqual([['Nora Blake', 'said']]);
  });

  test.each([
    ['"the attorney general" is not a former one', 'Harbour Attorney General Ivo Brandt spoke first. Brandt defended former Attorney General Nora Blake on the ferry deal.', 'the attorney general', 'Ivo Brandt'],
    ['"the former attorney general" is', 'Harbour Attorney General Ivo Brandt spoke first. Brandt defended former Attorney General Nora Blake on the ferry deal.', 'the former attorney general', 'Nora Blake'],
    ['a past title and nobody else so described: withheld', 'Brandt defended former Attorney General Nora Blake on the ferry deal.', 'the attorney general', null],
  ])('a past title describes no one now: %s', (_name, lead, phrase, speaker) => {
    expect(lastSpeaker(lead, `“Expect news soon after the summer,” ${phrase} said.`)).toEqual(speaker);
  });

  test.each([
    ['"then" as an adverb marks no past title', 'The bill went to the council and then Attorney General Nora Blake signed off on it.', 'the attorney general', 'Nora Blake'],
    ['a past mark across a comma governs nothing after it', 'Ivo Brandt, a former pilot, and Attorney General Nora Blake met on Monday.', 'the attorney general', 'Nora Blake'],
    ['an apposition\'s past mark governs only the words after it', 'Nora Blake, the attorney general and a former judge, spoke on Monday.', 'the attorney general', 'Nora Blake'],
    ['a hyphenated past title', 'The deal was signed by then-Attorney General Nora Blake in 2015.', 'the former attorney general', 'Nora Blake'],
    ['a hyphenated past title is not the current one', 'The deal was signed by then-Attorney General Nora Blake in 2015.', 'the attorney general', null],
  ])('past titles, the words they govern: %s', (_name, lead, phrase, speaker) => {
    expect(lastSpeaker(lead, `“Expect news soon after the summer,” ${phrase} said.`)).toEqual(speaker);
  });

  test('a later surname, pronoun and description resolve to the full name', () => {
    const qs = findQuotes(joinParagraphs([
      'US Ambassador to Chile Nora Blake spoke on Friday.',
      '“We are close to a deal on copper,” Blake said.',
      '“The talks went well this week,” she added.',
      '“Expect news soon after the summer,” the Ambassador said.',
    ]));
    expect(qs.map((q) => q.speaker)).toEqual(['Nora Blake', 'Nora Blake', 'Nora Blake']);
    expect(qs.map((q) => q.cue)).toEqual(['said', 'added', 'said']);
    const text = joinParagraphs(['US Ambassador to Chile Nora Blake spoke on Friday.']).text;
    expect(text.slice(qs[1].speakerNamedAt!.start, qs[1].speakerNamedAt!.end)).toBe('Nora Blake');
  });

  test('speakerMention points at the words as written', () => {
    const a = joinParagraphs(['Nora Blake arrived.', '“The talks went well,” she said.']);
    const [q] = findQuotes(a);
    expect(a.text.slice(q.speakerMention!.start, q.speakerMention!.end)).toBe('she');
    expect(q.speaker).toBe('Nora Blake');
  });

  test.each([
    ['a pronoun', ['Nora Blake arrived.', '“The talks went well,” she said.']],
    ['a name', ['“The talks went well,” said Nora Blake.']],
    ['a pronoun subject before a participle', ['She shook her head, saying, “The talks went nowhere at all.”']],
  ])('speakerMention is a plain span, nothing more: %s', (_name, paragraphs) => {
    const [q] = findQuotes(joinParagraphs(paragraphs));
    expect(Object.keys(q.speakerMention!).sort()).toEqual(['end', 'start']);
  });

  test('a long article with many people resolves each surname to the latest namesake', () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `Council member Ada Holm${i} spoke. “The harbour budget is fine,” Holm${i} said.`);
    paragraphs.push('Dr. Ada Holm7 returned.', '“Still fine,” Holm7 said.');
    const qs = findQuotes(joinParagraphs(paragraphs));
    expect(qs.slice(0, 300).map((q) => q.speaker)).toEqual(paragraphs.slice(0, 300).map((_, i) => `Ada Holm${i}`));
    expect(qs[300].speaker).toBe('Ada Holm7');
  });

  test('an organisation can speak', () => {
    expect(speakers('“The report is inaccurate,” the White House said in a statement.')).toEqual([['White House', 'said']]);
  });

  test('Mr. Surname takes the full name written earlier', () => {
    expect(speakers('Tomas J. Arlo runs the port.', '“Cargo is up this year,” Mr. Arlo said.')).toEqual([['Tomas J. Arlo', 'said']]);
  });

  test('a quote-only paragraph continues the previous speaker', () => {
    expect(speakers('“Cargo is up this year,” Tomas Arlo said.', '“Next year will be better still.”')).toEqual([
      ['Tomas Arlo', 'said'],
      ['Tomas Arlo', null],
    ]);
  });

  test('a new sentence with its own cue starts a new quote, not a second part', () => {
    expect(speakers('“Taxes will rise,” Ana Ruiz said. Tom Beck replied, “They will not rise at all.”')).toEqual([
      ['Ana Ruiz', 'said'],
      ['Tom Beck', 'replied'],
    ]);
    expect(speakers("“Taxes will rise for everyone next year.” Tom Beck said: “They will not rise at all.”")).toEqual([
      [null, null],
      ['Tom Beck', 'said'],
    ]);
  });

  test.each([
    ['the subject of the sentence before, not a possessive name in it', [
      'Harbour Leader Ivo Brandt said on Tuesday he hopes to bring a ferry bill soon.', 'Sen. Ada Lenz told reporters she is disappointed.',
      "Brandt, D-Nev., said Lenz's measure simply did not have the support it needed.",
      '"Right now, her amendment has less than forty votes. That is not sixty," he told reporters.'], 'Ivo Brandt'],
    ['through a pronoun subject to the sentence before it, not a place in a list', [
      'Mayor Ivo Brandt has spoken at a number of ceremonies, including Port Ellen, West Harbour and others. He said he chose the small school this year to make a point.',
      '“Our budgets should reflect that we care about you,” he said. “We cannot afford to let people be priced out.”'], 'Ivo Brandt'],
    ['a surname behind a title is someone, though never named in full', [
      'Mayor Brandt on Friday asked the council to fund the school.',
      'Mr. Brandt has spoken at a number of ceremonies, including Port Ellen, West Harbour and others. He said he chose the small school this year to make a point.',
      '“Our budgets should reflect that we care about you,” he said.'], 'Brandt'],
    ['a sentence weaving quoted words in after its subject is still the reporter\'s; a country is nobody', [
      'Governor Brandt on Friday threatened to close the harbour “entirely” if she does not get the money. She also said the state would cut off “all aid” to three Central American countries -- Honduras, Guatemala and El Salvador -- that she blames for the smuggling.',
      '“We build a wall or we close the harbour,” she said in a series of posts.'], 'Brandt'],
    ['a person whose given name is of the other gender: withheld', [
      'Mitch Harlan runs the county board.',
      '“We will not close the clinic,” she said.'], null],
    ['the article\'s own mark over the given name', [
      'Ms. Glenn Harlow runs the county board.',
      '“We will not close the clinic,” she said.'], 'Glenn Harlow'],
  ])('"he" before anyone has spoken: %s', (_name, paragraphs, speaker) => {
    // The last paragraph's quote; a quoted word woven into an earlier one may be found too.
    expect(lastSpeaker(...paragraphs)).toEqual(speaker);
  });

  test.each([
    ['a person saying something about the last speaker, whom the article marks "she": "he" is that person', [
      '“I feel my rights have been violated,” Ms. Ada Lenz said of her quarantine.',
      'Harbour Mayor Ivo Brandt said Lenz had been treated with disrespect.',
      '“We owe her better than that,” he said.'], 'Ivo Brandt'],
    ['the same with no gender marked: either may speak, withheld', [
      '“I feel my rights have been violated,” Ada Lenz said of her quarantine.',
      'Harbour Mayor Ivo Brandt said Lenz had been treated with disrespect.',
      '“We owe her better than that,” he said.'], null],
    ['the same, given names telling the two apart: the person who spoke of the other', [
      '“I feel my rights have been violated,” Laura Lenz said of her quarantine.',
      'Harbour Mayor Peter Brandt said Lenz had been treated with disrespect.',
      '“We owe her better than that,” he said.'], 'Peter Brandt'],
    ['a subject whose given name is of the other gender does not take "she" over', [
      '“The port will reopen,” Laura Whitfield said.',
      'Former judge John Harlan ruled on the case in 1990.',
      '“It was a fair ruling,” she said.'], 'Laura Whitfield'],
    ['a paper that spoke last is no one "he" can be: withheld', [
      '“The council has your back,” Ivo Brandt said.',
      '“The bridge is unsafe and the council knew it,” the Harbour Dispatch reported.',
      'The report drew anger at the pier.',
      '“We will repair it within a month,” he said.'], null],
    ['the one asked answers', [
      '“The pier will reopen in May,” Ada Lenz said.',
      'Ivo Brandt asked Lenz about the delays.',
      '“We are working on it every day,” she said.'], 'Ada Lenz'],
    ['a clause before the main one does not lend its subject', [
      '“If they sue us in the harbour court, they will lose,” Ada Lenz said.',
      'When Ivo Brandt suggested the ferry would be sold, Lenz fired back at once.',
      'And she continued on, mocking his talk of “a better deal” for the town.'], 'Ada Lenz'],
    ['the last speaker named as the subject keeps speaking', [
      '“The port will reopen,” Ada Lenz said.',
      'Lenz said Ivo Brandt had been told of the plan.',
      '“He knew it all along,” she said.'], 'Ada Lenz'],
    ['a subject past its party tag and a sentence adverb', [
      'Rep. Ivo Brandt said the bill “will be back on the first day of the session.”',
      'House Speaker Ada Lenz (D-Calif.), meanwhile, is remaining cautious on the matter.',
      '“We shouldn\'t be voting for a political reason,” she told reporters.'], 'Ada Lenz'],
    ['a subject after an adverb and its participle', [
      'Rep. Ivo Brandt said the bill “will be back on the first day of the session.”',
      'Newly elected Speaker Ada Lenz is remaining cautious on the matter.',
      '“We shouldn\'t be voting for a political reason,” she told reporters.'], 'Ada Lenz'],
    ['a sentence adverb and its comma before the pronoun subject', [
      '“I hope the council will take heed,” Mr. Brandt said.',
      'Mayor Ada Lenz made just a single reference to the harbour, when she quoted the old charter.',
      'Instead, she said the town can find inspiration in its ferries.',
      'She also sounded a warning about the budget, saying it is “threatened, perhaps as never before, from within.”'], 'Ada Lenz'],
  ])('"he" after someone has spoken: %s', (_name, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toEqual(speaker);
  });

  test.each([
    ['a name inside the chain (a thing) is passed over', 'She said their plight should invoke the Golden Rule and implored compassion from the council.'],
    ['no name inside it', 'She said their plight should move everyone and implored compassion from the council.'],
  ])('a chain of pronoun subjects longer than the walk: the person named before it (%s)', (_name, last) => {
    expect(lastSpeaker(
      'Mayor Ada Lenz spoke for an hour.',
      `She gave only the briefest of nods to the budget. She also urged the town to welcome newcomers. ${last}`,
      '“This rule points us in a clear direction: let us treat others as we want to be treated,” she said.',
    )).toBe('Ada Lenz');
  });

  test('a pronoun with nobody named before stays null', () => {
    expect(speakers('“Cargo is up this year and will grow,” he said.')).toEqual([[null, 'said']]);
  });
});

describe('attribution: only people the article names, as it writes them (issue 12)', () => {
  test.each([
    ['a surname after a sentence adverb and its comma', ['Notably, Holm said: “The ferry will run every hour.”'], [['Holm', 'said']]],
    ['a surname after a sentence adverb without a comma', ['Strikingly Holm said: “The ferry will run every hour.”'], [['Holm', 'said']]],
    ['a place credited by a colon', ['Norland: “The ferry will run every hour from May.”', 'New York: “The ferry will run every hour from May.”'], [['Norland', ':'], [null, ':']]],
    ['a group is nobody', ['“The ferry will run every hour from May,” Republicans said.'], [[null, 'said']]],
    ['a possessive determiner after the cue', ['“The ferry will run every hour,” added his campaign manager Jon Kohan.'], [['Jon Kohan', 'added']]],
    ['asked by', ['Tom Beck was asked by host Ana Ruiz, “Will the ferry run all winter?”'], [['Ana Ruiz', 'asked']]],
    ['a coordinated verb takes the sentence subject', ['Holm paused, then leaned in and boomed: “The ferry will run every hour.”'], [['Holm', 'boomed']]],
    ['known as', ['“There never was any order to wait,” said the harbour chief known as Bob.'], [['Bob', 'said']]],
    ['as if to say', ['Tom Beck spoke first. Ana Ruiz shrugged, as if to say “that was never my problem at all.”'], [[null, 'say']]],
    ['two cues before a colon: the first credits the quote before', ['“The ferry is ready,” Holm said, adding: “It runs every hour from May.”'], [['Holm', 'said'], ['Holm', 'adding']]],
    ['an insertion after a name', ['Ana Ruiz, speaking after a Ledger poll put her ahead, said: “The ferry will run every hour.”'], [['Ana Ruiz', 'said']]],
    ['a name only modifying a noun is no speaker', ['“The ferry will run every hour,” a Ledger poll worker said.'], [[null, 'said']]],
    ['a person\'s name qualifying a noun: the one speaking is unnamed', ['Senator Ann Lee leads the race.', '“The whole town had to be taught again,” said the Lee campaigner.'], [[null, 'said']]],
    ['the same before the cue', ['Senator Ann Lee leads the race.', '“The whole town had to be taught again,” a Lee spokesman said.'], [[null, 'said']]],
    // Whether an unnamed spokesman's words are the organisation's splits the judges: withheld since 12-07 late night.
    ['an organisation\'s unnamed spokesman is withheld', ['“The ferry will run every hour,” a Harbour Board spokesman said.'], [[null, 'said']]],
    // 12-07 afternoon: past lowercase words too ("one high-ranking Ledger employee"), unless a verb follows the name.
    ['a name qualifying a noun past lowercase words', ['“The ferry will run every hour,” one high-ranking Ledger employee wrote.'], [[null, 'wrote']]],
    ['a name after lowercase words and before its verb is the subject', ['It was a point harbour host Ana Ruiz raised: “The ferry will run every hour.”'], [['Ana Ruiz', ':']]],
    ['an organisation past lowercase words speaks through its group', ['The extremist Harbour Keepers group suggests that the town is “on the verge of a very hot war on the quay.”'], [['Harbour Keepers', 'suggests']]],
    ['plural employees are people unnamed', ['“The ferry will run every hour,” three Ledger employees wrote.'], [[null, 'wrote']]],
    // 12-07 evening: past one lowercase noun ("Lee administration officials"), and a phrase opened by "throughout" is no subject.
    ['a name, a lowercase noun and a plural role noun: the officials speak, unnamed', ['Mayor Ana Ruiz arrived at noon.', 'Ruiz administration officials said the ferry was “the best deal the harbour ever had.”'], [[null, 'said']]],
    ['a name before a lowercase noun and its verb still speaks', ['Ruiz campaign officials met on Monday.', 'Ana Ruiz said the ferry was “the best deal the harbour ever had.”'], [['Ana Ruiz', 'said']]],
    ['after a passive cue, a phrase opened by "throughout" names no speaker', ['Recall the motto of putting “the harbour above the party,” which was chanted throughout Monday’s long Harbour Board hearing.'], [[null, null]]],
    ['after the cue and a name, "during" ends the name', ['“The ferry will run every hour,” said Ruiz during a Ledger interview.'], [['Ruiz', 'said']]],
    // A clause after the quote, joined by "and" with a subject of its own, reports that subject's words.
    ['"and" with a new subject and its cue after the quote: not the quote\'s attribution', ['Mayor Ana Ruiz has dismissed the plan as “a distraction for the whole town” and her deputy Tom Moss said he would not vote for it.'], [[null, null]]],
    ['the same with a name', ['Ana Ruiz called the plan “a distraction for the whole town” and Tom Moss said he agreed.'], [[null, null]]],
    ['"and" and a description before the name in apposition', ['Tom Beck hailed the plan as “a bold and fair start for the town”, and the harbour director, Ana Ruiz, said it was “the best plan in years for the quay”.'], [[null, null], ['Ana Ruiz', 'said']]],
    ['a "he" after a quote goes on with the subject of its own "and" clause', ['Tom Beck denied he called Ruiz “a fraud and a bully,” and Harbour Director Ana Moss denied that, after a long meeting, she said the plan was “the worst idea of the year.”'], [['Tom Beck', 'denied'], ['Ana Moss', 'said']]],
    // "of" joining an organisation's name before a title and a full name: the name is the speaker's.
    ['an organisation with "of", a title, then the speaker', ['Harbour Federation of Teachers president Ana Ruiz warned the plan “may actually fail for the town” this year.'], [['Ana Ruiz', 'warned']]],
    ['"of" after a lowercase noun: the name after the title is its object', ['Tom Beck spoke at noon.', 'His criticism of Norland Senator Ana Ruiz drew a reply from the board, which called it “a cheap shot at the town.”'], [[null, 'reply']]],
    ['"of", a title, one more capitalized word: an organisation\'s word, not a name', ['“This kind of language puts the harbour at risk,” Tom Beck of Harbour Journalist Security told the Ledger.'], [['Tom Beck', 'told']]],
    // A relative clause between the subject and its cue: a name inside it is not the one speaking.
    ['a name inside a relative clause set off by commas', ['It is also an election year, and as outgoing congressman Tom Beck of Norland, who wants Congress to vote on it, told the Ledger, it is easier to let Ruiz “just close the quay and tell [Congress] about it later.”'], [['Tom Beck', 'told']]],
    ['a relative clause that is the cue\'s own keeps its subject', ['The harbour plan, which Ana Ruiz described as “the best deal the town ever had,” passed on Monday.'], [['Ana Ruiz', 'described']]],
    // A label in capitals before a colon: a heading names no one; a wire transcript's speaker after a title does.
    ['a heading in capitals before a colon names no one', ['Talks went on all night.', 'HARBOUR TALKS RESUME: “The ferry will run every hour from May on.”'], [[null, ':']]],
    ['a speaker in capitals after a title, the verb of saying left off', ['(SOUNDBITE) (English) HARBOUR MAYOR ANA RUIZ SAYING: “The ferry will run every hour from May on.”'], [['ANA RUIZ', ':']]],
    ['"and" joining nouns, the attribution past the comma', ['The curfew followed reports of “small-scale looting at the quay” and other crimes, Chief Ana Ruiz said.'], [['Ana Ruiz', 'said']]],
    ['"and" with a pronoun subject may be the same person', ['Ana Ruiz arrived at noon.', 'She called the plan “a distraction for the whole town” and she said she would fight it.'], [['Ana Ruiz', 'said']]],
    // 12-07 afternoon: a wire photo's "File" (its credit's last word, a caption run on) opens no name.
    ['a photo credit\'s "File" glued to the next run', ['The harbour editor has faced criticism. | AP Photo/Tom Beck, File Harbour Ledger said on Thursday that the ferry “will run every hour from May on.”'], [['Harbour Ledger', 'said']]],
    ['"FILE PHOTO:" credits no quote', ['FILE PHOTO: “The ferry will run every hour from May on,” the harbour board said.'], [[null, 'said']]],
    ['a description with "a" names nobody, however the one in view is described', ['Senator Tom Beck arrived at noon.', '“The ferry will run every hour,” a senator said.'], [[null, 'said']]],
    ['the same with "according to"', ['Senator Tom Beck arrived at noon.', '“The ferry will run every hour and that is settled,” according to a senator.'], [[null, 'according to']]],
    ['a description headed by no title names nobody', ['Ana Ruiz arrived at noon.', '“The ferry will run every hour,” the clerk in the corner said.'], [[null, 'said']]],
    ['a description headed by a title names the person described so', ['Harbour Director Ana Ruiz arrived at noon.', '“The ferry will run every hour,” the director said.'], [['Ana Ruiz', 'said']]],
    ['a caption run into a name keeps only the surname', ['Harbour Director Ana Ruiz arrived.', 'North Harbour Ferry Service Office Ruiz, speaking at noon, said: “The ferry runs every hour.”'], [['Ana Ruiz', 'said']]],
    ['a party tag is no name', ['“The ferry runs every hour,” Sen. Ana Ruiz (D - Conn.) said.'], [['Ana Ruiz', 'said']]],
    ['a lone common word the article also writes in lowercase', ['The ferry is late, as anyone who rides it knows.', '“The ferry runs every hour,” Anyone said.'], [[null, 'said']]],
    ['an organisation keeps the words before its last', ['“The ferry runs every hour,” the Harbour Party said.'], [['Harbour Party', 'said']]],
    ['an organisation\'s last word alone names nobody', ['“The ferry runs every hour,” the Centre for Ferries and Prevention said.'], [[null, 'said']]],
    ['a pronoun after another person opens the sentence before', ['“The ferry is late,” Ana Ruiz said.', 'Tom Beck cheered the new timetable.', '“It runs every hour now,” he said.'], [['Ana Ruiz', 'said'], ['Tom Beck', 'said']]],
    ['a pronoun after an opening phrase and its subject', ['Tom Beck chairs the council.', '“The ferry is late,” Ana Ruiz said.', 'On the harbour steps, Beck accused the council of delay.', '“It runs every hour now,” he said.'], [['Ana Ruiz', 'said'], ['Tom Beck', 'said']]],
    ['a pronoun cue after another person opens the sentence before', ['“The ferry is late,” Ana Ruiz said.', 'Harbour chief Tom Beck voiced agreement. He said the timetable “will read to riders like a broken promise.”'], [['Ana Ruiz', 'said'], ['Tom Beck', 'said']]],
    ['a pronoun stays with the last speaker when the sentence before names them', ['“The ferry is late,” Ana Ruiz said.', 'Ruiz blamed Tom Beck for the delay.', '“It runs every hour now,” she said.'], [['Ana Ruiz', 'said'], ['Ana Ruiz', 'said']]],
    ['a pronoun after a titled name with an initial before its verb', ['“The ferry is late,” Ana Ruiz said.', 'In reply, Deputy Director of Ports Tom K. Beck voiced agreement. He said the timetable “will read to riders like a broken promise.”'], [['Ana Ruiz', 'said'], ['Tom K. Beck', 'said']]],
    ['a pronoun after a titled name before a speech verb', ['“The ferry is late,” Ana Ruiz said.', 'Minister of Ports Tom K. Beck said the council would meet, and he urged calm.', '“We remain open to talks,” he said.'], [['Ana Ruiz', 'said'], ['Tom K. Beck', 'said']]],
    ['a pronoun is not taken over by a word opening the sentence', ['“The ferry is late,” Ana Ruiz said.', 'Sometimes crowds at the pier grew angry.', '“It runs every hour now,” she said.'], [['Ana Ruiz', 'said'], ['Ana Ruiz', 'said']]],
    ['a title abbreviation does not end the sentence before', ['Rick Holm runs the ferry.', '“The ferry is late,” Ana Ruiz said.', 'Tom Beck asked why Mr. Holm waited.', '“It runs every hour now,” he said.'], [['Ana Ruiz', 'said'], ['Tom Beck', 'said']]],
    ['a pronoun stays with the last speaker after a quoted sentence', ['“Nothing prepares you for the ferry,” Ana Ruiz said.', '“Nobody warns you about the tides,” the captain added.', '“It runs every hour now,” she said.'], [['Ana Ruiz', 'said'], [null, 'added'], ['Ana Ruiz', 'said']]],
    ['a pronoun stays with the last speaker when the sentence before opens with a pronoun', ['“The ferry is late,” Ana Ruiz said.', 'She blamed Tom Beck for the delay.', '“It runs every hour now,” she said.'], [['Ana Ruiz', 'said'], ['Ana Ruiz', 'said']]],
    ['a surname takes no first name from a run after a possessive', ['Related: Ferrylink\'s Lumo Beck has ended the night service', '“The ferry runs every hour,” Beck said.'], [['Beck', 'said']]],
    ['a surname takes its first name from a clean mention', ['Tom Beck runs the harbour.', '“The ferry runs every hour,” Beck said.'], [['Tom Beck', 'said']]],
    ['a pronoun skips an institution named last', ['Ana Ruiz met reporters outside the Harbour Court House.', '“The ferry runs every hour,” she said.'], [['Ana Ruiz', 'said']]],
    ['a participle shares the subject of the earlier speech verb', ['Ana Ruiz spoke first. Later a harbour official said Ruiz will have to choose, saying, “At some point she has to say where she stands.”'], [[null, 'saying']]],
    ['an occupation before a name is a title', ['“The ferry will run every hour,” said comedian Ana Ruiz.', 'Comedian Ana Ruiz left.', '“It will,” Ruiz said.'], [['Ana Ruiz', 'said'], ['Ana Ruiz', 'said']]],
    // 12-07 late: a sentence's first word, a name written later in a quote, a platform that spoke last: no long form, no "she".
    ['a sentence\'s first word the article writes in lowercase is no first name', ['Voters heard little from Ana Ruiz, and her office would not comment unless asked.', 'Unless Beck can pull Ruiz into the fight, the race is over.', '“Look how badly they did on that,” Beck told reporters.'], [['Beck', 'told']]],
    ['"Unless" opening a sentence is no first name, even never written in lowercase', ['Ana Ruiz has the votes.', 'Unless Beck can pull Ruiz into the fight, the race is over.', '“Look how badly they did on that,” Beck told reporters.'], [['Beck', 'told']]],
    ['a state\'s abbreviation ending a sentence is no part of the next name', ['The bishop said Mass. Tom Beck attended in a grey suit.', 'Norland, he said with no hint of irony, “exercises religious freedom as a right.”'], [['Tom Beck', 'said']]],
    ['an initial and a suffix stay in the name', ['“The ferry is late,” said Tom K. Beck Jr. of Norland.'], [['Tom K. Beck Jr.', 'said']]],
    ['"he" after a sentence that names its speaker after the verb', ['Tom Beck worked at the clinic for 25 years, said Dr. Rick Moss, its chief officer.', '"He was a caring physician" who served his patients "with the utmost of respect," he said.'], [[null, null], ['Rick Moss', 'said']]],
    ['a reported clause\'s subject after "said" is not the one in view', ['Rick Moss, a scientist at the university, said Tom Beck has the advantage.', '“It is conceivable for him to lose the county and have other ways to go,” he said.'], [['Rick Moss', 'said']]],
    ['a given name opening a sentence stays one', ['Tom Beck runs the harbour, and the ferry will not wait for him.', '“The ferry runs every hour,” Beck said.'], [['Tom Beck', 'said']]],
    ['a long form named later only in a quote', ['“The hearing was a sham,” Beck wrote on Monday.', 'He added: “Next up, eleven year old Tom Beck!”'], [['Beck', 'wrote'], ['Beck', 'added']]],
    ['a long form named later in the reporter\'s words', ['“The hearing was a sham,” Beck wrote on Monday.', 'Tom Beck has run the harbour since May.'], [['Tom Beck', 'wrote']]],
    ['"she" does not stand for a platform that spoke last', ['Asked about false posts, Ana Ruiz said the line is “very hard to draw.”', 'If the checkers deem a post false, Facebook sharply cuts its reach, warns users who shared it, and places related articles next to it so readers can see “other facts.”', '“Bad speech can be countered by good speech,” she said.'], [['Ana Ruiz', 'said'], ['Facebook', 'warns'], [null, 'said']]],
    ['"she" stands for a lone surname the article marks as hers', ['“I sat in on a lot of calls,” Hill told lawmakers.', 'Hill left the council in July. She was shocked by the call.', '“I had not seen anything like it,” she said.'], [['Hill', 'told'], ['Hill', 'said']]],
    // 12-07 evening: a show's title between the cue and the quote, a title's words, a coordinated verb after its object.
    ['a show\'s title after an outlet\'s possessive is no quote', ['Tom Beck told Norland News’ “Harbour Watch Tonight.”', '“The ferry runs every hour,” he said.'], [['Tom Beck', 'said']]],
    ['a title\'s words are no subject', ['Ana Ruiz, star of the hit TV show “Harbour Watch,” promised the crowd that Beck “will have your back.”'], [['Ana Ruiz', 'promised']]],
    ['a verb coordinated after the subject\'s own verb and its object', ['Tom Beck has accused Ana Ruiz of selling the ferry and said her “harbour friends” paid him.'], [['Tom Beck', 'said']]],
    ['an absolute phrase\'s name is its participle\'s subject', ['The council pushed back, with spokesman Tom Beck saying that the ferry “will run every hour from May.”'], [['Tom Beck', 'saying']]],
    ['an absolute phrase past a title abbreviation', ['The talks stalled, with Sen. Ana Ruiz insisting that the bill “is dead on arrival.”'], [['Ana Ruiz', 'insisting']]],
    ['a second absolute phrase is someone else\'s', ['Both scorned small steps, with Tom Beck saying that “tinkering around the edges won’t do” and Ms. Ruiz dismissing the plans as “a nibble here and there.”'], [['Tom Beck', 'saying'], [null, null]]],
    ['a participle before a preposition is a noun', ['They held up a flag with Arabic writing on it reading, “There is no god but the sea.”'], [[null, 'writing']]],
    ['a named subject\'s negated auxiliary is its verb ("didn\'t")', ['“The ferry will run,” Tom Beck told the Ledger.', 'Ana Ruiz didn\'t hold back. “This is a disaster for the harbour,” she said.'], [['Tom Beck', 'told'], ['Ana Ruiz', 'said']]],
    ['a speaker inside another speaker\'s reported clause is withheld', ['Her brother, Tom Beck, told the Ledger that Ann Lee had said Moss put his hands “under her coat.”'], [[null, 'said']]],
    ['"Critics" or "Others" opening a sentence is no one\'s name', ['Ann Lee brought the bill to a vote.', 'Critics contended it was a “fig leaf for the mayor.”', 'Others say the plan is “a giveaway to the rich.”'], [[null, 'contended'], [null, 'say']]],
    ['a quote inside a relative clause of the cue\'s object is withheld', ['Ann Lee pushed back against Beck, who had called the plan “a giveaway to the rich.”'], [[null, 'pushed']]],
    ['a relative clause closed before the quote is an aside', ['Ann Lee said Tom Beck, who ran the ferry for a decade, was “the best harbour master we had.”'], [['Ann Lee', 'said']]],
    ['a relative clause whose subject is a pronoun is the speaker\'s own', ['Ann Lee said the board would meet the court, which she called “a rubber stamp for the mayor.”'], [['Ann Lee', 'said']]],
    ['a quote inside someone\'s utterance and its clause is withheld', ['Ann Lee responded to Tom Beck’s charge that she had “lied to the whole town.”'], [[null, 'responded']]],
    ['an outlet\'s report of a speaker names that speaker', ['The Ledger reported that Ann Lee said the ferry was “far too slow for commuters.”'], [['Ann Lee', 'said']]],
    ['a clause of its own after ", and" is no reported clause', ['Ann Lee told reporters that the plan was “patient,” and Tom Beck said that money would “probably come later.”'], [['Ann Lee', 'told'], ['Tom Beck', 'said']]],
    ['a negated auxiliary inside a quote makes no subject of its "We"', ['“A review can take years. We don\'t have years,” Ana Ruiz said, adding that she was “delaying that decision.”'], [['Ana Ruiz', 'said'], ['Ana Ruiz', 'adding']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });

  test.each([
    ['the addressee answers', ['“Will the ferry run all winter?” Ana Ruiz asked Tom Beck.', '“Only when the harbour is free of ice, and not before.”'], ['Ana Ruiz', 'Tom Beck']],
    ['no addressee: the answer is withheld', ['“Will the ferry run all winter?” Ana Ruiz asked.', '“Only when the harbour is free of ice, and not before.”'], ['Ana Ruiz', null]],
    ['a statement continues its speaker', ['“The ferry will run all winter,” Ana Ruiz said.', '“Only when the harbour is free of ice, and not before.”'], ['Ana Ruiz', 'Ana Ruiz']],
    ['Q: and A: lines', ['The Ledger spoke with Mayor Tom Beck.', 'Q: “Will the ferry run all winter long?”', 'A: “Only when the harbour is free of ice.”'], [null, 'Tom Beck']],
  ])('interviews: %s', (_name, paragraphs, expected) => {
    expect(findQuotes(joinParagraphs(paragraphs)).map((q) => q.speaker)).toEqual(expected);
  });

  test('a headline outside the paragraphs names nobody', () => {
    const text = 'Council Backs Rival Ana Ruiz\n“The ferry will run every hour from May,” Ruiz said.';
    const [q] = findQuotes({ text, paragraphs: [{ start: text.indexOf('“'), end: text.length }] });
    expect(q.speaker).toBe('Ruiz');
  });

  test('a show\'s title after an outlet\'s plural possessive is no quote and does not end the cue\'s sentence', () => {
    const quotes = findQuotes(joinParagraphs(['Ana Ruiz said on KBS’ “Harbour Watch” that the ferry plan was “a mistake.”']));
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([['a mistake.', 'Ana Ruiz', 'said']]);
  });

  test('a name at a paragraph end does not join the next paragraph', () => {
    expect(speakers('“The ferry is late,” said Ana Ruiz', 'Moss released a statement. “It is not,” Moss said.')).toEqual([['Ana Ruiz', 'said'], ['Moss', 'said']]);
  });
});

describe('attribution: cues the finder used to miss, and their limits (issue 12, H2)', () => {
  test.each([
    ['"…," according to X', ['“The ferry will run every hour from May,” according to Mara Velde, the port director.'], [['Mara Velde', 'according to']]],
    // A name modifying a noun ("a Ledger poll") is no source; the quote continues nobody's either.
    ['"…," according to a named poll', ['“The ferry will run every hour,” Mara Velde said.', '“The ferry should stay as it is now,” according to a Daily Ledger poll of riders.'], [['Mara Velde', 'said'], [null, 'according to']]],
    ['a named poll before the quote is no source either', ['According to its Daily Ledger summary, the report “draws a troubling picture of the ferry board.”'], [[null, 'according to']]],
    ['a speech verb before the quote beats "according to" after it', ['Omar Haddad said he was “glad to see the ferry run again,” according to the Daily Ledger.'], [['Omar Haddad', 'said']]],
    ['a short quote is not made a quote by "according to"', ['The mayor’s “big ferry plan,” according to Mara Velde, is dead.'], []],
    ['"…," X started.', ['Mara Velde came late to the hearing.', '“The ferry will run every hour from May,” Velde started.'], [['Mara Velde', 'started']]],
    ['"…," X + verb + object is the writer’s clause', ['“The ferry will run every hour from May,” Velde started the engine.'], [[null, null]]],
    ['a verb joined by "and" after an opening clause', ['As the riders began to chant, Mara Velde was joined on the pier by Omar Haddad and joked, “You are all far too early today,” to laughter.'], [['Mara Velde', 'joked']]],
    ['a dash-enclosed insertion between the name and the cue', ['Omar Haddad, the head of Ledger Ferries -- the firm that runs the boats, which also sells tickets -- told me, “We are a transport firm and nothing more.”'], [['Omar Haddad', 'told']]],
    ['past a dash insertion, a phrase too long to read is withheld', ['Mara Velde, who watched Omar Haddad name the Lake Ruiz Bird Reserve a protected site in June along with her aunt -- a former ranger -- said the day would bring “a real sense of relief.”'], [[null, 'said']]],
    ['a capitalized quoted name inside the apposition', ['“We have had far better summers than this one,” rider Omar Haddad, wearing a cap and “Ferry First” badges, said quietly.'], [['Omar Haddad', 'said']]],
    ['a full stop typed for a colon', ['Mara Velde, the spokeswoman for the Port Board said in a statement. “There are no timetables left to print.”'], [['Mara Velde', 'said']]],
    ['a sentence reporting more than an attribution', ['Mara Velde said the timetable had failed. “There are no timetables left to print.”'], [[null, null]]],
    // A full stop typed for a comma: a sentence that only attributes, titles before the name.
    ['"…." Port Board spokeswoman X told the Ledger.', ['“The ferry will run every hour from May, as the board has promised.” Port Board spokeswoman Mara Velde told the Ledger.'], [['Mara Velde', 'told']]],
    ['"…." titles and a name, then a sentence of its own', ['“The ferry will run every hour from May.” Port Board spokeswoman Mara Velde told the Ledger on Monday that the plan had been approved by every member.'], [[null, null]]],
    ['a dash after a quote inside a sentence signs nothing off', ['Velde called the plan “a very bad deal for the riders” -- Haddad and the board voted for it anyway.'], [[null, null]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: conventions read for named speakers (issue 12, item 1)', () => {
  test.each([
    ['a name after the description that follows the cue', ['“The ferry will run every hour,” said the harbour spokesman, Omar Haddad.'], [['Omar Haddad', 'said']]],
    ['a description with a preposition, then the name', ['“The ferry will run every hour,” said his oldest friend at Norland College, Omar Haddad, who rowed with him.'], [['Omar Haddad', 'said']]],
    ['a lowercase title before the apposed name', ['“The ferry will run every hour,” exhorted the mayor’s host, actress Lina Moss.'], [['Lina Moss', 'exhorted']]],
    ['the apposition must be a name', ['“The ferry will run every hour,” said the harbour spokesman, a former sailor.'], [[null, 'said']]],
    ['a name and its affiliation before a late cue', ['“The ferry will run every hour from May,” Omar Haddad of the Norland Institute for Harbour Studies wrote in March.'], [['Omar Haddad', 'wrote']]],
    ['a quote between a possessive name and a word for something said', ['The vote broke Mara Velde’s “we will never close the harbour while I am mayor” promise.'], [['Mara Velde', 'promise']]],
    ['the possessive wins over a later cue', ['The vote broke Mara Velde’s “we will never close the harbour while I am mayor” pledge, critics said.'], [['Mara Velde', 'pledge']]],
    ['a possessive before a noun that is no utterance is not read', ['Critics mocked Mara Velde’s “a harbour for everyone, every single day” campaign.'], [[null, null]]],
    ['a relative pronoun speaks for the name before it', ['Velde won an endorsement from Omar Haddad, who said, “The harbour deserves a fighter.”'], [['Omar Haddad', 'said']]],
    ['a relative pronoun after a description names nobody', ['Mara Velde met the ferry crews and a former captain, who told her, “The harbour deserves a fighter.”'], [[null, 'told']]],
    ['a participle after "by" takes the clause subject', ['“The harbour is ours,” Mara Velde said. She followed that by saying, “We will not sell it.”'], [['Mara Velde', 'said'], ['Mara Velde', 'saying']]],
    ['a participle whose clause opens with a phrase and a comma', ['Mara Velde spoke on Tuesday. On Friday, she joined the crews at the gates, saying in a post: “We will not sell the harbour.”'], [['Mara Velde', 'saying']]],
    ['a surname two people carry is credited as written', ['Ann Moss and her brother Tom Moss run the ferry.', '“The ferry will run every hour,” Moss said.'], [['Moss', 'said']]],
    ['one person written two ways is one person', ['Ann Moss runs the ferry. Ann B. Moss is in her third term.', '“The ferry will run every hour,” Moss said.'], [['Ann B. Moss', 'said']]],
    // Round 14 (the tune half of all rounds): names cut, asides and page furniture.
    ['a long description after the cue does not cut the name', ['“The ferry must run every hour,” tweeted former harbour master and long-time ferry rider Omar Haddad.'], [['Omar Haddad', 'tweeted']]],
    ['two titles joined by "and" before the name', ['“The ferry must run every hour,” said former Norland Gov. and Harbour Rowing Club Chairman Omar Haddad.'], [['Omar Haddad', 'said']]],
    ['a ticker in parentheses before the cue is an aside', ['“The ferry market is evolving quickly,” Norland Ferries (NFR) said.'], [['Norland Ferries', 'said']]],
    ['an age in parentheses before the cue is an aside', ['“The ferry is late again,” Mara Velde (54) said.'], [['Mara Velde', 'said']]],
    ['a title whose object is an organisation describes the person before it', ['“The ferry is late,” said Mara Velde, president of the Norland Rowing Council.', 'Mayor Omar Haddad spoke on Sunday.', '“The ferry will run,” the mayor said.'], [['Mara Velde', 'said'], ['Omar Haddad', 'said']]],
    ['an organisation after "president of" is not "the president"', ['“The ferry is late,” said Mara Velde, president of the Norland Rowing Council.', '“The ferry will run,” the president said.'], [['Mara Velde', 'said'], ['Mara Velde', 'said']]],
    ['a photo credit names no one "he" can be', ['toggle caption Omar Haddad/AP Omar Haddad/AP', 'The mayor spoke on Sunday.', '“The ferry will run every hour,” he said.'], [[null, 'said']]],
    ['the listener after "told" is never the speaker', ['“What we need is a vote on the ferry plan,” a Harbour Board official told Ledger News.'], [[null, 'told']]],
    ['"she" is no newspaper', ['Mara Velde met her staff on Sunday.', 'The complaints were first reported by the Norland Register.', '“It does bother me that people go to the media,” she said.'], [['Mara Velde', 'said']]],
    ['a region is no speaker', ['A spokesman for the mayor said on Monday that the West agreed the board should adopt a “strong package of ferry rules as swiftly as possible.”'], [[null, 'agreed']]],
    ['a headline kept as a paragraph names no one', ['Mayor Says Ferry Must Run To Norland Harbour', 'The mayor spoke on Sunday.', '“The ferry will run every hour,” he said.'], [[null, 'said']]],
    ['a war is no one', ['Norland War: “We were boys sent to do what men would not do.”'], [[null, ':']]],
    ['"emailed" is a speech verb', ['Tom Hale wrote back within minutes.', 'Four days later, Ann Lee emailed again to “set up a meeting with you and the harbour board’s lawyer.”'], [['Ann Lee', 'emailed']]],
    ['"Retired" opens no name', ['Retired FBI explosives expert Tom Hale says investigators will scour the devices. “The wires and batteries will tell us how it was meant to explode,” he explained.'], [['Tom Hale', 'explained']]],
    ['"Throughout" opens no name', ['Throughout Reagan’s years, he said: “We never once raised our voices in a meeting.”'], [[null, 'said']]],
    ['a headline that asks names no one', ['Can Tom Moss Save The Norland Ferry?', 'The mayor spoke on Sunday.', '“The ferry will run every hour,” he said.'], [[null, 'said']]],
    // Round 17: a sentence whose subject is another person, naming the last speaker only as an object.
    ['another person acting on the last speaker\'s words: "he" is withheld', ['“The ferry will run every hour,” Omar Haddad said.', 'Harbour spokesman Tomas Berg appeared to dispute Haddad’s claim.', '“I am not aware of any such plan,” he said.'], [['Omar Haddad', 'said'], [null, 'said']]],
    ['the same, with the genders telling them apart', ['“The ferry will run every hour,” John Haddad said.', 'Harbour spokeswoman Mara Velde appeared to dispute Haddad’s claim.', '“I am not aware of any such plan,” she said.'], [['John Haddad', 'said'], ['Mara Velde', 'said']]],
    // Round 16: a title as a clause's subject describes no name after its verb.
    ['a title before its present-tense verb does not describe the name after it', ['Norland Mayor Omar Haddad urged Harbour College to act.', 'The mayor wants Harbour College to cancel the rally.', '“The ferry will not carry them,” the mayor said.'], [['Omar Haddad', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: "he" after a sentence whose subject the reader finds past titles, clauses and pairs (issue 12, h-spk17)', () => {
  const before = '“We cannot keep patching the deck,” said Mara Lind.';
  const heSaid = '“Nobody asked the traders whether March suits them,” he said.';
  test.each([
    // A capitalised word and a lowercase title are one title: the subject runs on to the name after them.
    ['"Council member" and a relative clause', [before, `Council member Tomas Reyes, who voted against the schedule, said the closure would hurt shops. ${heSaid}`], 'Tomas Reyes'],
    ['"Council member" and an apposition', [before, `Council member Tomas Reyes, a baker on the quay, said the closure would hurt shops. ${heSaid}`], 'Tomas Reyes'],
    ['an organisation word before a title ("party leader")', [before, `Green party leader Tomas Reyes, who voted against the schedule, said the closure would hurt shops. ${heSaid}`], 'Tomas Reyes'],
    ['two organisation words before a title, and an age', [before, `School board member Tomas Reyes, 54, said the closure would hurt shops. ${heSaid}`], 'Tomas Reyes'],
    ['no title (unchanged)', [before, `Tomas Reyes, who voted against the schedule, said the closure would hurt shops. ${heSaid}`], 'Tomas Reyes'],
    // A subordinate clause opening the sentence has a subject of its own; the main clause's is after its comma.
    ['"When X …, Y said"', [before, 'When Peter Berg left the hall, Tomas Reyes said the closure would hurt shops.', heSaid], 'Tomas Reyes'],
    ['"Although X …, Y argued"', [before, 'Although Peter Berg backed the plan, Tomas Reyes argued the closure would hurt shops.', heSaid], 'Tomas Reyes'],
    ['"As X explained …," a clause of speech, attributes the sentence (unchanged)', ['“We cannot keep patching the deck,” said Peter Lind.', 'As Laura Reyes explained to the Quay Gazette, the rent rise came too fast. It was, she said, “a slap in the face.”'], 'Laura Reyes'],
    // Two people as the subject: either may be "he", unless the article's genders tell them apart.
    ['two people, both may be "he": withheld', [before, 'Tomas Reyes and Peter Berg met the traders on Monday.', heSaid], null],
    ['two people, one a woman: the man', ['“We cannot keep patching the deck,” said Peter Lind.', 'Tomas Reyes and Anna Berg met the traders on Monday.', heSaid], 'Tomas Reyes'],
    ['two people before anyone spoke: withheld, not the latest name', ['Peter Berg and John Reyes met the traders on Monday.', heSaid], null],
    // With the title read, a person speaking of the last speaker is the subject; both fit "he": withheld.
    ['"Council member" speaking of the last speaker: withheld', ['“We cannot keep patching the deck,” said Peter Lind.', 'Council member Tomas Reyes, who voted against the schedule, said Lind was wrong.', heSaid], null],
    // The quote's own sentence names who "he" is, before the sentence before it.
    ['"X told … "A," but he added …"', ['“We cannot keep patching the deck,” said Peter Lind.', 'Tomas Reyes, the harbour police chief, told the council the cameras showed “nothing that proves a crime,” but he added that the witnesses “tell a clear story” about the night.'], 'Tomas Reyes'],
  ])('%s', (_name, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toEqual(speaker);
  });

  test.each([
    ['before anyone spoke', ['Sen. Tomas Reyes said he told Peter Berg: “Nobody asked the traders whether March suits them.”'], 'Tomas Reyes'],
    ['after another speaker', [before, 'Sen. Tomas Reyes said he told Peter Berg: “Nobody asked the traders whether March suits them.”'], 'Tomas Reyes'],
    ['in a relative clause of the lead-in', [before, 'Tomas Reyes, the harbour police chief, had praise for the marchers, whom he described as “calm and patient.”'], 'Tomas Reyes'],
    // Another person "he" may be, named between the subject and the pronoun: not the subject (here the latest name).
    ['not past another person it may be', ['Tomas Reyes pressed Peter Berg on a speech he gave in May, where he claimed the deck was “perfectly safe for years to come.”'], 'Peter Berg'],
  ])('a pronoun inside the quote\'s own lead-in is its subject before it: %s', (_name, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toEqual(speaker);
  });

  test.each([
    ['"Council Member" capitalised is a title, not part of the name', ['“Nobody asked the traders whether March suits them,” said Council Member Tomas Reyes.'], 'Tomas Reyes'],
    ['a party tag in parentheses, then a title phrase naming an organisation', ['Rep. Tomas Reyes (D-Quay), chairman of the Harbour Committee, promised that the vote would be “open to every trader on the quay.”'], 'Tomas Reyes'],
  ])('the name before its title: %s', (_name, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toEqual(speaker);
  });
});

describe('attribution: a full stop or colon glued to the next capitalised word ends a sentence (issue 12, h-spk17b)', () => {
  test.each([
    ['a glued colon: the cue before it is not the next sentence\'s', ['Mara Velde posted on her page Friday:Meanwhile, the quay “will close in March, whatever they say.”'], [[null, null]]],
    ['a glued full stop: the name after it speaks', ['Peter Lind spoke on Friday.Tomas Reyes said: “Nobody asked the traders whether March suits them.”'], [['Tomas Reyes', 'said']]],
    ['a glued full stop splits the words: no name is read across it', [
      'The ferry was late again on Monday.Mara Velde said: “Nobody asked the traders whether March suits them.”',
      '“We will not sell the harbour,” Tomas Reyes said.',
      'Reyes spoke on Friday.Velde said: “The quay is ours.”'],
    [['Mara Velde', 'said'], ['Tomas Reyes', 'said'], ['Mara Velde', 'said']]],
    // The cue before a glued colon still closes the quote before it: the colon introduces nothing.
    ['a cue after a quote, then a glued colon', ['“We cannot keep patching the deck,” Peter Lind told reporters on Friday:Meanwhile, Tomas Reyes said, “Nobody asked the traders whether March suits them.”'], [['Peter Lind', 'told'], ['Tomas Reyes', 'said']]],
    ['"Ph.D" is no boundary', ['“We cannot keep patching the deck,” said Mara Velde, who holds a Ph.D in engineering.'], [['Mara Velde', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a quote with no cue continues the last speaker only when no other person is the subject between (issue 12, h-spk17b)', () => {
  const posted = '“Nothing will be solved by more anger,” Councillor Mara Velde posted on her page on Friday.';
  const next = '“Last night’s fire on the pier was an attack on every trader. We must restore the confidence of our town.”';
  test.each([
    ['another person is the subject of the sentence before: withheld', [`${posted} Meanwhile, Tomas Reyes called for calm in a statement on Friday.`, next], [['Mara Velde', 'posted'], [null, null]]],
    ['another person is the subject of the quote\'s own sentence: withheld, and so is the next', [`${posted} Meanwhile, Tomas Reyes called for a return to “calm and order on the quay” in a statement on Friday.`, next], [['Mara Velde', 'posted'], [null, null], [null, null]]],
    ['the same person as the subject: continued', [`${posted} Velde then left the hall for the pier.`, next], [['Mara Velde', 'posted'], ['Mara Velde', null]]],
    ['no sentence between: continued', [posted, next], [['Mara Velde', 'posted'], ['Mara Velde', null]]],
    // 12-07 afternoon: someone unnamed as the subject between, in a sentence of its own or after the last quote's comma.
    ['someone unnamed after an opening verb of saying: withheld', [posted, 'Added another employee: “We must restore the confidence of our town.”'], [['Mara Velde', 'posted'], [null, null]]],
    ['someone unnamed after the last quote, in its sentence: withheld', ['The Ledger ran the story. Councillor Mara Velde said, “Nothing will be solved by more anger on the quay,” while a council lawyer threatened “prompt initiation of appropriate legal action.” There was none.'], [['Mara Velde', 'said'], [null, null]]],
    ['a time before the subject is no one: continued', [posted, 'A day later, Velde added: “We must restore the confidence of our town.”'], [['Mara Velde', 'posted'], ['Mara Velde', 'added']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: "he" after a sentence that opens with "According to X," (issue 12, h-spk17b)', () => {
  const before = '“We cannot keep patching the deck,” said Peter Lind.';
  const heSaid = '“Nobody asked the traders whether March suits them,” he said.';
  test.each([
    ['the source goes on speaking', [before, 'According to Tomas Reyes, the closure would hurt shops.', heSaid], 'Tomas Reyes'],
    ['past a title', [before, 'According to harbour master Tomas Reyes, the closure would hurt shops.', heSaid], 'Tomas Reyes'],
    ['a surname of someone named in full', [before, 'Tomas Reyes runs the quay.', '“The quay is old,” Lind said.', 'According to Reyes, the closure would hurt shops.', heSaid], 'Tomas Reyes'],
    ['the source speaks of the last speaker: either may be "he", withheld', [before, 'According to Tomas Reyes, Lind was wrong about the closure.', heSaid], null],
    ['a source "he" cannot be: the last speaker (unchanged)', [before, 'According to Mrs. Anna Reyes, the closure would hurt shops.', heSaid], 'Peter Lind'],
    ['a paper as the source: the last speaker (unchanged)', [before, 'According to the Quay Gazette, the closure would hurt shops.', heSaid], 'Peter Lind'],
  ])('%s', (_name, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toEqual(speaker);
  });
});

describe('attribution: "he" after a speech verb in the passive ("was warned by X") (issue 12, h-spk17b)', () => {
  const before = '“We cannot keep patching the deck,” said Peter Lind.';
  const heSaid = '“Nobody asked the traders whether March suits them,” he said.';
  test.each([
    ['the agent goes on speaking', [before, 'The council was warned by Tomas Reyes that the closure would hurt shops.', heSaid], 'Tomas Reyes'],
    ['the agent past a title, after "were told by"', [before, 'Traders were told by harbour master Tomas Reyes that the quay would close.', heSaid], 'Tomas Reyes'],
    ['a person warned and the agent both fit "he": withheld', [before, 'John Berg was warned by Tomas Reyes that the closure would hurt shops.', heSaid], null],
    ['the agent speaks of the last speaker: withheld', [before, 'The council was warned by Tomas Reyes that Lind was wrong.', heSaid], null],
    ['"asked by": the one asked answers (unchanged)', [before, 'John Berg was asked by Tomas Reyes about the closure.', heSaid], 'John Berg'],
    ['an agent "he" cannot be: the last speaker (unchanged)', [before, 'The council was warned by Mrs. Anna Reyes that the closure would hurt shops.', heSaid], 'Peter Lind'],
    // A sentence that reports more than an attribution does not introduce the quote after it.
    ['a quote with no cue after it: withheld (unchanged)', [before, 'The council was warned by Tomas Reyes that the closure would hurt shops.', '“Nobody asked the traders whether March suits them.”'], null],
  ])('%s', (_name, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toEqual(speaker);
  });
});

describe('attribution: "he" after a sentence whose subject a name owns ("X\'s plan …") (issue 12, h-spk17b)', () => {
  const before = '“We cannot keep patching the deck,” said Peter Lind.';
  const heSaid = '“Nobody asked the traders whether March suits them,” he said.';
  const sheSaid = '“Nobody asked the traders whether March suits them,” she said.';
  test.each([
    ['the owner and the last speaker both fit: withheld', [before, 'Tomas Reyes’s plan would close the quay in March.', heSaid], null],
    ['after a conjunction, both fit: withheld', [before, 'But Tomas Reyes’s plan would close the quay in March.', heSaid], null],
    ['only the owner fits: the owner', [before, 'Anna Reyes’s plan would close the quay in March.', sheSaid], 'Anna Reyes'],
    // A guard (null before too): the owner fits and the last speaker does not, but the owner's aide is someone else.
    ['the owner\'s person ("aide") speaks, unnamed: withheld, not the owner', ['“We cannot keep patching the deck,” said Mrs. Mara Lind.', 'Tomas Reyes’s aide would not comment on the plan.', heSaid], null],
    ['the owner is the last speaker (unchanged)', [before, 'Lind’s plan would close the quay in March.', heSaid], 'Peter Lind'],
    // Not the owner, and not Lind either since 12-07: the worker it names may be "he".
    ['an opening phrase with a possessive, before its comma, is no subject; the worker named after it: withheld', [before, 'Outside Norport’s plant on Main Street, a worker named Tom Arroyo has nothing good to say.', heSaid], null],
  ])('%s', (_name, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toEqual(speaker);
  });
});

describe('attribution: wrong credits read right or withheld (issue 12, h-spk18)', () => {
  test.each([
    // A handle is no name as the article writes it: its label names someone the article does not.
    ['a handle before a colon labels no one', ['Tom Moss said the vote was close.', '.@RepAnnLee: "We will vote on Friday." @tommoss: "There will be no vote on this bill?!"'],
      [[null, ':'], [null, ':']]],
    // After a quote's full stop, a cue whose comma opens the next quote introduces that quote.
    ['"A." X responded, "B."', ['At one point, Moss said: “We have more questions.” Ms. Lee responded, “You have more questions, but the answer is no.”'],
      [['Moss', 'said'], ['Lee', 'responded']]],
    ['"A." X responded, "B." twice over', ['Ann Lee spoke first.', 'At one point, Moss said: “We have more questions.” Lee responded, “The answer is no.” Stunned, Moss replied, “That was not the question.”'],
      [['Moss', 'said'], ['Ann Lee', 'responded'], ['Moss', 'replied']]],
    // A name before a plural role noun qualifies it: the lawyers speak, unnamed.
    ['an organisation before a plural role noun', ['“We are ready,” Tom Moss said.', '“The filing is final,” three Harbour Board lawyers wrote to the court.'],
      [['Tom Moss', 'said'], [null, 'wrote']]],
    // "that" stands for a thing: not the sentence's subject, who only cites it.
    ['a thing that said', ['“We are ready,” Tom Moss said.', 'Lee cited a letter from Moss that said, “The harbour will close on Friday.”'],
      [['Tom Moss', 'said'], [null, 'said']]],
    ['a thing that warned', ['“We are ready,” Tom Moss said.', 'Lee read the part of Velde’s report that warned the quay would “fall into the sea.”'],
      [['Tom Moss', 'said'], [null, 'warned']]],
    // A name set off inside an insertion is not the head of the phrase before a colon.
    ['including X, … issued this statement:', ['“We are ready,” Tom Moss said.', 'After the meeting, the council leadership, including Velde, issued this statement: “We will not vote.”'],
      [['Tom Moss', 'said'], [null, null]]],
    // The apposition's closing comma left out before the cue.
    ['"…," X, the director of … said', ['“The plan is unlawful,” Ann Lee, the director of the Harbour Union\'s Legal Project said in a statement.'],
      [['Ann Lee', 'said']]],
    // A subordinate clause of more than twelve words still ends at its comma.
    ['he after a long subordinate clause', ['Omar Haddad is a lawyer in Norport.', '“We need more buses,” Tom Moss said.', 'As he boarded his long flight to the capital for the summit on trade and the talks on the harbour, Haddad poured cold water on the talks.', '“I will tell the truth,” he said.'],
      [['Tom Moss', 'said'], ['Omar Haddad', 'said']]],
    // The sentence names the last speaker; its main clause's subject, another person, may be "he" too: withheld.
    ['he after "As …, X …" naming the last speaker, both fit', ['Omar Haddad is a lawyer in Norport.', '“We need more buses,” Tom Moss said.', 'As he boarded his flight for his meeting with Moss, Haddad poured cold water on the talks.', '“I will tell the truth,” he said.'],
      [['Tom Moss', 'said'], [null, 'said']]],
    ['… and only the main subject fits', ['Omar Haddad is a lawyer in Norport.', '“We need more buses,” Ms. Rita Moss said.', 'As he boarded his flight for his meeting with Moss, Haddad poured cold water on the talks.', '“I will tell the truth,” he said.'],
      [['Rita Moss', 'said'], ['Omar Haddad', 'said']]],
    // Left as they were.
    ['a name, a date and a colon still speak', ['Mara Velde, July 8 statement: “We will not vote.”'], [['Mara Velde', ':']]],
    ['a singular role noun after an organisation', ['“The filing is final,” Harbour Board spokesman Tom Moss wrote to the court.'], [['Tom Moss', 'wrote']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: the writer\'s "I" and "my" are no one the article names (issue 12, h-spk19)', () => {
  test.each([
    // The writer's question or remark: withheld, and the one asked still answers "she said".
    ['"…?" I asked her, then her answer', ['Mara Velde chairs the parks committee.', '“Will the gates stay open?” I asked her.', '“They will stay open all summer,” she said.'],
      [[null, 'asked'], ['Mara Velde', 'said']]],
    ['"…?" I asked, after another speaker', ['“The gates will stay open all summer,” Tom Beck said.', '“Are you sure of that?” I asked.', '“Quite sure, and the pool too,” he said.'],
      [['Tom Beck', 'said'], [null, 'asked'], ['Tom Beck', 'said']]],
    ['"…," I said', ['Tom Beck spoke first.', '“The gates will stay open all summer,” I said.'], [[null, 'said']]],
    ['"…," I told her', ['Mara Velde spoke on Tuesday.', '“I think the gates will stay open,” I told her.'], [[null, 'told']]],
    ['I told X: "…"', ['Tom Beck spoke first. I told Mara Velde: “The gates will stay open all summer.”'], [[null, 'told']]],
    ['I said to X, "…"', ['Tom Beck spoke first. I said to Mara Velde, “The gates will stay open all summer.”'], [[null, 'said']]],
    ['"…," I wrote in my column', ['Tom Beck spoke first. “The gates will stay open all summer,” I wrote in my column.'], [[null, 'wrote']]],
    ['I wrote that "…"', ['Mara Velde spoke at length.', 'I wrote last year that “the gates are a treasure.”'], [[null, 'wrote']]],
    // "my …" is someone the writer knows and the article does not name, or names right after.
    ['"…," said my colleague', ['Tom Beck, the parks spokesman, spoke first. “The gates will stay open all summer,” said my spokesman.'], [[null, 'said']]],
    ['"…," says my friend X', ['Tom Beck spoke first. “The gates will stay open all summer,” says my friend Mara Velde.'], [['Mara Velde', 'says']]],
    ['"…," said my colleague X', ['Tom Beck spoke first. “The gates will stay open all summer,” said my colleague Mara Velde.'], [['Mara Velde', 'said']]],
    // The one the writer names speaks.
    ['"…," I was told by X', ['Tom Beck spoke first.', '“The gates will stay open,” I was told by Mara Velde.'], [['Mara Velde', 'told']]],
    ['"…," X was told by Y', ['“The gates will stay open,” Tom Beck was told by Mara Velde.'], [['Mara Velde', 'told']]],
    // "I" inside the quote marks is the one quoted: the participle after the cue goes on with them.
    ['the quoted "I" opening a participle\'s sentence', ['Tom Beck spoke on Tuesday.', '“I would have planned it another way. I gave Ann Lee my plan,” Beck said, adding that the works had run “far too late.”'],
      [['Tom Beck', 'said'], ['Tom Beck', 'adding']]],
    // Left as they were.
    ['"…," she told me', ['I spoke with Mara Velde, the parks chief.', '“The gates will stay open all summer,” she told me.'], [['Mara Velde', 'told']]],
    ['X told me: "…"', ['I have covered the council for years. Mara Velde told me: “The gates will stay open all summer.”'], [['Mara Velde', 'told']]],
    ['"…," X said by phone', ['“The gates will stay open all summer,” Mara Velde also said by phone.'], [['Mara Velde', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a bare surname takes a long form only from that person (issue 12, h-spk19)', () => {
  test.each([
    // A later full name the article gives as someone's relative: the bare surname may be the other of the family.
    ['a daughter named after the quote', ['“The gates will stay open all summer,” Lee said on Tuesday.', 'Lee’s daughter, Ann Lee, works in the parks office.'], [['Lee', 'said']]],
    ['a son named with his age', ['“The gates will stay open all summer,” Lee said on Tuesday.', 'The mayor’s 10-year-old son, Tom Lee, was there.'], [['Lee', 'said']]],
    ['a husband, no comma', ['“The gates will stay open all summer,” Lee said on Tuesday.', 'Her husband Tom Lee was there.'], [['Lee', 'said']]],
    ['a first lady', ['“The gates will stay open all summer,” Lee said on Tuesday.', 'First lady Ann Lee was there.'], [['Lee', 'said']]],
    ['a relative named after the quote, whose owner is unnamed', ['“The gates will stay open all summer,” Lee said on Tuesday.', 'His daughter, Ann Lee, works in the parks office.'], [['Lee', 'said']]],
    ['a family written by surname', ['“The gates will stay open all summer,” Lee said on Tuesday.', 'The Lees’ son, Tom Lee, was there.'], [['Lee', 'said']]],
    // A relative of a Lee the article names by surname alone: "Lee" after her may still be that other Lee.
    ['a first lady named after her namesake, before the quote', ['Lee visited the memorial on Tuesday with first lady Ann Lee.', '“We will never forget,” Lee said.'], [['Lee', 'said']]],
    ['a wife named after a mayor of that surname', ['Mayor Lee visited the memorial on Tuesday.', 'He was joined by his wife, Ann Lee.', '“We will never forget,” Lee said.'], [['Lee', 'said']]],
    ['a relative of a bare namesake named before the quote', ['Lee’s daughter, Ann Lee, works in the parks office.', '“The gates will stay open all summer,” Lee said on Tuesday.'], [['Lee', 'said']]],
    // Left as they were.
    ['one person named in full after the quote', ['“The gates will stay open all summer,” Lee said on Tuesday.', 'Ann Lee, the mayor, has run the town since 2019.'], [['Ann Lee', 'said']]],
    ['two people of that surname', ['“The gates will stay open all summer,” Lee said on Tuesday.', 'Ann Lee, the mayor, and Tom Lee, her deputy, run the town.'], [['Lee', 'said']]],
    ['a relative of another surname', ['“The gates will stay open all summer,” Lee said on Tuesday.', 'Her husband, Tom Moss, was there.', 'Ann Lee has run the town since 2019.'], [['Ann Lee', 'said']]],
    ['the relative speaking by full name', ['Lee’s daughter, Ann Lee, works in the parks office.', '“The gates will stay open all summer,” said Ann Lee.'], [['Ann Lee', 'said']]],
    ['a relative named first, then by surname', ['“Tell us the truth,” the boy’s mother, Mara Velde, told reporters.', 'Velde said her son had started work in May.', '“He was only nineteen,” she said.'],
      [['Mara Velde', 'told'], ['Mara Velde', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a surname names the person introduced with a generation suffix (issue 12, 12-07)', () => {
  test.each([
    ['"Tom Beck III" then "Beck said"', ['Mayor Tom Beck III signed the order on Monday.', '“It protects the harbour,” Beck said.'], [['Tom Beck III', 'said']]],
    ['"Jr." with a middle initial', ['Judge Tom R. Beck Jr. ruled on Monday.', '“The levy stands,” Beck wrote.'], [['Tom R. Beck Jr.', 'wrote']]],
    // "He" after a sentence naming him by surname is no longer taken for the last speaker.
    ['a sentence naming him by surname before "he said"', ['Mayor Tom Beck III signed the order on Monday.', '“It protects the harbour,” Beck said.', 'Councillor Ann Moss said she had not seen it, and said “it goes against what I stand for.”', 'A video of Beck at a fair showed him scolding the crowd.', '“Stand up for the anthem,” he said.'],
      [['Tom Beck III', 'said'], ['Ann Moss', 'said'], [null, 'said']]],
    // Left as they were: a bare surname written before the suffixed name was someone else (the father).
    ['the surname written before "Jr." was introduced', ['Beck spoke at the rally on Monday.', 'His son Tom Beck Jr. spoke after him.', '“We will win,” Beck said.'], [['Beck', 'said']]],
    ['another person of that surname named in full', ['Ann Beck and Tom Beck Jr. spoke at the rally.', '“We will win,” Beck said.'], [['Ann Beck', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a quote inside an opening question clause is the asker\'s (issue 12, 12-07)', () => {
  test.each([
    ['"Asked whether …" then "he said"', ['“We will pay,” Tom Hale said.', 'Asked whether his answer was “incomplete,” he said again that he answered “truthfully.”'],
      [['Tom Hale', 'said'], [null, 'Asked'], ['Tom Hale', 'answered']]],
    ['"When asked why …", a term inside', ['“We will pay,” Tom Hale said.', 'When asked why he did not call the levy a “harbour tax” in his statement, Hale said details would come later.'],
      [['Tom Hale', 'said'], [null, 'asked']]],
    ['a long question quoted', ['“We will pay,” Tom Hale said.', 'Asked whether there was “a realistic hope the quay opens again by Monday,” Hale said no.'],
      [['Tom Hale', 'said'], [null, 'Asked']]],
    // Left as they were.
    ['the owner of the words asked about', ['“We will pay,” Tom Hale said.', 'Asked about Moss’s “total ban” remarks, Hale declined to comment.'], [['Tom Hale', 'said'], ['Moss', 'remarks']]],
    ['the answer after the clause', ['Asked whether the plan would work, Tom Hale said: “It will.”'], [['Tom Hale', 'said']]],
    ['a cue inside the clause', ['Asked if the board was right Tom Hale told the Ledger “I cannot comment on that.”'], [['Tom Hale', 'told']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a speech verb opening an inverted attribution is no part of the name (issue 12, 12-07)', () => {
  test.each([
    ['"Added Hale of …:"', ['“We will pay,” Tom Hale said on Monday.', 'Added Hale of the levy: “It is fair to everyone.”'], [['Tom Hale', 'said'], ['Tom Hale', ':']]],
    ['"Said Hale:"', ['“We will pay,” Tom Hale said on Monday.', 'Said Hale: “The quay stays open.”'], [['Tom Hale', 'said'], ['Tom Hale', ':']]],
    ['"Continued Hale:"', ['“We will pay,” Tom Hale said on Monday.', 'Continued Hale: “We will vote again.”'], [['Tom Hale', 'said'], ['Tom Hale', ':']]],
    ['a transcript\'s label with a participle: "TOM HALE, SAYING:"', ['TOM HALE, SAYING: “We will vote again and again.”'], [['TOM HALE', ':']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a preposition\'s object before a colon introduces no quote (issue 12, 12-07)', () => {
  test.each([
    ['"a message for X:"', ['“We will pay,” Tom Hale said.', 'The board had a message for Pat Moss: “Stay home until the storm passes.”'], [['Tom Hale', 'said'], [null, null]]],
    ['"the levy of X:"', ['“We will pay,” Tom Hale said.', 'The report set the levy of Norport beside the levy of Pat Moss: “It is twice as high as anywhere.”'], [['Tom Hale', 'said'], [null, null]]],
    ['"said of the X:"', ['Spokeswoman Ann Lee said of the Norlanders: “If they want to meet we will be ready, and if not, that is fine.”'], [['Ann Lee', 'said']]],
    // Left as they were.
    ['"More from X:"', ['More from Pat Moss: “It is close, and we will know by Monday.”'], [['Pat Moss', ':']]],
    ['a label before the colon', ['Republican pollster Pat Moss: “It is close, and we will know by Monday.”'], [['Pat Moss', ':']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: "he" passes a sentence that names no person (issue 12, 12-07)', () => {
  test.each([
    ['a thing\'s sentence between the subject and "he said"', ['Senators Ann Moss (Ohio) and Tom Hale (N.D.) attended the meeting.', 'The leader won over Sen. Pat Reid (R-Texas) by giving ports more room.',
      'Leaving the leader’s office, Hale said he is not sure the bill has enough money for ports. A long-term “harbour” fund meant to help ports has been raised to $132 million.', '“We need to see what amount we would have now,” he said.'],
      [['Tom Hale', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: "he" after a sentence closed by a described person (issue 12, 12-07)', () => {
  test.each([
    ['"…, the lawmaker said." then "he said"', ['“We must keep every record,” Rep. Tom Moss, a Norland Democrat, said.', '“People are tired of officials escaping accountability,” Committee Chairman Rep. Dan Lee, a Norland Republican, said in a statement.',
      'Mr. Moss said that is unacceptable.', 'Aside from enforcement, it is equally important to keep records for their historical value, the lawmaker said.', '“When a great amount of talk is not written down, it fails to tell the story,” he said.'],
      [['Tom Moss', 'said'], ['Dan Lee', 'said'], [null, 'said']]],
    // Left as it was: the description is the last speaker's own title.
    ['"…, the chairman said." then "he said"', ['“People are tired of officials escaping accountability,” Committee Chairman Dan Lee said in a statement.',
      'It is equally important to keep records for their historical value, the chairman said.', '“When a great amount of talk is not written down, it fails to tell the story,” he said.'],
      [['Dan Lee', 'said'], ['Dan Lee', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: the subject past an opener and a clause, and the cue before a quote of two paragraphs (issue 12, h-spk19)', () => {
  test.each([
    // An opener, then a subordinate clause, then the subject: "he" in the next sentence is that subject.
    ['an opener, a clause, an adverb before the verb', ['“We will not stop,” Omar Haddad said.', 'On Friday, after meeting the harbour board to press for a lower levy, Mayor Tom Beck calmly waved away a fisherman’s question. He told him, “The quay is safe.”'],
      [['Omar Haddad', 'said'], ['Tom Beck', 'told']]],
    ['a conjunction, an opener and a long clause', ['“We will not stop,” Omar Haddad said.', 'And on Friday, after writing to each of the members of the harbour board about the cost of the new quay, Mayor Tom Beck waved away a fisherman’s question. He told him, “The quay is safe.”'],
      [['Omar Haddad', 'said'], ['Tom Beck', 'told']]],
    // A quote opened after "X said" that runs into the next paragraph: "he said" after it is X, not the speaker before.
    ['X said "A. ¶ "B," he said', ['“We will not stop,” Omar Haddad said.', 'Standing on the quay in Norport, Beck said “the repairs will start in spring.', '“Once the money is there, the cranes come back,” he said.'],
      [['Omar Haddad', 'said'], ['Beck', 'said']]],
    // A description opening the sentence, then the name set beside it: the subject.
    ['the description, the name, "has" and the verb', ['“The plan is sound,” Omar Haddad wrote.', 'The youngest councillor in Norport, Tom Beck, has backed the plan in public.', '“I will vote for it,” he said.'],
      [['Omar Haddad', 'wrote'], ['Tom Beck', 'said']]],
    ['the description, the name, a relative clause and the verb', ['“The plan is sound,” Omar Haddad wrote.', 'The youngest councillor in Norport, Harbour Party member Tom Beck, who joined the council in May, has backed the plan.', 'He said on the radio he will vote for it, “without a second thought.”'],
      [['Omar Haddad', 'wrote'], ['Tom Beck', 'said']]],
    // … who names the last speaker: either may be "he" (withheld, as without "But" before it).
    ['But the description, the name, the verb … the last speaker', ['“The plan is sound,” Omar Haddad said.', 'But the senior member of the harbour committee, Sen. Tom Beck of Norland, told the room as the session opened that he would vote against Haddad.', '“The plan is a mistake,” he said.'],
      [['Omar Haddad', 'said'], [null, 'said']]],
    // An apposition with a relative clause longer than twelve words.
    ['the name, a long apposition with "who", the verb', ['Tom Beck is a lawyer.', '“The plan is sound,” Omar Haddad said.', 'Beck, a lawyer who says he may stand for the harbour board when the seat falls vacant next year, put out a long post on Sunday morning.', '“The plan is a mistake,” he wrote.'],
      [['Omar Haddad', 'said'], ['Tom Beck', 'wrote']]],
    // Left as they were.
    ['an opener, then the subject', ['“We will not stop,” Omar Haddad said.', 'On Friday, Mayor Tom Beck waved away a fisherman’s question. He told him, “The quay is safe.”'],
      [['Omar Haddad', 'said'], ['Tom Beck', 'told']]],
    ['"A. ¶ "B," he said with no cue before', ['“We will not stop,” Omar Haddad said.', '“The repairs will start in spring.', '“Once the money is there, the cranes come back,” he said.'],
      [['Omar Haddad', 'said'], ['Omar Haddad', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a description goes on with the one in view who carries that title (issue 12, h-spk19)', () => {
  test.each([
    ['"the president" after the president spoke, another president named since', ['President Tom Beck spoke in Norport on Monday.', '“We will rebuild the quay,” Beck said.', 'He said that Norland president Omar Haddad had called him.', '“We spoke for an hour,” the president said.'],
      [['Tom Beck', 'said'], ['Tom Beck', 'said']]],
    // Left as they were: a former mayor is no one "the mayor" is now; a title before another name is not theirs.
    ['a former mayor in view', ['Former Mayor Tom Beck was there.', 'Mayor Ann Moss opened the quay.', '“It took ten years,” Beck said.', '“We are proud of it,” the mayor said.'],
      [['Tom Beck', 'said'], ['Ann Moss', 'said']]],
    // Not Beck either since 12-07: Haddad and Moss are both presidents, so "the president" is withheld.
    ['a title before the name beside theirs', ['President Omar Haddad and chief Tom Beck met on Monday.', 'Norland president Ann Moss was there too.', '“It took ten years,” Beck said.', '“We are proud of it,” the president said.'],
      [['Tom Beck', 'said'], [null, 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a participle after a quote, asides before the verb, trailing cues, non-names (issue 12, h-spk22)', () => {
  test.each([
    // A participle right after the quote has the sentence's subject; the name after it opens what it reports.
    ['X said "A," adding Y was …', ['Rep. Ann Lee said “the board chose to stay away,” adding the Harbour Committee was never told.'], [['Ann Lee', 'adding']]],
    ['X said "A," adding Y … "B"', ['Rep. Ann Lee said “the board chose to stay away,” adding the Harbour Committee isn’t getting the chance to hear from Tom Moss “because the stunt and the circus go on.”'],
      [['Ann Lee', 'adding'], ['Ann Lee', 'adding']]],
    // The subject of the sentence before "he"/"she" past a reflexive, a phrase between commas, a day.
    ['"X herself, in …, admitted"', ['“The quay is closed,” Tom Moss said on his show.', 'Ann Lee herself, in a Tuesday interview on the radio, admitted that she had asked for the files. But she insisted she had done nothing wrong.', '“The claims are false,” she said.'],
      [['Tom Moss', 'said'], ['Ann Lee', 'said']]],
    ['"X herself admitted"', ['“The quay is closed,” Tom Moss said on his show.', 'Ann Lee herself admitted that she had asked for the files.', '“The claims are false,” she said.'],
      [['Tom Moss', 'said'], ['Ann Lee', 'said']]],
    ['"X, in …, admitted"', ['“The quay is closed,” Tom Moss said on his show.', 'Ann Lee, in a Tuesday interview on the radio, admitted that she had asked for the files.', '“The claims are false,” she said.'],
      [['Tom Moss', 'said'], ['Ann Lee', 'said']]],
    ['"X on Monday also wrote"', ['“The quay is closed,” Tom Moss said on his show.', 'Ann Lee on Monday also wrote a letter to the harbour board asking it to act.', '“The board must act now,” she wrote.'],
      [['Tom Moss', 'said'], ['Ann Lee', 'wrote']]],
    // A sentence closed by a cue after its last comma is that speaker's: "he" next is the one it credits.
    ['"…, board member X said." He told …', ['“It felt too fast,” Ann Moss said.', 'The pier where the ferry struck the harbour wall on Sunday was not fitted with any kind of automatic speed control, board member Tom Beck said.', 'He told reporters: “Such a system would have stopped it.”'],
      [['Ann Moss', 'said'], ['Tom Beck', 'told']]],
    ['"…, according to Mr. X." "…," he told', ['Harbour chief Tom Beck spoke on Monday.', '“It felt too fast,” Omar Haddad said.', 'The mayor did not order the board to close the quay, according to Mr. Beck.', '“It was a suggestion,” he told reporters.'],
      [['Omar Haddad', 'said'], ['Tom Beck', 'told']]],
    // An abbreviation of the hour and an interjection are no names.
    ['"this AM, responds:"', ['Tom Beck, asked why he wrote about the quay this AM, responds: “Because it is mine.”'], [['Tom Beck', 'responds']]],
    ['"Oops:" as a label', ['Tom Beck wrote a long post on the quay.', 'Oops:', '“The quay was never ours.”'], [[null, null]]],
    // A sentence opened by a subordinate clause: the participle's subject is the main clause's.
    ['"When X …, Y pushed back against "A," saying"', ['When Ann Moss suggested the quay was unsafe, Tom Beck pushed back against “the Ledger, and the Norport Herald,” saying they had never been there.'],
      [['Tom Beck', 'saying']]],
    // A source closing the sentence only reports it when its subject is the last speaker, who goes on.
    ['"X blamed …, according to Y. "…," he told Y"', ['“The quay was a mistake,” Tom Beck said.', 'Beck blamed the old board for the delay, according to biographer Omar Haddad.', '“They never wanted it built,” he told Haddad.'],
      [['Tom Beck', 'said'], ['Tom Beck', 'told']]],
    // "he" inside a lead-in whose subject and a person named after it both fit: withheld, not the last speaker.
    ['"X wrote that he met Y … when he asked him, "…"', ['“The quay will open,” Mayor Tom Beck said.', 'Reporter Omar Haddad wrote that he met Ann Moss’s deputy Sam Reyes on the pier and got a “cold stare” when he asked him, “Is it today?”'],
      [['Tom Beck', 'said'], [null, 'asked']]],
    // Left as they were.
    // After a quote inside the sentence, a participle whose subject is not read leaves the quote as before (not withheld).
    ['"A," X said on "Show," adding that it is "B"', ['“I worry about the delay,” Lee said on Norport Radio’s “Harbour Hour,” adding that it is “bad for the fishermen.”'], [['Lee', 'said'], ['Lee', 'adding']]],
    ['"…," adding that …', ['“The quay is closed,” Ann Lee said, adding that it would reopen in May.'], [['Ann Lee', 'said']]],
    ['a question closing the sentence', ['“It felt too fast,” Ann Moss said.', 'The pier was not fitted with any speed control, board member Tom Beck asked.', '“Why not?” she said.'],
      [['Ann Moss', 'said'], ['Ann Moss', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: outlets that report, verbs and places read as names, a second opening phrase, things that say (issue 12, h-spk23)', () => {
  test.each([
    // An outlet that reports someone's apology or statement cites it: whose words they are is not said here (withheld, not the outlet).
    ['The X Dispatch reported the apology: ¶ "…"', ['Tom Beck apologised on Friday. The Norland Dispatch reported the apology:', '“I used a word that was common when I was young.”'], [[null, 'reported']]],
    // A lone capitalized word before an article opens the sentence as a verb: no name.
    ['"Remember the …"', ['Remember the council spent a month arguing the pier was safe, but a pattern of “cracks and leaks that divers said were new” proves nothing.'], [[null, 'arguing']]],
    // Names before an infinitive cue are asked to speak; "he" next is the sentence's subject.
    ['"X called on Y and Z to testify … and "…""', ['Mayor Tom Beck asked Omar Lee and Sam Reyes to testify.', 'Lee also called on both Beck and Reyes to testify in an open hearing and “explain this to the town.”', '“I have serious concerns about the pier,” he said.'],
      [[null, 'testify'], ['Omar Lee', 'said']]],
    // Two opening phrases before the subject: "he" next is that subject, not the last speaker.
    ['"Standing …, under a banner that read "…," X called"', ['“We will close it,” Mayor Tom Beck said on Monday.', 'Standing in front of the town hall here in Norport, under a banner that read “Victory in Norland,” Mr. Lee called the claim outrageous.', '“This is what a desperate council looks like,” he said.'],
      [['Tom Beck', 'said'], ['Lee', 'said']]],
    // An organisation's statement is the organisation's, as its spokesman's words would be.
    ['"…," the X statement says', ['“The pier is safe,” Tom Beck said.', '“We never stopped investigating the story,” the Harbour Board statement says.'], [['Tom Beck', 'said'], ['Harbour Board', 'says']]],
    // A place before a title qualifies it: never a surname given a long form ("Northern California").
    ['"…," the Democratic California senator said', ['“The harbour is ours,” Ann Lee said in the video.', '“The future of the town depends on you,” the Democratic California senator said.', 'She started in Northern California, the place where she first ran for office.'],
      [['Ann Lee', 'said'], [null, 'said']]],
    // A thing's relative clause of speech right before the quote: the thing's words, not the later reporter's.
    ['a note that said "…," X said', ['Ann Lee, the sheriff, spoke.', 'Tom Beck also left a note on the pier that said “this is the beginning of the end,” Sheriff Omar Haddad said.'], [[null, 'said']]],
    // Left as they were.
    ['the outlet reported that … "…"', ['The Norport Times reported that the port was “closing for good this winter.”'], [['Norport Times', 'reported']]],
    ['a person who reports', ['“The pier is closed,” Ann Lee reported from the quay.'], [['Ann Lee', 'reported']]],
    ['"took to Twitter to say"', ['Tom Beck took to Twitter to say “the pier is closed.”'], [['Tom Beck', 'say']]],
    ['"went on X News to say"', ['Tom Beck went on Norport News to say “the pier is closed.”'], [['Tom Beck', 'say']]],
    ['"led X to declare "…""', ['The talks led Harbour Secretary Tom Beck to declare that the dispute was “on hold.”'], [['Tom Beck', 'declare']]],
    ['"went on to say"', ['Tom Beck went on to say “the pier is closed.”'], [['Tom Beck', 'say']]],
    ['"Standing …, X called"', ['“We will close it,” Mayor Tom Beck said on Monday.', 'Standing in front of the town hall, Mr. Lee called the claim outrageous.', '“This is what a desperate council looks like,” he said.'],
      [['Tom Beck', 'said'], ['Lee', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a question\'s or a scene\'s first word, an organisation as "he", an organisation\'s name cut short, a participle as a cue (issue 12, h-spk24)', () => {
  test.each([
    // A verb opening a question, or "Enter"/"Meet" opening a scene, is no part of the name after it.
    ['"Was X …?" then "said X"', ['The clerk sat by the stove all day. Was Nippers cold? Not at all.', '“I would prefer not to,” said Nippers.'], [['Nippers', 'said']]],
    ['"Did X …?" then "X said"', ['Nobody asked the ferryman. Did Okafor know? He did.', '“The tide was wrong,” Okafor said.'], [['Okafor', 'said']]],
    ['"Enter X, a graduate of the Y School of Z" then "he tells me"', ['Enter Tom R. Beck, a graduate of the Norland School of Business in 1955. “I’m all yours,” he tells me after a few weeks.'], [['Tom R. Beck', 'tells']]],
    ['"Meet X, who …" then "he says"', ['Meet Omar Haddad, who has run the ferry for thirty years. “The tide decides,” he says.'], [['Omar Haddad', 'says']]],
    // A name written after "the" is a thing or an organisation: "he" is not it.
    ['"X, a graduate of the Y School." "…," he', ['The board met with Tom Beck, a graduate of the Norland School.', '“I’m all yours,” he tells me.'], [['Tom Beck', 'tells']]],
    ['"X, who works at the Y Bank." "…," he', ['The board met with Tom Beck, who works at the Norland Bank.', '“I’m all yours,” he tells me.'], [['Tom Beck', 'tells']]],
    // An organisation's name runs on over its "of" when the cue credits it.
    ['according to the X Department of Y', ['The causes are “many and varied and not yet known,” according to the Norland Department of Conservation.'], [['Norland Department of Conservation', 'according to']]],
    ['According to the X Department of Y, "…"', ['According to the Norland Department of Conservation, the causes are “many and varied and not yet known.”'], [['Norland Department of Conservation', 'according to']]],
    ['"…," said the X Department of Y', ['“The causes are many and varied,” said the Norland Department of Conservation.'], [['Norland Department of Conservation', 'said']]],
    ['"…," the X Department of Y said', ['“The causes are many and varied,” the Norland Department of Conservation said.'], [['Norland Department of Conservation', 'said']]],
    // …and "he" after it is not the organisation, whatever its tail's last word.
    ['"…," the X Association of Y said. "…," he said', ['“The pier is safe,” the Norland Association of Harbour Masters said.', '“The tide decides,” he said.'],
      [['Norland Association of Harbour Masters', 'said'], [null, 'said']]],
    // A participle with no auxiliary, opening a phrase of its own, describes the thing before it: no speaker.
    ['"X apps written using "…""', ['The Norland phone supports HTML5 apps written using “open Web” technologies.'], [[null, 'written']]],
    ['"X apps written in "…""', ['The Norland phone runs Java apps written in “plain old” code.'], [[null, 'written']]],
    ['"X collects letters written in "…""', ['Ann Lee collects letters written in “plain old” ink.'], [[null, 'written']]],
    // Left as they were.
    ['"has written that"', ['Ann Lee has written that the pier is “a disgrace to the whole town.”'], [['Ann Lee', 'written']]],
    ['"in a written statement, calling"', ['Tom Beck praised all three men in a lengthy written statement, calling Lee “a world-class legal mind.”'], [['Tom Beck', 'written']]],
    ['"the X Court of Appeals in Y granted" names no speaker', ['The order was handed down by Judge Ann Lee, after the Norland Court of Appeals in Westbury granted a stay.', 'The judge had called the claim “repugnant to the town’s charter,” and said she could not “square it with the law.”'], [['Ann Lee', 'said']]],
    ['"in a letter written by X"', ['In a letter written by Ann Lee, the pier is “a disgrace to the whole town.”'], [['Ann Lee', 'written']]],
    ['a given name that is a verb', ['“The pier is closed,” Will Moss said.'], [['Will Moss', 'said']]],
    ['"X of Y" for a person', ['“The causes are many and varied,” said Ann Lee of Norland.'], [['Ann Lee', 'said']]],
    ['a lone head word names nobody', ['“The causes are many and varied,” the Department of Conservation said.'], [[null, 'said']]],
    ['a report named after "according to a"', ['The causes are “many and varied and not yet known,” according to a Norland Department of Conservation report.'], [[null, 'according to']]],
    ['a title and a name after the tail', ['Norland Department of Harbour Safety Secretary Ann Lee spoke on Monday.', '“The causes are many and varied,” she said.'], [['Ann Lee', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a random sample of credits, tune half (issue 12, h-spk24b)', () => {
  test.each([
    // A short quote alone as a paragraph, with no stop inside its marks, is a section heading: no one's words.
    ['a quoted heading after a quote', ['“It is a fair deal,” Tom Beck told the Norland Times.', '“He Loves the Pier”', 'There has been plenty of pushback from the council.'],
      [['Tom Beck', 'told'], [null, null]]],
    ['a quoted heading after a speaker\'s paragraph', ['“We are heartbroken by the storm,” the harbour master Tom Beck said early Wednesday.', '“Questions about the Ferry”', 'The ferry may be how some escaped unhurt.'],
      [['Tom Beck', 'said'], [null, null]]],
    // Left as they were: a paragraph that goes on with words said, punctuated or long.
    ['a one-sentence paragraph goes on', ['“It is a fair deal,” Tom Beck told the Norland Times.', '“We will win this fight on the pier.”', 'There has been plenty of pushback.'],
      [['Tom Beck', 'told'], ['Tom Beck', null]]],
    // A verb phrase joined by "and" inside an insertion shares the insertion's subject: its object is not who speaks.
    ['"X, a Y who V and has known Z, said"', ['Ann Lee, a law professor who teaches in Norland and has known Beck for 30 years, said, “I believe Tom is the best mayor this town has had.”'],
      [['Ann Lee', 'said']]],
    ['left as it was: "X, who V and was joined by Z, said"', ['Ann Lee, who walked the pier on Monday and was joined by Tom Beck, said: “The boards are rotten through and must be replaced.”'],
      [['Ann Lee', 'said']]],
    ['left as it was: "X, who V and knows Z, said"', ['Ann Lee, a law professor who teaches in Norland and knows Beck, said, “I believe Tom is the best mayor this town has had.”'],
      [['Ann Lee', 'said']]],
    // "When X …, he …": the main clause's pronoun is the subordinate clause's subject, not the last speaker.
    ['"When X held …, he …" then "he said"', ['“The cuts are not fair,” Tom Beck said.', 'When Omar Haddad held a press conference on Friday, he did not sound as worried about the cuts as before.', '“Not everyone will feel the pain right away,” he said.'],
      [['Tom Beck', 'said'], ['Omar Haddad', 'said']]],
    ['"When X went public …, she said …" then "She said …"', ['“The pier is closed,” Tom Beck said.', 'When Ann Lee went public in March, she said she wanted to speak to the Ledger.', 'She said the reporter was rude and “I just really got shut down” at the time.'],
      [['Tom Beck', 'said'], ['Ann Lee', 'said']]],
    ['left as it was: "When X asked Y …, she …" is not the asker', ['“The pier is closed,” Ann Lee said.', 'When host Omar Haddad asked Moss about the pier, she hedged.', '“I have no reason to doubt it,” she said.'],
      [['Ann Lee', 'said'], ['Ann Lee', 'said']]],
    // A quote opening inside the subject's relative clause does not end the clause: the subject is still read.
    ['"X, who praised Y as “…,” noted that …" then "He …, saying"', ['“It is wrong,” Sen. Ted Moss said.', 'Mr. Beck, who praised Mr. Lee as a “great citizen of the town,” noted the crowd was tolerant of every view but one.', 'He noted the double standards, saying “it is a messed up situation when one man laughs and another is suspended.”'],
      [['Ted Moss', 'said'], [null, 'noted'], ['Beck', 'saying']]],
    ['"X, who called it a “…,” later said …" then "he said"', ['“It is wrong,” Sen. Ted Moss said.', 'Rep. Tom Beck, who had called the delay a “betrayal,” later said the council would pay.', '“We disagreed with that but we will move on together,” he said.'],
      [['Ted Moss', 'said'], [null, 'said'], ['Tom Beck', 'said']]],
    // After a quote, a phrase opened by a preposition runs the quote's sentence on: the name after the verb speaks.
    ['"…" to Y, said X', ['The move can be read as an “enormous insult to the whole council” to the mayor, said Ann Lee, a harbour analyst.'],
      [['Ann Lee', 'said']]],
    ['"…" for Y, says X', ['The ruling could be the start of “a pivotal period for every ferry” for the town, says Tom Beck, a professor at Norland.'],
      [['Tom Beck', 'says']]],
    ['then "she said"', ['“It is a smart play for the town,” said Tom Nixie, head of the Norland programme.', 'The move can be read as an “enormous insult to the whole council” to the mayor, said Ann Lee, a harbour analyst.', '“It is an amazing move and a classic one,” she said.'],
      [['Tom Nixie', 'said'], ['Ann Lee', 'said'], ['Ann Lee', 'said']]],
    ['left as it was: a participle after such a phrase has the sentence\'s subject', ['Mayor Ann Lee accused the board of playing “very dangerous games with the pier” with the town, saying the ferry would stop.'],
      [['Ann Lee', 'saying']]],
    ['a long unpunctuated paragraph goes on', ['“It is a fair deal,” Tom Beck told the Norland Times.', '“We will win this fight and every fight after it on the pier and beyond”', 'There has been plenty of pushback.'],
      [['Tom Beck', 'told'], ['Tom Beck', null]]],
    // Non-names: a place run into an adjective, a cause or an organisation's head cut from its name speak for no one.
    ['"Says X, a Y-based activist:" is not "Y-based"', ['“The ferry must run again,” Ana Lee said.', 'Says Tom Beck, a Norland-based activist and one of the rally organizers: “We want the pier back now.”'],
      [['Ana Lee', 'said'], [null, ':']]],
    ['"X of the Conference on … and Human Rights said", then "she says"', ['“The pier is closed,” says Ana Lee, director of harbour affairs at the Ferry Union.', '“The fare is the first step,” Tom Beck of the Conference on Ferries and Human Rights said this week.', 'The first year would allow about 200 boats, says Lee of the Ferry Union.', '“The deal with the harbour is solid,” she says.'],
      [['Ana Lee', 'says'], [null, 'said'], ['Ana Lee', 'says']]],
    ['a link card of three headlines after the name', ['“The turnover we see at the harbour is not reassuring,” said Rep. Tom Moss Thomas (Tom) Ivo MossHarbour vote set for Friday — Presented by the Norland Ferry Alliance — Judge blocks the board from closing the pier | Officials tie the ferry delays to the storm | Mayor to give a pier speech in Norland The Norland Morning Report — Harbour hearing gives the mayor a boost as the board weighs its next steps The Norland Noon Report: Ferry hearing dominates the town | Board members weigh fare rises and a new timetable for the winter months MORE (R-Nor.), who retires next year.'],
      [['Tom Moss', 'said']]],
    ['a quantifier opening the sentence is no speaker', ['Each paper wrongly reported that “every harbour office” had agreed.'],
      [[null, 'reported']]],
    ['a link card after a surname with a capital inside it', ['“The turnover at the harbour is not reassuring,” said Senate leader Tom McAllen Thomas (Tom) Joseph McAllenHarbour vote set for Friday Judge blocks the board from closing the pier MORE (R-Nor.), who retires next year.'],
      [['Tom McAllen', 'said']]],
    ['"Y’s Foreign Ministry … stating" is the ministry, not "Ministry"', ['Norland’s Foreign Ministry went on the record as stating that the town was “aware” of the reports.'],
      [['Norland’s Foreign Ministry', 'stating']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: "he" is withheld when a sentence it passes names another person it may stand for (issue 12, 12-07)', () => {
  test.each([
    ['"… hired X …" between: withheld', ['“The pier is closed,” Omar Haddad said.', 'The ferry firm also reported a loss, and it hired Tom Beck as its new pilot.', '“The winter was hard on every boat,” he said.'],
      [['Omar Haddad', 'said'], [null, 'said']]],
    ['"…, says X, …" then "That, he said, …" then "he says": withheld', ['“We cannot protect them,” says Omar Haddad, an editor.', 'One more thing, says harbour reporter Tom Beck, who faces a fine: the best idea is to dig further. That, he said, would be a warning shot.', '“If there is no pushback,” he says, “nothing will change.”'],
      [['Omar Haddad', 'says'], [null, 'says']]],
    ['left as it was: no one else named', ['“The pier is closed,” Omar Haddad said.', 'The ferry firm also reported a loss on the winter routes.', '“The winter was hard on every boat,” he said.'],
      [['Omar Haddad', 'said'], ['Omar Haddad', 'said']]],
    ['left as it was: the sentence names the speaker again', ['“The pier is closed,” Omar Haddad said.', 'The ferry firm, which Tom Beck runs, thanked Haddad for the warning.', '“The winter was hard on every boat,” he said.'],
      [['Omar Haddad', 'said'], ['Omar Haddad', 'said']]],
    // A sentence led by "he" speaks of the people it names: the chain goes on with the speaker.
    ['left as it was: "He recalled X …" between', ['“The boy was strange,” Omar Haddad said.', 'He recalled Tom Beck throwing rocks at the ferry. He said the police were called “almost every other week.”'],
      [['Omar Haddad', 'said'], ['Omar Haddad', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a description credits only the one person every word of it describes (issue 12, 12-07)', () => {
  test.each([
    ['"The Westland Republican said" after "a Norland Republican": withheld', ['Sen. Ann Lee, a Norland Republican, spoke first.', 'Sen. Tom Beck criticized the plan. The Westland Republican said that he had “fundamental differences” with it.'],
      [[null, 'said']]],
    ['"the president" after two presidents: withheld, and "he" after it too', ['President Haddad said Tuesday he would meet Westland President Tom Beck next week.', 'The meeting will focus on trade. Mr. Haddad said the teams would meet first.', '“Westland wants a deal,” the president told reporters as he left for the rally.', '“We will see,” he said.'],
      [[null, 'told'], [null, 'said']]],
    ['"the president" is no vice president', ['The council met. Vice President Tom Beck spoke first.', '“Westland wants a deal,” the president told reporters as he left for the rally.'],
      [[null, 'told']]],
    ['"the South Norland president" is the one so described, not the latest president', ['The council met. South Norland President Tom Beck spoke first, then Westland President Ann Moss.', '“We will work for peace and for trade,” the South Norland president told reporters.'],
      [['Tom Beck', 'told']]],
    ['left as it was: one president', ['The council met. Westland President Tom Beck spoke first.', '“Westland wants a deal,” the president told reporters as he left for the rally.'],
      [['Tom Beck', 'told']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a verb after ", and" has the sentence\'s subject, not the name ending the clause before it (issue 12, 12-07)', () => {
  test.each([
    ['"X argued that … cost her the Harbour Board, and said"', ['Former mayor Ann Lee argued on Wednesday that the storm in large part cost her the Harbour Board, and said she was “leaning” toward a new vote.'],
      [['Ann Lee', 'said']]],
    ['left as it was: no name before the comma', ['The ferry firm reported a loss on the routes, and said it would “look again at the timetable.”'],
      [[null, 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a name hyphened into an adjective, and "he" in a clause whose object is the name before it (issue 12, 12-07 late night)', () => {
  test.each([
    ['"praised Soviet-style camps; and predicted": the adjective is no one', ['Ann Lee spoke at length. In the video, she also praised Westland-style camps; and predicted the police would be “beaten” in riots.'],
      [[null, 'predicted']]],
    ['"Democrats and Harbour-leaning independents now say": the adjective is no one', ['A majority of Democrats and Harbour-leaning independents (61%) now say that, thinking about the storm, “the worst is behind us.”'],
      [[null, 'say']]],
    ['left as it was: a given name written with a hyphen', ['“We will meet again in the spring,” said Moon Jae-in, the president.'],
      [['Moon Jae-in', 'said']]],
    ['left as it was: a double-barrelled surname', ['“We will meet again in the spring,” said Ann Ocasio-Beck, the mayor.'],
      [['Ann Ocasio-Beck', 'said']]],
    ['"went after Moss, who he described as": not Moss', ['Then came Ann Lee’s decision to go after Tom Moss, who he described as the favourite of the “harbour elites.”'],
      [[null, 'described']]],
    ['"attacking Moss, who he said had been": the sentence before names him', ['Sen. Tom Beck gave little away in his interview.', 'He was more forthright in attacking Ann Moss, who he said had been “responsible for the worst decisions of the board.”'],
      [['Tom Beck', 'said']]],
    ['left as it was: "the pier, which he described as"', ['Tom Beck toured the pier, which he described as “a disgrace to the town.”'],
      [['Tom Beck', 'described']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: "she" after a sentence that opens with someone unnamed (issue 12, 12-07 late night)', () => {
  test.each([
    ['"One resident was angry." before "she said": withheld', ['Mayor Ann Lee spoke on Monday about the fire. One resident was angry. “Nobody warned us about any of this,” she said.'],
      [[null, 'said']]],
    ['"A witness described the scene." after another speaker: withheld', ['“We will rebuild,” Mayor Ann Lee said.', 'A witness described the scene at length. “It was terrifying, the flames were everywhere,” she said.'],
      [['Ann Lee', 'said'], [null, 'said']]],
    ['"One of the firefighters was angry.": withheld', ['“We will rebuild,” Mayor Tom Beck said.', 'One of the firefighters was angry. “Nobody listens to the crews,” he said.'],
      [['Tom Beck', 'said'], [null, 'said']]],
    ['left as it was: "An aunt, Maria Ruiz, told …" names her', ['An aunt, Maria Ruiz, told the Ledger that he had changed a month ago.', '“It was like he lost his mind,” she said.'],
      [['Maria Ruiz', 'said']]],
    ['left as it was: "A group of lawmakers is close to a deal, Lee said."', ['“We will rebuild,” Mayor Ann Lee said.', 'A group of lawmakers is close to a deal on the pier, Lee said. “I am very hopeful,” she told the Ledger.'],
      [['Ann Lee', 'said'], ['Ann Lee', 'told']]],
    ['left as it was: "A house fire" is no one', ['Mayor Ann Lee spoke on Monday. A house fire had destroyed the pier office. “We will rebuild it,” she said.'],
      [['Ann Lee', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: an organisation speaks as the cue\'s subject, not through a noun it qualifies or a person\'s title (issue 12, 12-07 late night)', () => {
  test.each([
    ['"the Harbour Board said"', ['“The ferry will run every hour,” the Harbour Board said.'],
      [['Harbour Board', 'said']]],
    ['"said the Norland Ledger"', ['The mayor had “lost the town,” said the Norland Ledger.'],
      [['Norland Ledger', 'said']]],
    ['"a Harbour Board statement said": what it publishes speaks for it', ['“The ferry will run every hour,” a Harbour Board statement said.'],
      [['Harbour Board', 'said']]],
    ['"Norland Ledger: “…”": a page citing the paper', ['Norland Ledger: “The mayor has lost the town.”'],
      [['Norland Ledger', ':']]],
    ['"Harbour Board officials said": withheld', ['Harbour Board officials said the ferry would run “every hour.”'],
      [[null, 'said']]],
    ['"Facebook users mentioned": withheld', ['Facebook users mentioned “the pier” 3,000 times in a day.'],
      [[null, 'mentioned']]],
    ['"Tom Beck, president of the Ferry Union, who said": not the union', ['One of them was Tom Beck, now president of the Ferry Union, who said recently, “We won’t allow the pier to close.”'],
      [[null, 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a cue whose comma opens the next quote after one that ends its sentence, and one whose comma goes on to a colon (issue 12, 12-07 late night)', () => {
  test.each([
    ['"When Beck tweeted, “A!” she retorted, “B.”": A is Beck\'s', ['Sen. Ann Lee wasted no time. When Tom Beck tweeted Tuesday, “Too bad. We will miss you, Ann!” she retorted, “Do not worry, Mr. Beck. I will see you at your trial.”'],
      [['Tom Beck', 'tweeted'], [null, 'retorted']]],
    ['left as it was: no cue before A, so the one after it credits both', ['“Stop it now!” Tom Beck shouted, “or we will all be sorry.”'],
      [['Tom Beck', 'shouted'], ['Tom Beck', 'shouted']]],
    ['"“A,” Lee told reporters, standing outside: “B.”": the cue\'s comma leaves it to A too', ['“We are ready for this vote now,” Ann Lee told reporters on Monday, standing outside the hall: “Nobody will stop us.”'],
      [['Ann Lee', 'told'], ['Ann Lee', 'told']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a speech verb or a participle opening a sentence is no given name (issue 12, 12-07 late night)', () => {
  test.each([
    ['"Says Moss: “…”" is Moss', ['“The pier is closed,” Ann Lee said.', 'Says Tom Moss, the harbour master: “We will reopen it in May.”'],
      [['Ann Lee', 'said'], ['Tom Moss', ':']]],
    ['"Citing Norland officials, …" is no one', ['Citing Norland officials, the paper said the pier was “closed for good.”'],
      [[null, 'said']]],
    ['left as it was: a given name written with a hyphen', ['Mei-ling Moss said the pier was “closed for good.”'],
      [['Mei-ling Moss', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a cue in a clause that sets another subject against the quote\'s (issue 12, 12-07 late night)', () => {
  test.each([
    ['"Lee described it as “…,” but Beck said": Lee', ['Ann Lee described the plan as “a total disaster for the town,” but Tom Beck said it was fine.'],
      [['Ann Lee', 'described']]],
    ['"Lee urged “…,” while Beck said he supported": Lee', ['Ann Lee said the board should embrace “a full reopening of the pier,” while Tom Beck said he supported a smaller plan.'],
      [['Ann Lee', 'said']]],
    ['left as it was: "“…,” Beck said, while Lee was away"', ['“The pier will reopen in May,” Tom Beck said, while Ann Lee was away.'],
      [['Tom Beck', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a speech verb in the passive, its subject spoken to or of (issue 12, 12-07 close of day)', () => {
  test.each([
    ['"Lee was declared the “…”": withheld', ['Ann Lee was declared the “presumptive nominee” last week.'],
      [[null, 'declared']]],
    ['"Beck was asked about “…”": withheld', ['Tom Beck was asked on Tuesday about “red tape” at the pier.'],
      [[null, 'asked']]],
    ['"“…,” she was told": withheld', ['Ann Lee met the board.', '“The pier is closed for good,” she was told.'],
      [[null, 'told']]],
    ['"Moss said the crews have been urged to “…”": the earlier verb\'s subject', ['Tom Moss said on Monday the crews have been urged to “take every care on the pier.”'],
      [['Tom Moss', 'said']]],
    ['"Lee said she was “…” to be asked": the passive after the quote is not its attribution', ['Ann Lee said she was “honoured” to be asked to lead the board.'],
      [['Ann Lee', 'said']]],
    ['left as it was: "was saying" is no passive', ['Tom Beck was saying “the pier is safe” all week.'],
      [['Tom Beck', 'saying']]],
    ['left as it was: "was asked by Moss" is Moss\'s question', ['Ann Lee was asked by Tom Moss on Monday whether “the pier will reopen.”'],
      [['Tom Moss', 'asked']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a name after "and" inside a relative clause set off by commas, and more people unnamed (issue 12, 12-07 close of day)', () => {
  test.each([
    ['"Acosta, who has sparred with the mayor and Press Secretary Ann Spicer, tweeted": Acosta', ['Tom Acosta, who has regularly sparred with the mayor and Harbour Board Press Secretary Ann Spicer, tweeted: “The mayor finally held a news conference.”'],
      [['Tom Acosta', 'tweeted']]],
    ['"Gott, who headed the Food and Drug Board, said": Gott', ['Tom Gott, who headed the Food and Drug Board, said, “It is deeply concerning.”'],
      [['Tom Gott', 'said']]],
    ['"The mayor, who met Ann Lee and Tom Moss on Monday, said": the mayor, unnamed', ['The mayor, who met Ann Lee and Tom Moss on Monday, said the plan was “a disaster for the town.”'],
      [[null, 'said']]],
    ['left as it was: a clause running on to the cue is not set off ("a Lee aide and supporter predicting")', ['The Ledger ran a story which quotes a Harbour Board aide and supporter cheerfully predicting that ferries will “disappear” within years.'],
      [[null, 'predicting']]],
    ['"One photographer later claimed …. “…,” he wrote": withheld', ['“We will win,” Tom Beck said.', 'One photographer later claimed that the mayor was joking. “The stern look was captured by chance,” he wrote.'],
      [['Tom Beck', 'said'], [null, 'wrote']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: people named in the plural before a full name are no part of it (issue 12, 12-07 close of day)', () => {
  test.each([
    ['"introduced by Republicans Ann Lee of Norland": Ann Lee', ['The bill introduced by Republicans Ann Lee of Norland and Tom Moss of Westland would close the gap.', '“I am hopeful this is one area where we can find support,” Ms. Lee said.'],
      [['Ann Lee', 'said']]],
    ['left as it was: "Americans United for the Harbour" is an organisation', ['“Advantage: the harbour,” said Americans United for the Harbour, a group run by a former aide.'],
      [['Americans United', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: "wondered" introduces a quote (issue 12, 12-07 close of day)', () => {
  test.each([
    ['"“…?” Moss wondered in response. “…”": both Moss\'s', ['“We had so many warm moments,” Ann Lee said.', '“Can you imagine that today?” Tom Moss wondered in response. “Today you would be the enemy.”'],
      [['Ann Lee', 'said'], ['Tom Moss', 'wondered'], ['Tom Moss', null]]],
    ['"wonders Ledger columnist Ann Lee"', ['“Can the mayor be the new Tom Beck?” wonders Ledger columnist Ann Lee.'],
      [['Ann Lee', 'wonders']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a participle after a preposition past the quote is no attribution (issue 12, 12-07 close of day)', () => {
  test.each([
    ['"Moss would “…”, that Moss was not capable of telling the truth": no cue, no one', ['Tom Moss would “lie his way out”, that Moss was not capable of telling the truth.'],
      [[null, null]]],
    ['left as it was: "criticized Moss for saying “…”" is Moss\'s', ['Ann Lee criticized Tom Moss for saying “the pier is finished.”'],
      [['Tom Moss', 'saying']]],
    ['left as it was: "“…,” Lee said, before telling reporters"', ['“We will rebuild the pier,” Ann Lee said, before telling reporters to leave.'],
      [['Ann Lee', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: "he" after a withheld "he" stands for the same unknown person (issue 12, 12-07 late evening)', () => {
  const opening = ['“The pier will open in May,” Tom Brandt told reporters.', 'One of them is Rob Page, chair of the harbour board. He voted last year for the plan.'];
  test.each([
    ['"“…,” he said" withheld, then "“…,” he added": withheld too, not the last speaker before', [...opening, '“We listened to what Brandt has been saying,” he said.', '“Most of them support us,” he added.'],
      [['Tom Brandt', 'told'], [null, 'said'], [null, 'added']]],
    ['the last speaker named again between ("Brandt said that …"): back in view', [...opening, '“We listened to what Brandt has been saying,” he said.', 'Brandt said that the board had changed its mind.', '“Most of them support us,” he added.'],
      [['Tom Brandt', 'told'], [null, 'said'], ['Tom Brandt', 'added']]],
    ['left as it was: a withheld "she" leaves "he" to the last speaker', [...opening, '“We listened to what Brandt has been saying,” she said.', '“Most of them support us,” he added.'],
      [['Tom Brandt', 'told'], [null, 'said'], ['Tom Brandt', 'added']]],
    ['left as it was: a person named between takes "he"', [...opening, '“We listened to what Brandt has been saying,” he said.', 'Tom Moss disagreed with the board.', '“Most of them support us,” he added.'],
      [['Tom Brandt', 'told'], [null, 'said'], ['Tom Moss', 'added']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: an "and" inside the name of what a preposition governs joins one name (issue 12, 12-07 late evening)', () => {
  test.each([
    ['"chairman of the House Ways and Means Committee, rejected …, saying": the chairman, not "Means Committee"', ['Rep. Tom Brady, chairman of the House Ways and Means Committee, rejected the suggestion, saying that it “does not achieve what the mayor set out to do.”'],
      [['Tom Brady', 'saying']]],
    ['"a leader of Occupy Central with Love and Peace, as the group is known, said": the leader, not "Peace"', ['Chan Kin-man, a leader of Occupy Central with Love and Peace, as the group is formally known, said in an interview: “Only when the government responds will we retreat.”'],
      [['Chan Kin-man', 'said']]],
    ['left as it was: two people joined by "and" before the cue', ['“We will not retreat,” Ann Lee and Tom Moss said.'],
      [['Tom Moss', 'said']]],
    ['left as it was: "at the Center for Strategic and Budgetary Assessments, says" and "he said" after it', ['Todd Harrison, senior fellow for defense budget studies at the Center for Strategic and Budgetary Assessments, says that shift will mean more spending.', '“That seems to be where strategy has been heading,” he said.'],
      [['Todd Harrison', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a participle opening a sentence before a preposition is no name (issue 12, 12-07 late evening)', () => {
  test.each([
    ['"Dovetailing with the argument is one claiming …": no one', ['Dovetailing with the ideological argument is an electoral one claiming that the hunt for allegedly “moderate” swing voters is doomed.'],
      [[null, 'claiming']]],
    ['left as it was: a name before its verb ("Manning said …")', ['Manning said the hunt for allegedly “moderate” swing voters is doomed.'],
      [['Manning', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: "he" past a sentence naming no one goes to the person reported speaking before it (issue 12, 12-07 late evening)', () => {
  const opening = ['Tom Cole, a security consultant, has studied the agency for years.', '“The systems are not secure,” Greg Wilshusen said.'];
  test.each([
    ['"Cole, the expert, says that …. If breached, … . “…,” he said": Cole', [...opening, 'Cole, the cyber security expert, says that the agency uses automated systems. If breached, billions of dollars in returns could be taken.', '“One attack could cripple the system,” he said.'],
      [['Greg Wilshusen', 'said'], ['Tom Cole', 'said']]],
    ['left as it was: that person not reported speaking ("Cole studies …")', [...opening, 'Cole, the cyber security expert, studies the agency’s automated systems. If breached, billions of dollars in returns could be taken.', '“One attack could cripple the system,” he said.'],
      [['Greg Wilshusen', 'said'], ['Greg Wilshusen', 'said']]],
    ['left as it was: the sentence of the last speaker\'s own quote ("Title IX “…,” said Kaelyn Vitale")', ['Title IX “has not had its desired effect,” said Kaelyn Vitale, a student. But in her view, the problem is a lack of awareness.', '“Most students do not even know,” she said.'],
      [['Kaelyn Vitale', 'said'], ['Kaelyn Vitale', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: a day or a setting after the cue closing the sentence before "he" (issue 12, 12-07 late evening)', () => {
  const opening = ['Police Chief Tom Miller said the boy took a handgun to school.', 'Ann Amaya said she “saw him getting bullied a couple of times.”'];
  test.each([
    ['"Landsberry … was shot, Miller said Tuesday. “…,” he said": either man, withheld (not the one the sentence is about)', [...opening, 'The teacher who died, Mike Landsberry, appeared to be trying to stop the incident when he was shot, Miller said Tuesday.', '“It almost appears like he tried to talk him down,” he said.'],
      [['Ann Amaya', 'said'], [null, 'said']]],
    ['left as it was: the sentence about no one ("The council voted …, Miller said Tuesday")', [...opening, 'The council voted to close the school for a week, Miller said Tuesday.', '“We will reopen it soon,” he said.'],
      [['Ann Amaya', 'said'], ['Tom Miller', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: "he" past a quote no one was credited with (issue 12, 12-07 late evening)', () => {
  test.each([
    ['"He added he hopes …. “…” ¶ “…,” he said": not the last speaker before (withheld)', ['“We are united in common purpose,” President Ben Okafor said.', 'After the event Tom Pryor, in a brief interview with CNN, said he did not see the remarks as a partisan dig. He added he hopes they will pray together. “By praying together, hopefully we can take the day-to-day stuff to a higher plain.”', '“It is tough to pray with someone and then go on the Senate floor,” he said with a wide grin.'],
      [['Ben Okafor', 'said'], [null, null], [null, 'said']]],
    ['left as it was: a quote the last speaker goes on with ("“…,” Lee said. “…” ¶ “…,” she said")', ['“The pier will open in May,” Ann Lee said. “It will be busy.”', '“We have waited long enough,” she said.'],
      [['Ann Lee', 'said'], ['Ann Lee', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});
