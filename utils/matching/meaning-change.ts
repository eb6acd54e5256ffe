/**
 * Words whose change alters what a quote says, not just how: negations ("should" / "shouldn't"),
 * numbers (written or in digits), modal hedges ("will" / "may") and quantifiers ("some" / "all").
 * Compared as multisets over the shared part of two versions, so a reordered sentence with the
 * same negation is not flagged while a dropped "not" is. The words are the lexicon's; callers that
 * pass none get English (two versions of a quote are compared within one language).
 */
import type { Lexicon } from '@/utils/language/lexicon';
import { english } from '@/utils/language/en';

/**
 * The meaning class key of a normalized word ("3" for "three" and "3", "neg:n't" for any
 * contraction), or null when the word cannot change the meaning this way. `next` is the word
 * after it: "not only" is a connective, not a negation.
 */
export function meaningKey(key: string, next = '', lex: Lexicon = english): string | null {
  if (lex.isNegationForm(key)) return `neg:${key}`;
  if (lex.negations.has(key)) return lex.notNegating.some(([a, b]) => key === a && next === b) ? null : `neg:${key}`;
  if (lex.hedges.has(key) || lex.quantifiers.has(key)) return `word:${key}`;
  const number = lex.numberWords.get(key);
  if (number !== undefined) return `num:${number}`;
  if (lex.numberForm.test(key)) return `num:${key.replace(/\.0+$/, '')}`;
  return null;
}

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
 * changes how the quote reads, not what it says. Indirect speech's tense backshift ("will" →
 * "would") is grammar, not a change of meaning (the lexicon's `backshift`).
 */
export function meaningChanges(
  quoteWords: ReadonlyArray<string | MeaningWord>, otherWords: ReadonlyArray<string | MeaningWord>, reported = false, lex: Lexicon = english,
): string[] {
  const q = collect(lex, quoteWords.map(asWord), reported);
  const o = collect(lex, otherWords.map(asWord), reported);
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

/** One local edit between two versions: the words one has where the other has others (either side may be empty). */
export interface MeaningEdit {
  q: ReadonlyArray<string | MeaningWord>;
  o: ReadonlyArray<string | MeaningWord>;
}

/**
 * The meaning changes of a set of local edits (`meaningChanges` over their words together, and
 * over `whole`, the shared part's words, so a negation moved is no change). Negations count added or dropped; a
 * number, hedge or quantifier only where its edit holds one of the same class on the other side
 * ("will" / "may", "300" / "200"): a word one version adds ("I have some bad news") or a number it
 * leaves out says no other thing. Judged: docs/DESIGN.md "Meaning-change flags, read".
 */
export function meaningEdits(edits: readonly MeaningEdit[], whole: MeaningEdit, reported = false, lex: Lexicon = english): string[] {
  const q: MeaningWord[] = [];
  const o: MeaningWord[] = [];
  for (const edit of edits) {
    const eq = edit.q.map(asWord);
    const eo = edit.o.map(asWord);
    q.push(...substituted(lex, eq, eo, reported));
    o.push(...substituted(lex, eo, eq, reported));
  }
  // A word the whole shared part holds as often on both sides moved, in an edit too long to read ("that New Yorkers have no reason" / "there is no reason for New Yorkers").
  const moved = new Set(meaningChanges(whole.q, whole.o, reported, lex));
  return meaningChanges(q, o, reported, lex).filter((w) => moved.has(w));
}

/** The words of `side` that can change the meaning against `other` in one edit (see meaningEdits). */
function substituted(lex: Lexicon, side: MeaningWord[], other: MeaningWord[], reported: boolean): MeaningWord[] {
  const classOf = (w: MeaningWord, next = ''): string | null => {
    const key = reported ? (lex.backshift.get(w.key) ?? w.key) : w.key;
    const mk = meaningKey(key, next, lex);
    if (mk === null) return null;
    if (mk.startsWith('neg:') || mk.startsWith('num:')) return mk.slice(0, 4);
    return lex.hedges.has(key) ? 'hedge' : 'quantifier';
  };
  const otherClasses = new Set(other.map((w, k) => classOf(w, other[k + 1]?.key)));
  return side.filter((w, k) => {
    const c = classOf(w, side[k + 1]?.key);
    return c === 'neg:' || (c !== null && otherClasses.has(c));
  });
}

function collect(lex: Lexicon, words: MeaningWord[], reported: boolean): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  words.forEach(({ key, bracket }, k) => {
    const mk = meaningKey(reported ? (lex.backshift.get(key) ?? key) : key, words[k + 1]?.key, lex);
    if (mk === null) return;
    if (bracket && !mk.startsWith('neg:') && !mk.startsWith('num:')) return;
    const list = byKey.get(mk) ?? [];
    list.push(key);
    byKey.set(mk, list);
  });
  return byKey;
}
