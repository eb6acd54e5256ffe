/**
 * A speaker's name as the article writes the person, without the description run into it: the
 * office before a given name ("Director of National Intelligence Ana Ruiz"), descriptive words the
 * article also writes in lowercase, and a surname that is also a title ("Rep. King"). Made-up text.
 */
import { describe, expect, test } from 'vitest';
import { lastSpeaker } from '../../support/speaker-credits';

describe('speaker names: the description before the name is no part of it', () => {
  test.each([
    // The office after a title's "of" runs to the given name.
    ['an office of two words', ['“The harbour is safe,” Superintendent of Public Works Anna Ruiz said.'], 'Anna Ruiz'],
    ['an office of two words, the name first in the paragraph', ['Director of Harbour Intelligence Peter Vance said the logs were “complete and lawful.”'], 'Peter Vance'],
    ['an ambassador to a body of two words', ['“We will not sign,” Ambassador to the Northern Union Peter Vance told reporters.'], 'Peter Vance'],
    // Words the article writes in lowercase elsewhere describe the person.
    ['a description the article also writes in lowercase', ['The loan was agreed by the gallery curator in May.', '“It was lent to us for a year,” said Gallery Curator Peter Vance.'], 'Peter Vance'],
    ['the same words the article never writes in lowercase: kept', ['The loan was agreed in May.', '“It was lent to us for a year,” said Gallery Curator Peter Vance.'], 'Gallery Curator Peter Vance'],
    ['a title\'s compound: "President-elect"', ['“We will build it,” President-elect Peter Vance said.'], 'Peter Vance'],
    ['a title newly read: "Chaplain"', ['“We pray for calm,” Chaplain Peter Vance said.'], 'Peter Vance'],
    ['a title newly read: "Historian"', ['“It has happened before,” Historian Ana Ruiz said.'], 'Ana Ruiz'],
    ['a title newly read: "Congressman"', ['“We will vote no,” Congressman Peter Vance said.'], 'Peter Vance'],
    // Kept: words no lowercase use marks as a description are a name's own.
    ['a first name we do not list before a listed one', ['“We will sue,” said Jorna Beth Marlow, a founder of the group.'], 'Jorna Beth Marlow'],
    ['an initial before a given name', ['“It was fair,” said J. Peter Vance, the inspector.'], 'J. Peter Vance'],
    ['a given name that would be the last word', ['“It was fair,” said Lindqvist Ruth, the inspector.'], 'Lindqvist Ruth'],
  ])('%s', (_name, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toBe(speaker);
  });
});

describe('speaker names: a surname that is also a title, after a title', () => {
  const before = '“It was a legitimate vote,” Peter Vance said on Sunday.';
  test.each([
    ['"Rep. King" with a cue', ['“We have not heard of that,” Rep. King said.'], 'King'],
    ['"Rep. King says …" then "he said": King, not the last speaker', [before, 'Rep. King says he is not aware of such cases. “Well, I just have not heard of that,” he said.'], 'King'],
    ['"Congressman King says …" then "he said"', [before, 'Congressman King says he is not aware of such cases. “Well, I just have not heard of that,” he said.'], 'King'],
    ['"Rep. King" with a full name earlier: the full name', ['Rep. Tomas King spoke first.', before, 'Rep. King says he is not aware of such cases. “Well, I just have not heard of that,” King said.'], 'Tomas King'],
    ['"King said" where the article names Tomas King: Tomas King', ['Rep. Tomas King spoke first.', '“Well, I just have not heard of that,” King said.'], 'Tomas King'],
    ['"the King said", no one of that name: nobody', ['The palace was quiet.', '“We thank the people,” the King said.'], null],
    ['"President King Tomas" is still a title then a name', ['“We will build it,” President King Tomas Varga said.'], 'Tomas Varga'],
  ])('%s', (_name, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toBe(speaker);
  });
});

describe('speaker names: a page\'s furniture words open no name', () => {
  test.each([
    ['a video caption run into a name', ['JUST WATCHED Tomas Varga: “We will not sign this deal” Replay More Videos'], 'Tomas Varga'],
    ['"MUST WATCH" before a name', ['MUST WATCH Tomas Varga: “We will not sign this deal”'], 'Tomas Varga'],
    ['"Story Highlights" before a name', ['Story Highlights Varga says he is “confident” the deal will pass'], 'Varga'],
    ['a furniture label alone is nobody', ['Advertisement: “We will not sign this deal,” the minister wrote.'], null],
    ['"Watch:" alone is nobody', ['Watch: “We will not sign this deal”'], null],
    ['a photo label before a name', ['Image Tomas Varga said: “We will not sign this deal.”'], 'Tomas Varga'],
  ])('%s', (_name, paragraphs, speaker) => {
    expect(lastSpeaker(...paragraphs)).toBe(speaker);
  });
});
