import { describe, expect, test } from 'vitest';
import { isNeverNameWord, isNeverPerson, isNonPersonName } from '@/utils/quotes/person-names';

describe('person-names', () => {
  test.each([
    // name, never a speaker, never a person a surname or pronoun refers to
    ['New York', true, true],
    ['Ohio', true, true],
    ['Notably', true, true],
    ['Wait', true, true],
    // A quantifier opening a sentence ("Each outlet reported that …", "Several Democrats said") is no name (12-07).
    ['Each', true, true],
    ['Several', true, true],
    ['Republicans', true, true],
    ['Twitter', false, true],
    ['White House', false, false],
    ['Ana Ruiz', false, false],
    ['Holm', false, false],
    ['Kelly', false, false],
    ['El Salvador', true, true],
    ['South Korea', true, true],
    ['Kyiv', true, true],
    // Countries that are also people's names stay names ("Rep. Jim Jordan said").
    ['Jordan', false, false],
    ['Chad', false, false],
    // Things never speak, not even as organisations.
    ['Liberty Medal', true, true],
    ['Getty Images', true, true],
    ['Jane Street', false, false],
    // A plan, a programme or a resolution is a thing too (12-07 late: "the company's proposed Harbour Safety Plan …, saying").
    ['Harbour Safety Plan', true, true],
    ['Paycheck Protection Program', true, true],
    ['Security Council Resolution', true, true],
    // A place by its first word ("San Antonio", "Fort Worth"); an organisation named after one stays (12-07 close of day).
    ['San Antonio', true, true],
    ['Fort Worth', true, true],
    ['Los Angeles Times', false, false],
    ['Santa Fe Police Department', false, false],
    ['Las Vegas Review-Journal', false, false],
    // An outlet's name ends in "Report" ("the Drudge Report said"): no thing tail.
    ['Drudge Report', false, false],
    ['World Health Organization', false, false],
    ['Sixty-nine', true, true],
    ['EDT', true, true],
    // A page's shouted furniture run into a headline is no one; an organisation's acronym keeps its name.
    ['MUST WATCH Officer', true, true],
    ['NBC News', false, false],
    ['NBA MVP Joel Embiid', false, false],
    ['FBI Director James Comey', false, false],
    // An organisation's head or a cause cut from its name ("… Foreign Ministry", "… on Civil and Human Rights") is no one.
    ['Ministry', true, true],
    ['Committee', true, true],
    ['Foreign Ministry', false, false],
    ['Human Rights', true, true],
    ['Civil Liberties', true, true],
    ['Human Rights Watch', false, false],
    // A place run into an adjective ("a Norland-based activist") describes someone; a double-barrelled name stays one.
    ['Norland-based', true, true],
    ['Texas-born', true, true],
    ['Ana Ruiz-Lee', false, false],
    // …and so does any name run by a hyphen into a participle or a noun of description; a given name written with a hyphen stays one.
    ['Westland-style', true, true],
    ['Harbour Prize-winning', true, true],
    ['Republican-leaning', true, true],
    ['Bush-era', true, true],
    ['President-elect', true, true],
    ['Moon Jae-in', false, false],
    ['Leung Chun-ying', false, false],
    ['Ban Ki-moon', false, false],
  ])('%s', (name, nonPerson, neverPerson) => {
    expect(isNonPersonName(name)).toBe(nonPerson);
    expect(isNeverPerson(name)).toBe(neverPerson);
  });

  test.each([['notably', true], ['tonight', true], ['kelly', false], ['ana', false], ['sixty-nine', true], ['edt', true], ['anne-marie', false], ['presented', true], ['sponsored', true]])('%s opens no name: %s', (word, expected) => {
    expect(isNeverNameWord(word)).toBe(expected);
  });
});
