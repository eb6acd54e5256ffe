/**
 * Does a speaker string occur in the article as written? The "glued names" measure and the
 * speaker-attribution invariant both ask it: a speaker is words the article writes side by side,
 * so gluing words across a line break, punctuation or two mentions gives a string found nowhere.
 * Apostrophes and dashes are unified and runs of spaces count as one; line breaks are kept, so a
 * name that spans a line break does not occur.
 */

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032`´]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
// Spaces and tabs (not line breaks) in runs of any length.
const SPACE_RUNS = /[^\S\n\r]+/g;

/** The unification above: apostrophes to ', dashes to -, each run of non-line-break spaces to one space. */
export function unifyForSpeakerSearch(s: string): string {
  return s.replace(APOSTROPHES, "'").replace(DASHES, '-').replace(SPACE_RUNS, ' ');
}

/** True when `speaker` occurs verbatim (after unification, case kept) somewhere in `text`. */
export function speakerOccursIn(text: string, speaker: string, unifiedText = unifyForSpeakerSearch(text)): boolean {
  const s = unifyForSpeakerSearch(speaker).trim();
  return s !== '' && unifiedText.includes(s);
}

const AFTER_PREPOSITION = /(^|[^\p{L}])(to|of|for|with|at|from|by|about|in|on)\s+(the\s+)?(\p{Lu}[\p{L}.'-]*\s+){0,3}$/u;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Is `name` written in a speaker phrase as its head ("Sen. Ann Lee of Norland" for "Ann Lee")? As
 * whole words (case ignored, unified as above), not as a possessive ("Lee's aide") nor after a
 * preposition ("an adviser to Lee"): those phrases name someone else. The extraction eval's second
 * speaker figure asks it of the gold speaker phrase.
 */
export function nameHeadsPhrase(name: string, phrase: string): boolean {
  const n = unifyForSpeakerSearch(name).trim();
  if (n === '') return false;
  // Whole words, and no possessive after them ("Lee's", "Moss' aide").
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}]|'s\\b|'(?!\\p{L}))`, 'giu');
  const p = unifyForSpeakerSearch(phrase);
  for (let m = re.exec(p); m; m = re.exec(p)) {
    // "an adviser to Sen. Ann Lee": a preposition, maybe "the" and titles, right before the name.
    if (!AFTER_PREPOSITION.test(p.slice(0, m.index + m[1].length))) return true;
  }
  return false;
}
