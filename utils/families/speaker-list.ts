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
  return unpackSpeakerRow({ name, aliases, quotes: list.quotes[i] }, list.outlets);
}

/** A kept list as read back from storage: the shape checked, not the contents (they were written by `packSpeakers`). */
export function isSpeakerList(x: unknown): x is SpeakerList {
  const l = x as SpeakerList | undefined;
  return typeof l === 'object' && l !== null && l.format === SPEAKER_LIST_FORMAT && isSpeakerLines(l.people) && Array.isArray(l.quotes) && isStrings(l.outlets) &&
    l.people.length === l.quotes.length && l.quotes.every((q) => typeof q === 'string');
}

/** A kept list's lines as read back from storage (the shape checked). */
export function isSpeakerLines(x: unknown): x is SpeakerSummary[] {
  return Array.isArray(x) && x.every((p: SpeakerSummary | undefined) => typeof p?.name === 'string' && Array.isArray(p.aliases) && Number.isSafeInteger(p.quotes) && Number.isSafeInteger(p.outlets));
}

/** A person's stored row as read back (the shape checked). */
export function isSpeakerRow(x: unknown): x is SpeakerRow {
  const r = x as SpeakerRow | undefined;
  return typeof r === 'object' && r !== null && typeof r.name === 'string' && isStrings(r.aliases) && typeof r.quotes === 'string';
}

export function isStrings(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

/**
 * One person of the list as stored on their own (schema v8): a person's page reads this row and
 * the list's outlets, not the whole list (docs/DESIGN.md "A person's page reads that person").
 */
export interface SpeakerRow {
  name: string;
  aliases: string[];
  /** `SpeakerList.quotes` of this person: outlets are places in the list's `outlets`. */
  quotes: string;
}

/** Each person's row, in the list's order. */
export function speakerRows(list: SpeakerList): SpeakerRow[] {
  return list.people.map((p, i) => ({ name: p.name, aliases: p.aliases, quotes: list.quotes[i] }));
}

/** The list again from its lines, outlets and rows (by name); undefined when a line has no row. */
export function joinSpeakerList(people: SpeakerSummary[], outlets: string[], rows: Iterable<SpeakerRow>): SpeakerList | undefined {
  const byName = new Map<string, string>();
  for (const r of rows) byName.set(r.name, r.quotes);
  const quotes = people.map((p) => byName.get(p.name));
  if (quotes.some((q) => q === undefined) || byName.size !== people.length) return undefined;
  return { format: SPEAKER_LIST_FORMAT, people, quotes: quotes as string[], outlets };
}

/**
 * The person `personNamed` finds for a name, from the rows the store gives for it: the row of that
 * name, else the rows holding it among their aliases (a credited name is one person's alias). Undefined when several do (the list's order
 * decides then, and the rows do not carry it); null when none does.
 */
export function rowNamed(byName: SpeakerRow | undefined, byAlias: readonly SpeakerRow[]): SpeakerRow | null | undefined {
  if (byName) return byName;
  return byAlias.length > 1 ? undefined : byAlias[0] ?? null;
}

/** A person's row with their quotes, as `unpackSpeaker` gives them from the whole list. */
export function unpackSpeakerRow(row: SpeakerRow, outlets: readonly string[]): Speaker<ListedQuote> {
  const packed = JSON.parse(row.quotes) as Array<[string, number, number, number, number]>;
  const nodes = packed.map(([articleId, index, alias, outlet, savedAt]): ListedQuote => ({ quote: { speaker: row.aliases[alias] }, article: { outlet: outlets[outlet] }, articleId, index, savedAt }));
  return { name: row.name, aliases: [...row.aliases], nodes };
}
