/**
 * Is this capitalized word, or this name, a person? Speaker attribution reads names as runs of
 * capitalized words, and some capitalized words are never people: sentence adverbs and
 * interjections that open a sentence ("Notably", "Wait"), time words ("Tonight"), places
 * ("New York") and platforms ("Twitter"). The lists are the lexicon's (utils/language/*.ts); an
 * organisation ("the White House", "Reuters") is not listed: it may speak when a cue credits it
 * directly. Callers outside the engine that pass no lexicon get the English lists.
 */
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';

/** True for a word that is never part of a person's name when it opens a run ("Notably", "Tonight"). */
export function isNeverNameWord(lower: string, lex: Lexicon = english): boolean {
  // "Sixty-nine percent agree": a compound of such words ("sixty-nine") is one too.
  return lex.neverNameWords.has(lower) || (lower.includes('-') && lower.split('-').every((part) => lex.neverNameWords.has(part)));
}

/** Surnames that are also titles ("Peter King", "Mr. Judge"): a name after a name word or an honorific. */
export const SURNAME_TITLES: ReadonlySet<string> = new Set(['king', 'judge', 'pope', 'prince', 'major']);

/** A generation suffix ("Jr.", "III"): it ends a name and opens none ("King Jr. Vivian's protests"). */
export const isNameSuffix = (token: string) => /^(?:jr|sr|ii|iii|iv|esq)\.?,?$/i.test(token);

const bare = (name: string) => name.toLowerCase().replace(/['’]s$/, '').trim();

/** True for a whole name that is a place, a sentence word or a thing ("Liberty Medal"): never a speaker. */
export function isNonPersonName(name: string, lex: Lexicon = english): boolean {
  const lower = bare(name);
  const tail = lower.slice(lower.lastIndexOf(' ') + 1);
  const head = lower.includes(' ') ? lower.slice(0, lower.indexOf(' ')) : '';
  // "Ministry" alone: an organisation's head cut from its name ("China's Foreign Ministry") is no one.
  return lex.places.has(lower) || placeByHead(lower, head, tail, lex) || isNeverNameWord(lower, lex) || lex.groups.has(lower) || lex.thingTails.has(tail) || lex.causeTails.has(tail)
    || (lex.orgTails.has(lower) && !lower.includes(' ')) || SHOUTED_LEAD.test(name) || HYPHENED_ADJECTIVE.test(lower);
}

/** "San Antonio", "Fort Worth": a place by its first word; "Los Angeles Times", "Santa Fe Police Department" are organisations, read as such. */
function placeByHead(lower: string, head: string, tail: string, lex: Lexicon): boolean {
  const last = tail.split('-').pop()!;
  return lex.placeHeads.has(head) && lower.split(' ').length <= 3 && ![lex.orgTails, lex.outletTails, lex.notPersonTails].some((tails) => tails.has(tail) || tails.has(last));
}

// "a Maryland-based activist", "Soviet-style camps", "the Pulitzer Prize-winning reporter": a name run by a hyphen into
// a participle or a noun of description is an adjective; it names no one (a given name as "Moon Jae-in", "Leung Chun-ying" writes it is no such word).
const HYPHENED_ADJECTIVE = /-(?:\p{Ll}{3,}(?:ing|ed)|born|bred|led|run|made|style|era|elect|like|type|wing|goer|shirts?|language|quarters)$/u;

// "MUST WATCH Officer charged …": a page's shouted furniture (two words of four or more capitals: "NBA MVP Joel Embiid" stays a name) run into a headline.
const SHOUTED_LEAD = /^\p{Lu}{4,}\s+\p{Lu}{4,}\s+\p{Lu}\p{Ll}/u;

/** True for a place, platform or sentence word: never a person that a surname or pronoun refers to. */
export function isNeverPerson(name: string, lex: Lexicon = english): boolean {
  return isNonPersonName(name, lex) || lex.platforms.has(bare(name));
}
