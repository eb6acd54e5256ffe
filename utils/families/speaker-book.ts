/**
 * The speakers list kept current as articles are saved and removed (and the reader merges or
 * splits names), instead of made again from every quote row: each credited name keeps its quotes;
 * an update merges again only the names it can move (`CanonicalNames`) and rebuilds only the
 * people whose names or quotes changed (their quotes put in save order), the others' lines and
 * packed quotes kept as they were. The list equals the directory of every quote
 * (`speakerDirectory`, packed), property-tested (docs/DESIGN.md "The speakers list kept current").
 */
import { orderedAliases, personFrom, speakerSummary, type SpeakerSummary } from '@/utils/families/speakers';
import { packQuotes, SPEAKER_LIST_FORMAT, unpackSpeaker, type SpeakerList } from '@/utils/families/speaker-list';
import type { ListedQuote } from '@/utils/families/family-from-rows';
import { CanonicalNames } from '@/utils/quotes/speaker-groups';
import type { SpeakerOverrides } from '@/utils/storage/settings';

/** A saved quote as the list reads it (a quotes-store row is one). */
export interface SpeakerCredit {
  articleId: string;
  index: number;
  speaker: string | null;
  outlet: string;
  savedAt: number;
  date: string | null;
}

interface Person {
  summary: SpeakerSummary;
  quotes: string;
}

export class SpeakerBook {
  /** Each credited name's quotes (a person's are put in save order when it is rebuilt). */
  private readonly byName = new Map<string, ListedQuote[]>();
  /** Each article's credited quotes (to take them out again). */
  private readonly byArticle = new Map<string, ListedQuote[]>();
  /** Each credited name's person as last listed. */
  private personOfName = new Map<string, string>();
  private readonly people = new Map<string, Person>();
  /** People by the list's order: most quotes first, then by name. */
  private order: string[] = [];
  /** Names whose quotes changed since the last list. */
  private dirty = new Set<string>();
  /** Names whose count the canonical names have not been given yet. */
  private unset = new Set<string>();
  private readonly outlets: string[] = [];
  private readonly outletAt = new Map<string, number>();
  /** The credited names merged (split names left out), kept between updates. */
  private readonly canonical = new CanonicalNames();
  /** The split names the canonical names were last set without. */
  private split = new Set<string>();
  private overridesChanged = false;
  /** The names and aliases, before and after, of the people rebuilt or gone since `takeChanged` (where a stored list changed). */
  private changed = new Set<string>();

  private constructor(private overrides: SpeakerOverrides) {}

  /** The list of these quotes (any order), made whole. */
  static of(credits: Iterable<SpeakerCredit>, overrides: SpeakerOverrides): SpeakerBook {
    const book = new SpeakerBook(overrides);
    for (const c of credits) book.add(listedQuote(c));
    return book;
  }

  /** A stored list, made with `overrides`, read back: its lines and packed quotes are kept as they are. */
  static from(list: SpeakerList, overrides: SpeakerOverrides): SpeakerBook {
    const book = new SpeakerBook(overrides);
    book.split = new Set(overrides.split);
    list.outlets.forEach((o) => book.outletPlace(o));
    list.people.forEach((summary, i) => {
      const person = unpackSpeaker(list, i);
      for (const q of person.nodes) {
        book.add(q);
        book.personOfName.set(q.quote.speaker!, summary.name);
      }
      book.people.set(summary.name, { summary, quotes: list.quotes[i] });
      book.order.push(summary.name);
    });
    // Its people are as listed; the canonical names are given every name's count on the next update.
    book.dirty.clear();
    return book;
  }

  /** The article's quotes now (none: removed), replacing what it had. */
  put(articleId: string, credits: readonly SpeakerCredit[]): void {
    for (const q of this.byArticle.get(articleId) ?? []) {
      const name = q.quote.speaker!;
      const left = this.byName.get(name)!.filter((x) => x !== q);
      if (left.length > 0) this.byName.set(name, left);
      else this.byName.delete(name);
      this.dirty.add(name);
      this.unset.add(name);
    }
    this.byArticle.delete(articleId);
    for (const c of credits) this.add(listedQuote(c));
  }

  /** The reader's merges and splits now. */
  setOverrides(overrides: SpeakerOverrides): void {
    if (JSON.stringify(overrides) === JSON.stringify(this.overrides)) return;
    this.overrides = overrides;
    this.overridesChanged = true;
  }

  /** The list as it is now: names merged again, the people whose names or quotes changed rebuilt. */
  list(): SpeakerList {
    if (this.unset.size > 0 || this.overridesChanged) this.update();
    return { format: SPEAKER_LIST_FORMAT, people: this.order.map((p) => this.people.get(p)!.summary), quotes: this.order.map((p) => this.people.get(p)!.quotes), outlets: [...this.outlets] };
  }

