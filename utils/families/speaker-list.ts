/**
 * The library's speakers list in the form it is kept and stored: each person's line (name,
 * aliases, counts) as the list shows it, and their quotes packed as one JSON string per person
 * (article id, place, the alias credited, the outlet), unpacked only for that person's page. A
 * worker restart reads it back instead of reading every quote row and merging every credited name
 * (docs/DESIGN.md "A page after a restart waits for no index").
 */
import { speakerSummary, type Speaker, type SpeakerSummary } from '@/utils/families/speakers';
import type { ListedQuote } from '@/utils/families/family-from-rows';
import { fnv1a } from '@/utils/text/fnv1a';

/** The speakers list, most quotes first (the directory's order). */
export interface SpeakerList {
  /** 2: quotes carry their save time (a list without it cannot be kept current: made again). */
  format: typeof SPEAKER_LIST_FORMAT;
  people: SpeakerSummary[];
  /** Per person: JSON of `[articleId, index, alias, outlet, savedAt][]` in save order, alias an index into their aliases, outlet into `outlets`. */
  quotes: string[];
  outlets: string[];
}

// 3: each quote carries its article's date (a person's page picks its quotes by it).
export const SPEAKER_LIST_FORMAT = 3;

/** A person's quotes packed as the list keeps them (`outletAt` gives an outlet's place in the list's outlets). */
export function packQuotes(aliases: readonly string[], nodes: readonly ListedQuote[], outletAt: (outlet: string) => number): string {
  const alias = new Map(aliases.map((a, i) => [a, i]));
  return JSON.stringify(nodes.map((n) => [n.articleId, n.index, alias.get(n.quote.speaker!) ?? 0, outletAt(n.article.outlet), n.savedAt, n.date]));
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
 * One person of the list as stored (schema v8): a person's page reads their row and the list's
 * outlets, not the whole list (docs/DESIGN.md "A person's page reads that person").
 */
export interface SpeakerRow {
  name: string;
  aliases: string[];
  /** `SpeakerList.quotes` of this person: outlets are places in the list's `outlets`. */
  quotes: string;
}

/**
 * The stored list's people in chunks (a row each: one per person made writing a list whole take
 * seconds in Chromium at 10k): a person is in the chunk of their name, and each name credited to
 * someone not of that name is listed, with the people it names, in the chunk of that name.
 */
export interface SpeakerChunk {
  chunk: number;
  people: SpeakerRow[];
  /** A name → the people (names) holding it among their aliases, for names no person is named. */
  aliases: Array<[string, string[]]>;
}

/** How many chunks a list is stored in: about 26 people each at 13,000. */
export const SPEAKER_CHUNKS = 512;

/** The chunk a name's row or alias entry is in (FNV-1a of its UTF-16 units). */
export function chunkOf(name: string): number {
  return fnv1a(name) % SPEAKER_CHUNKS;
}

/** Each person's row, in the list's order. */
export function speakerRows(list: SpeakerList): SpeakerRow[] {
  return list.people.map((p, i) => ({ name: p.name, aliases: p.aliases, quotes: list.quotes[i] }));
}

/** The list's chunks: every chunk holding someone (`only`: those chunks, an empty one for each that holds nobody now). */
export function speakerChunks(list: SpeakerList, only?: ReadonlySet<number>): SpeakerChunk[] {
  const chunks = new Map<number, SpeakerChunk>();
  const chunk = (c: number) => {
    let got = chunks.get(c);
    if (!got) chunks.set(c, (got = { chunk: c, people: [], aliases: [] }));
    return got;
  };
  for (const c of only ?? []) chunk(c);
  const named = new Set(list.people.map((p) => p.name));
  const aliases = new Map<string, string[]>();
  for (const row of speakerRows(list)) {
    const c = chunkOf(row.name);
    if (!only || only.has(c)) chunk(c).people.push(row);
    for (const a of row.aliases) {
      if (named.has(a) || (only && !only.has(chunkOf(a)))) continue;
      const names = aliases.get(a);
      if (names) names.push(row.name);
      else aliases.set(a, [row.name]);
    }
  }
  for (const [a, names] of aliases) chunk(chunkOf(a)).aliases.push([a, names]);
  return [...chunks.values()];
}

/** The chunks a change touches: those of every name and alias it gives (`SpeakerBook.takeChanged`). */
export function chunksOf(names: Iterable<string>): Set<number> {
  return new Set([...names].map(chunkOf));
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
 * The person `personNamed` finds for a name, from the chunks (`read`: a chunk as stored, undefined
 * when it is missing): their row in the name's chunk, else the one person the name's alias entry
 * gives (a credited name is one person's alias), read from that person's chunk. Null when nobody
 * has the name; undefined when the chunks cannot say (several people hold it, where the list's
 * order decides, or a row is missing).
 */
export async function personInChunks(name: string, read: (chunk: number) => Promise<SpeakerChunk | undefined>): Promise<SpeakerRow | null | undefined> {
  const own = await read(chunkOf(name));
  if (!own) return undefined;
  const row = own.people.find((p) => p.name === name);
  if (row) return row;
  const names = own.aliases.find(([a]) => a === name)?.[1];
  if (!names) return null;
  if (names.length !== 1) return undefined;
  const theirs = chunkOf(names[0]) === own.chunk ? own : await read(chunkOf(names[0]));
  return theirs?.people.find((p) => p.name === names[0]);
}

/** A stored chunk as read back (the shape checked). */
export function isSpeakerChunk(x: unknown): x is SpeakerChunk {
  const c = x as SpeakerChunk | undefined;
  return typeof c === 'object' && c !== null && Number.isSafeInteger(c.chunk) && Array.isArray(c.people) && c.people.every(isSpeakerRow) &&
    Array.isArray(c.aliases) && c.aliases.every((e) => Array.isArray(e) && typeof e[0] === 'string' && isStrings(e[1]));
}

/** A person's row with their quotes, as `unpackSpeaker` gives them from the whole list. */
export function unpackSpeakerRow(row: SpeakerRow, outlets: readonly string[]): Speaker<ListedQuote> {
  const packed = JSON.parse(row.quotes) as Array<[string, number, number, number, number, string | null]>;
  const nodes = packed.map(([articleId, index, alias, outlet, savedAt, date]): ListedQuote => ({ quote: { speaker: row.aliases[alias] }, article: { outlet: outlets[outlet] }, articleId, index, savedAt, date: date ?? null }));
  return { name: row.name, aliases: [...row.aliases], nodes };
}
