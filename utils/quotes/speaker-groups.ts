/**
 * One canonical name per person among the speakers several outlets credit ("Sergio Gor",
 * "Ambassador Gor", "Gor" → "Sergio Gor"), so quotes can be grouped by who said them.
 *
 * A name's words are its person-name words as `speakersAgree` reads them (titles, initials and
 * particles gone). A name whose words are all inside exactly one fuller name joins that name's
 * person; inside two different people's names ("Trump" beside "Donald Trump" and "Melania
 * Trump") it stays a person of its own: we do not guess which one (trust first). A generational
 * suffix ("Jr.") is never dropped to join: "Donald Trump" does not become "Donald Trump Jr.".
 * A speaker that is no person's name (an organisation, "the White House") groups only with the
 * same words written the same way.
 *
 * ```ts
 * canonicalSpeakers(['Sergio Gor', 'Gor', 'Ambassador Gor', null])
 * // → Map { 'Sergio Gor' → 'Sergio Gor', 'Gor' → 'Sergio Gor', 'Ambassador Gor' → 'Sergio Gor' }
 * ```
 */
import { speakersAgree } from '@/utils/matching/classify-match';
import { isNameSuffix } from '@/utils/quotes/person-names';


interface Name {
  name: string;
  /** Lowercase person-name words; empty when the name is no person's. */
  words: string[];
  suffix: boolean;
  count: number;
}

/** Each distinct speaker name given → its canonical name (null speakers are left out). */
export function canonicalSpeakers(speakers: ReadonlyArray<string | null>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const s of speakers) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  return canonicalNames(counts);
}

/** As `canonicalSpeakers`, from each distinct name's count. */
export function canonicalNames(counts: ReadonlyMap<string, number>): Map<string, string> {
  const names = new CanonicalNames();
  names.set(counts);
  return names.canonical;
}

/**
 * The canonical names of a changing set of credited names: `set` changes some names' counts and
 * merges again only what those can move. A name's person depends on the names holding all its
 * words (its supersets) and which of those are maximal, and a superset's maximality only on names
 * holding all of its words: so a name added or removed moves only the names whose words are all
 * among its own, and a count only its person's label. Every person those touch is labelled again.
 */
export class CanonicalNames {
  /** Each credited name → its canonical name. */
  readonly canonical = new Map<string, string>();
  private readonly names = new Map<string, Name>();
  private readonly byWord = new Map<string, Set<Name>>();
  /** Each name's person key, and each key's names and label. */
  private readonly keyOfName = new Map<Name, string>();
  private readonly members = new Map<string, Set<Name>>();

  /** Each name's person-name words and suffix, read once. */
  private readonly known = new Map<string, { words: string[]; suffix: boolean }>();

