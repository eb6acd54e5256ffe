import { describe, expect, test } from 'vitest';
import { findQuotes } from '@/utils/find-quotes';
import { joinParagraphs } from '@/utils/article-text';

const speakers = (...paragraphs: string[]) => findQuotes(joinParagraphs(paragraphs)).map((q) => [q.speaker, q.cue]);

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
    ['transcript label', ['"VELDE: The park will stay open all summer."'], [['VELDE', ':']]],
    ['introduced by the paragraph before', ['Mara Velde continued:', '“The park will stay open all summer.”'], [['Mara Velde', 'continued']]],
    ['name and colon', ['Park historian Lena Ortiz: “The gates have opened every summer since 1902.”'], [['Lena Ortiz', ':']]],
    ['barked', ['“Sit down and listen to the people of this town,” Velde barked.'], [['Velde', 'barked']]],
    ['retaliated', ['“This town will always be this town,” an angry Velde retaliated.'], [['Velde', 'retaliated']]],
    ['shot back', ['“That is simply not true, and you know it,” Velde shot back.'], [['Velde', 'shot']]],
    ['participle after a clause', ['Mara Velde criticized the budget on Tuesday, saying, “The parks deserve better than this.”'], [['Mara Velde', 'saying']]],
    ['apposition with a relative clause', ['“The parks deserve better,” Mara Velde, who chairs the parks committee, said.'], [['Mara Velde', 'said']]],
    ['long apposition', ['“The parks deserve better,” Mara Velde, a councillor since 2009 and a former park ranger in the northern district, said on Tuesday.'], [['Mara Velde', 'said']]],
    ['inserted clause', ['“The parks deserve better,” Velde, after a long pause, said.'], [['Velde', 'said']]],
    ['head of a post-cue phrase', ['“The parks deserve better,” said Parks Alliance spokesman Omar Haddad.'], [['Omar Haddad', 'said']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(speakers(...paragraphs)).toEqual(expected);
  });
});

describe('attribution: names, titles and references', () => {
  test('a title and a place after it are dropped', () => {
    expect(speakers('“We are close to a deal,” US Ambassador to Chile Nora Blake said.')).toEqual([['Nora Blake', 'said']]);
  });

  test('an apposition keeps the name', () => {
    expect(speakers('Nora Blake, the ambassador, said: “We are close to a deal on copper.”')).toEqual([['Nora Blake', 'said']]);
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

  test('a pronoun with nobody named before stays null', () => {
    expect(speakers('“Cargo is up this year and will grow,” he said.')).toEqual([[null, 'said']]);
  });
});
