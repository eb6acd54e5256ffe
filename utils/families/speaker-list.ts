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
  people: SpeakerSummary[];
  /** Per person: JSON of `[articleId, index, alias, outlet][]`, alias an index into their aliases, outlet into `outlets`. */
  quotes: string[];
  outlets: string[];
}

/** The directory as a list to keep: the same people, lines and quotes, packed. */
export function packSpeakers(directory: readonly Speaker<ListedQuote>[]): SpeakerList {
  const outlets: string[] = [];
  const outletAt = new Map<string, number>();
  const quotes = directory.map((s) => {
    const alias = new Map(s.aliases.map((a, i) => [a, i]));
    return JSON.stringify(s.nodes.map((n) => {
      let o = outletAt.get(n.article.outlet);
      if (o === undefined) outletAt.set(n.article.outlet, (o = outlets.push(n.article.outlet) - 1));
      return [n.articleId, n.index, alias.get(n.quote.speaker!) ?? 0, o];
    }));
  });
  return { people: directory.map(speakerSummary), quotes, outlets };
}

/** The person at `i` of the list with their quotes, as the directory gave them. */
export function unpackSpeaker(list: SpeakerList, i: number): Speaker<ListedQuote> {
  const { name, aliases } = list.people[i];
  const packed = JSON.parse(list.quotes[i]) as Array<[string, number, number, number]>;
  const nodes = packed.map(([articleId, index, alias, outlet]): ListedQuote => ({ quote: { speaker: aliases[alias] }, article: { outlet: list.outlets[outlet] }, articleId, index }));
  return { name, aliases: [...aliases], nodes };
}

/** A kept list as read back from storage: the shape checked, not the contents (they were written by `packSpeakers`). */
export function isSpeakerList(x: unknown): x is SpeakerList {
  const l = x as SpeakerList | undefined;
  return typeof l === 'object' && l !== null && Array.isArray(l.people) && Array.isArray(l.quotes) && Array.isArray(l.outlets) &&
    l.people.length === l.quotes.length && l.quotes.every((q) => typeof q === 'string') &&
    l.people.every((p) => typeof p?.name === 'string' && Array.isArray(p.aliases) && Number.isSafeInteger(p.quotes) && Number.isSafeInteger(p.outlets));
}
