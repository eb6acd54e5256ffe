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

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?,?$/i;

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

/** A name's person-name words and suffix, as `canonicalNames` reads them; kept by callers that merge the same names again. */
export type NameWords = Map<string, { words: string[]; suffix: boolean }>;

/** As `canonicalSpeakers`, from each distinct name's count; `known` keeps each name's words between calls (reading them is most of the cost). */
export function canonicalNames(counts: ReadonlyMap<string, number>, known: NameWords = new Map()): Map<string, string> {
  const names: Name[] = [...counts].map(([name, count]) => {
    let read = known.get(name);
    if (!read) known.set(name, (read = { words: personWords(name), suffix: name.split(/\s+/).some((t) => SUFFIX.test(t)) }));
    return { name, words: read.words, suffix: read.suffix, count };
  });
  // People: the fullest names, one per word set (and suffix); a shorter name joins its only superset.
  const keyOf = (n: Name) => (n.words.length ? `p:${[...n.words].sort().join(' ')}${n.suffix ? ' +sfx' : ''}` : `o:${n.name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ')}`);
  const within = (a: Name, b: Name) => a.words.length > 0 && a.words.length < b.words.length && a.words.every((w) => b.words.includes(w));
  // A name's supersets hold each of its words: look among the names holding its rarest word, not
  // every name (the library's speakers pages merge thousands of names at once).
  const byWord = new Map<string, Name[]>();
  for (const n of names) {
    for (const w of n.words) {
      const list = byWord.get(w);
      if (list) list.push(n);
      else byWord.set(w, [n]);
    }
  }
  const supersets = (n: Name): Name[] => {
    if (!n.words.length) return [];
    const rarest = n.words.reduce((a, b) => (byWord.get(b)!.length < byWord.get(a)!.length ? b : a));
    return byWord.get(rarest)!.filter((m) => within(n, m));
  };
  const maximal = names.filter((n) => supersets(n).length === 0);
  const isMaximal = new Set(maximal);
  const firstOfKey = new Map<string, Name>();
  for (const m of maximal) if (!firstOfKey.has(keyOf(m))) firstOfKey.set(keyOf(m), m);
  const person = new Map<Name, string>();
  for (const n of names) {
    if (isMaximal.has(n)) {
      person.set(n, keyOf(n));
      continue;
    }
    const people = new Set(supersets(n).filter((m) => isMaximal.has(m)).map(keyOf));
    const only = people.size === 1 ? firstOfKey.get([...people][0])! : null;
    person.set(n, only && only.suffix === n.suffix ? keyOf(only) : keyOf(n));
  }
  // The label: most name words, then most often credited, then the shortest way of writing it.
  const label = new Map<string, Name>();
  for (const n of names) {
    const k = person.get(n)!;
    const best = label.get(k);
    if (!best || better(n, best)) label.set(k, n);
  }
  return new Map(names.map((n) => [n.name, label.get(person.get(n)!)!.name]));
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
  return [...new Set(name.split(/\s+/).filter((t) => !SUFFIX.test(t) && speakersAgree(t, name)).map((t) => t.toLowerCase().replace(/^[("'‘“]+|[)"'’”.,]+$/g, '').replace(/['’]s$/, '')))];
}
