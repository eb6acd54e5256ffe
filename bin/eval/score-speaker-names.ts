/** Judged speaker names (test/judged/speaker-names.jsonl): read and scored. Pure, for table tests. */

export type NameLabel = 'right' | 'glued' | 'wrong' | 'null' | 'unsure';

/** One judged change: a quote (by its article's url and its start) and the names two builds gave it, each labelled. */
export interface JudgedName {
  id: string;
  split: 'tune' | 'held-out';
  url: string;
  quoteStart: number;
  before: string | null;
  after: string | null;
  beforeLabel: NameLabel;
  afterLabel: NameLabel;
}

const LABELS: readonly string[] = ['right', 'glued', 'wrong', 'null', 'unsure'];

export function readJudgedNames(jsonl: string): JudgedName[] {
  return jsonl.split('\n').filter((l) => l.trim() !== '').map((l, i) => {
    const r = JSON.parse(l) as JudgedName;
    if (!LABELS.includes(r.beforeLabel) || !LABELS.includes(r.afterLabel) || typeof r.url !== 'string' || !Number.isInteger(r.quoteStart)) {
      throw new Error(`speaker-names.jsonl line ${i + 1}: not a judged name`);
    }
    return r;
  });
}

export const judgedQuoteKey = (l: Pick<JudgedName, 'url' | 'quoteStart'>) => `${l.url} ${l.quoteStart}`;

/** Readability's test pages are named by folder (`readability-pages/<page>`), not by a web address. */
const PAGE_KEY = /^readability-pages\/\w[\w.-]*$/;

/** The corpus file a judged line's `url` names: a Readability page's source, or null for an AllSides article's address. */
export function judgedPageFile(url: string): string | null {
  return PAGE_KEY.test(url) ? `${url}/source.html` : null;
}

/**
 * Per split, how many judged quotes' current names carry each label. A quote judged in several
 * sets (its name changed again) counts once, with the label of whichever judged name the current
 * one equals; "not judged" when it equals none, "quote gone" when no quote starts there now.
 */
export function scoreJudgedNames(labels: readonly JudgedName[], current: (key: string) => string | null | undefined): Record<string, Record<string, number>> {
  const quotes = new Map<string, { split: string; names: Map<string | null, NameLabel> }>();
  for (const l of labels) {
    const q = quotes.get(judgedQuoteKey(l)) ?? { split: l.split, names: new Map<string | null, NameLabel>() };
    q.names.set(l.before, l.beforeLabel);
    q.names.set(l.after, l.afterLabel);
    quotes.set(judgedQuoteKey(l), q);
  }
  const out: Record<string, Record<string, number>> = {};
  for (const [key, q] of quotes) {
    const now = current(key);
    const label = now === undefined ? 'quote gone' : (q.names.get(now) ?? 'not judged');
    const split = (out[q.split] ??= { right: 0, glued: 0, wrong: 0, null: 0, unsure: 0, 'not judged': 0, 'quote gone': 0 });
    split[label]++;
  }
  return out;
}
