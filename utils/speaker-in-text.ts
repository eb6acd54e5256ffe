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