  /** Sets the counts of the names given (0: no longer credited); returns the names whose canonical name changed, appeared or went. */
  set(counts: ReadonlyMap<string, number>): Set<string> {
    const first = this.names.size === 0;
    const moved: Name[] = [];
    for (const [name, count] of counts) {
      const had = this.names.get(name);
      if (count > 0 && had) {
        had.count = count;
        moved.push(had);
        continue;
      }
      if (count > 0) {
        const n: Name = { name, ...this.wordsOf(name), count };
        this.names.set(name, n);
        for (const w of n.words) getOrSet(this.byWord, w, () => new Set()).add(n);
        moved.push(n);
      } else if (had) {
        this.names.delete(name);
        for (const w of had.words) this.byWord.get(w)!.delete(had);
        moved.push(had);
      }
    }
    // The names whose person may move: those whose words are all among a moved name's (the name itself included).
    const again = new Set<Name>();
    if (first) for (const n of this.names.values()) again.add(n);
    else for (const d of moved) {
      if (this.names.get(d.name) === d) again.add(d);
      for (const w of d.words) for (const n of this.byWord.get(w) ?? []) if (n.words.every((x) => d.words.includes(x))) again.add(n);
    }
    const keys = new Set<string>();
    const changed = new Set<string>();
    for (const n of moved) {
      if (this.names.get(n.name) === n) continue;
      const was = this.keyOfName.get(n);
      if (was !== undefined) this.members.get(was)?.delete(n);
      this.keyOfName.delete(n);
      if (was !== undefined) keys.add(was);
      if (!this.names.has(n.name) && this.canonical.delete(n.name)) changed.add(n.name);
    }
    const maximal = new Map<Name, boolean>();
    for (const n of again) {
      const was = this.keyOfName.get(n);
      const now = this.personKey(n, maximal);
      if (was !== now) {
        if (was !== undefined) this.members.get(was)?.delete(n);
        getOrSet(this.members, now, () => new Set()).add(n);
        this.keyOfName.set(n, now);
        if (was !== undefined) keys.add(was);
      }
      keys.add(now);
    }
    // The label: most name words, then most often credited, then the shortest way of writing it.
    for (const k of keys) {
      const group = this.members.get(k);
      if (!group || group.size === 0) {
        this.members.delete(k);
        continue;
      }
      let label: Name | undefined;
      for (const n of group) if (!label || better(n, label)) label = n;
      for (const n of group) {
        if (this.canonical.get(n.name) === label!.name) continue;
        this.canonical.set(n.name, label!.name);
        changed.add(n.name);
      }
    }
    return changed;
  }

  private wordsOf(name: string): { words: string[]; suffix: boolean } {
    let read = this.known.get(name);
    if (!read) this.known.set(name, (read = { words: personWords(name), suffix: name.split(/\s+/).some((t) => isNameSuffix(t)) }));
    return read;
  }

  /** A name's supersets hold each of its words: look among the names holding its rarest word, not every name. */
  private supersets(n: Name): Name[] {
    if (!n.words.length) return [];
    const rarest = n.words.reduce((a, b) => (this.byWord.get(b)!.size < this.byWord.get(a)!.size ? b : a));
    return [...this.byWord.get(rarest)!].filter((m) => within(n, m));
  }

  /** People: the fullest names, one per word set (and suffix); a shorter name joins its only maximal superset. */
  private personKey(n: Name, maximal: Map<Name, boolean>): string {
    const isMaximal = (m: Name) => {
      let v = maximal.get(m);
      if (v === undefined) maximal.set(m, (v = this.supersets(m).length === 0));
      return v;
    };
    if (isMaximal(n)) return keyOf(n);
    const people = new Map(this.supersets(n).filter(isMaximal).map((m) => [keyOf(m), m]));
    const only = people.size === 1 ? [...people.values()][0] : null;
    return only && only.suffix === n.suffix ? keyOf(only) : keyOf(n);
  }
}

/** A person's key: their sorted name words (and suffix); a name that is no person's, as written. */
function keyOf(n: Name): string {
  return n.words.length ? `p:${[...n.words].sort().join(' ')}${n.suffix ? ' +sfx' : ''}` : `o:${n.name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ')}`;
}

/** `a`'s words are some of `b`'s, fewer. */
function within(a: Name, b: Name): boolean {
  return a.words.length > 0 && a.words.length < b.words.length && a.words.every((w) => b.words.includes(w));
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

function better(a: Name, b: Name): boolean {
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  if (a.count !== b.count) return a.count > b.count;
  if (a.name.length !== b.name.length) return a.name.length < b.name.length;
  return a.name < b.name;
}

/** The words of `name` that `speakersAgree` reads as its person-name words, lowercase. */
function personWords(name: string): string[] {
  if (!speakersAgree(name, name)) return [];
  return [...new Set(name.split(/\s+/).filter((t) => !isNameSuffix(t) && speakersAgree(t, name)).map((t) => t.toLowerCase().replace(/^[("'‘“]+|[)"'’”.,]+$/g, '').replace(/['’]s$/, '')))];
}