  /** The names and aliases (before and after) of the people rebuilt or gone since the last call: where a list stored then changed. */
  takeChanged(): string[] {
    const changed = [...this.changed];
    this.changed = new Set();
    return changed;
  }

  private add(q: ListedQuote): void {
    const name = q.quote.speaker;
    if (!name) return;
    const quotes = this.byName.get(name);
    if (quotes) quotes.push(q);
    else this.byName.set(name, [q]);
    const own = this.byArticle.get(q.articleId);
    if (own) own.push(q);
    else this.byArticle.set(q.articleId, [q]);
    this.outletPlace(q.article.outlet);
    this.dirty.add(name);
    this.unset.add(name);
  }

  private update(): void {
    // Only the names whose count or split changed are set again: the canonical names move only what those can move.
    const split = new Set(this.overrides.split);
    const counts = new Map<string, number>();
    const set = (name: string) => counts.set(name, split.has(name) ? 0 : this.byName.get(name)?.length ?? 0);
    for (const name of this.unset) set(name);
    for (const name of [...split, ...this.split]) if (split.has(name) !== this.split.has(name)) set(name);
    this.canonical.set(counts);
    this.split = split;
    this.unset = new Set();
    const person = personFrom((name) => this.canonical.canonical.get(name), this.overrides);
    const next = new Map([...this.byName.keys()].map((name) => [name, person(name)]));
    // People touched: a name's person moved, a name's quotes changed, or (the reader's overrides changed) any.
    const touched = new Set<string>();
    for (const [name, was] of this.personOfName) if (next.get(name) !== was) touched.add(was);
    for (const [name, now] of next) if (this.personOfName.get(name) !== now || this.dirty.has(name)) touched.add(now);
    const names = new Map<string, string[]>();
    for (const [name, now] of next) {
      if (!touched.has(now)) continue;
      const list = names.get(now);
      if (list) list.push(name);
      else names.set(now, [name]);
    }
    for (const p of touched) {
      for (const a of this.people.get(p)?.summary.aliases ?? []) this.changed.add(a);
      this.changed.add(p);
      this.people.delete(p);
    }
    this.order = this.order.filter((p) => !touched.has(p));
    for (const [p, members] of names) {
      const person = this.rebuild(p, members);
      for (const a of person.summary.aliases) this.changed.add(a);
      this.people.set(p, person);
    }
    // A few people placed one by one; many (a first list) sorted at once.
    if (names.size > this.order.length) {
      this.order.push(...names.keys());
      this.order.sort((a, b) => directoryOrder(this.people.get(a)!.summary, this.people.get(b)!.summary));
    } else for (const p of names.keys()) this.order.splice(this.place(this.people.get(p)!.summary), 0, p);
    this.personOfName = next;
    this.dirty = new Set();
    this.overridesChanged = false;
  }

  /** A person's line and packed quotes from their names' quotes, as `speakerDirectory` and `packSpeakers` make them. */
  private rebuild(name: string, members: readonly string[]): Person {
    const nodes = members.flatMap((m) => this.byName.get(m)!).sort(saveOrder);
    const aliases = orderedAliases(name, nodes.map((n) => n.quote.speaker!));
    return { summary: speakerSummary({ name, aliases, nodes }), quotes: packQuotes(aliases, nodes, (o) => this.outletPlace(o)) };
  }

  /** Where a line goes in `order` (binary search by the directory's order: most quotes first, then by name). */
  private place(s: SpeakerSummary): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = this.people.get(this.order[mid])!.summary;
      if (directoryOrder(m, s) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private outletPlace(outlet: string): number {
    let o = this.outletAt.get(outlet);
    if (o === undefined) this.outletAt.set(outlet, (o = this.outlets.push(outlet) - 1));
    return o;
  }
}

/** A saved quote as the list's directory reads it. */
export function listedQuote(c: SpeakerCredit): ListedQuote {
  return { quote: { speaker: c.speaker }, article: { outlet: c.outlet }, articleId: c.articleId, index: c.index, savedAt: c.savedAt, date: c.date };
}

/** The directory's order (`speakerDirectory`): most quotes first, then by name. */
function directoryOrder(a: SpeakerSummary, b: SpeakerSummary): number {
  return b.quotes - a.quotes || a.name.localeCompare(b.name);
}

/** The library's save order (`inSaveOrder`): oldest save first, then article id, then place. */
function saveOrder(a: ListedQuote, b: ListedQuote): number {
  // Quotes of one article tie on the save time: their ids are equal, and a locale comparison of equal ids is the costly part.
  return a.savedAt - b.savedAt || (a.articleId === b.articleId ? 0 : a.articleId.localeCompare(b.articleId)) || a.index - b.index;
}
