/**
 * The library's speakers list in the form it is kept and stored: each person's line (name,
 * aliases, counts) as the list shows it, and their quotes packed as one JSON string per person
 * (article id, place, the alias credited, the outlet), unpacked only for that person's page. A
 * worker restart reads it back instead of reading every quote row and merging every credited name
 * (docs/DESIGN.md "A page after a restart waits for no index").
 */
import { speakerSummary, type Speaker, type SpeakerSummary } from '@/utils/families/speakers';
import type { ListedQuote } from '@/utils/families/family-from-rows';

/** The speakers list, most quotes first (the directory's order). */
export interface SpeakerList {
  /** 2: quotes carry their save time (a list without it cannot be kept current: made again). */
  format: typeof SPEAKER_LIST_FORMAT;
  people: SpeakerSummary[];
  /** Per person: JSON of `[articleId, index, alias, outlet, savedAt][]` in save order, alias an index into their aliases, outlet into `outlets`. */
  quotes: string[];
  outlets: string[];
}

export const SPEAKER_LIST_FORMAT = 2;

/** A person's quotes packed as the list keeps them (`outletAt` gives an outlet's place in the list's outlets). */
export function packQuotes(aliases: readonly string[], nodes: readonly ListedQuote[], outletAt: (outlet: string) => number): string {
  const alias = new Map(aliases.map((a, i) => [a, i]));
  return JSON.stringify(nodes.map((n) => [n.articleId, n.index, alias.get(n.quote.speaker!) ?? 0, outletAt(n.article.outlet), n.savedAt]));
}

/** The directory as a list to keep: the same people, lines and quotes, packed. */
export function packSpeakers(directory: readonly Speaker<ListedQuote>[]): SpeakerList {
  const outlets: string[] = [];
  const outletAt = new Map<string, number>();
  const placeOf = (outlet: string) => {
    let o = outletAt.get(outlet);
    if (o === undefined) outletAt.set(outlet, (o = outlets.push(outlet) - 1));
    return o;
  };
  const quotes = directory.map((s) => packQuotes(s.aliases, s.nodes, placeOf));
  return { format: SPEAKER_LIST_FORMAT, people: directory.map(speakerSummary), quotes, outlets };
}

/** The person at `i` of the list with their quotes, as the directory gave them. */
export function unpackSpeaker(list: SpeakerList, i: number): Speaker<ListedQuote> {
  const { name, aliases } = list.people[i];
  const packed = JSON.parse(list.quotes[i]) as Array<[string, number, number, number, number]>;
  const nodes = packed.map(([articleId, index, alias, outlet, savedAt]): ListedQuote => ({ quote: { speaker: aliases[alias] }, article: { outlet: list.outlets[outlet] }, articleId, index, savedAt }));
  return { name, aliases: [...aliases], nodes };
}

/** A kept list as read back from storage: the shape checked, not the contents (they were written by `packSpeakers`). */
export function isSpeakerList(x: unknown): x is SpeakerList {
  const l = x as SpeakerList | undefined;
  return typeof l === 'object' && l !== null && l.format === SPEAKER_LIST_FORMAT && Array.isArray(l.people) && Array.isArray(l.quotes) && Array.isArray(l.outlets) &&
    l.people.length === l.quotes.length && l.quotes.every((q) => typeof q === 'string') &&
    l.people.every((p) => typeof p?.name === 'string' && Array.isArray(p.aliases) && Number.isSafeInteger(p.quotes) && Number.isSafeInteger(p.outlets));
}
