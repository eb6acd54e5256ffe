/**
 * Words whose change alters what a quote says, not just how: negations ("should" / "shouldn't"),
 * numbers (written or in digits), modal hedges ("will" / "may") and quantifiers ("some" / "all").
 * Compared as multisets over the shared part of two versions, so a reordered sentence with the
 * same negation is not flagged while a dropped "not" is.
 */

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'cannot', 'without']);
const HEDGES = new Set(['may', 'might', 'could', 'would', 'should', 'must', 'will', 'shall', 'can', 'ought']);
const QUANTIFIERS = new Set(['some', 'all', 'most', 'many', 'few', 'every', 'any', 'always', 'sometimes', 'often', 'rarely', 'more', 'less', 'fewer']);
const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8',
  nine: '9', ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15',
  sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', thirty: '30',
  forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90', hundred: '100',
  thousand: '1000', million: '1000000', billion: '1000000000', trillion: '1000000000000',
  dozen: '12', half: '0.5', first: '1st', second: '2nd', third: '3rd',
};

/**
 * The meaning class key of a normalized word ("3" for "three" and "3", "neg:n't" for any
 * contraction), or null when the word cannot change the meaning this way. `next` is the word
 * after it: "not only" is a connective, not a negation.
 */
export function meaningKey(key: string, next = ''): string | null {
  if (key.endsWith("n't")) return `neg:${key}`;
  if (NEGATIONS.has(key)) return key === 'not' && next === 'only' ? null : `neg:${key}`;
  if (HEDGES.has(key) || QUANTIFIERS.has(key)) return `word:${key}`;
  if (NUMBER_WORDS[key] !== undefined) return `num:${NUMBER_WORDS[key]}`;
  if (/^\d[\d.]*(?:st|nd|rd|th|s)?$/.test(key)) return `num:${key.replace(/\.0+$/, '')}`;
  return null;
}

// Indirect speech shifts tense ("will" becomes "would"): grammar, not a change of meaning.
const BACKSHIFT: Record<string, string> = { would: 'will', could: 'can', might: 'may', should: 'shall' };

/** A word of one version: its comparison key, and whether the editor put it in square brackets. */
export interface MeaningWord {
  key: string;
  bracket?: boolean;
}

/**
 * The meaning words (as written in `quoteWords` / `otherWords`) that one version has and the
 * other lacks; quote side first. `reported`: the other version is indirect speech, so tense
 * backshift of modals is not a change. An editor's bracketed word ("[Mr. Lee]", "[and]") counts
 * only when it is itself a negation or a number: a bracket that supplies a name or a link word
 * changes how the quote reads, not what it says.
 */
export function meaningChanges(
  quoteWords: ReadonlyArray<string | MeaningWord>, otherWords: ReadonlyArray<string | MeaningWord>, reported = false,
): string[] {
  const q = collect(quoteWords.map(asWord), reported);
  const o = collect(otherWords.map(asWord), reported);
  const changed: string[] = [];
  for (const [side, other] of [[q, o], [o, q]] as const) {
    for (const [mk, words] of side) {
      const surplus = words.length - (other.get(mk)?.length ?? 0);
      for (let k = 0; k < surplus; k++) if (!changed.includes(words[k])) changed.push(words[k]);
    }
  }
  return changed;
}

const asWord = (w: string | MeaningWord): MeaningWord => (typeof w === 'string' ? { key: w } : w);

function collect(words: MeaningWord[], reported: boolean): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  words.forEach(({ key, bracket }, k) => {
    const mk = meaningKey(reported ? (BACKSHIFT[key] ?? key) : key, words[k + 1]?.key);
    if (mk === null) return;
    if (bracket && !mk.startsWith('neg:') && !mk.startsWith('num:')) return;
    const list = byKey.get(mk) ?? [];
    list.push(key);
    byKey.set(mk, list);
  });
  return byKey;
}
