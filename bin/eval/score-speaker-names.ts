/** Judged speaker names (test/judged/speaker-names.jsonl): read and scored. Pure, for table tests. */

export type NameLabel = 'right' | 'glued' | 'wrong' | 'null' | 'unsure';

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

/**
 * Per split, how many quotes' current names carry each label: the label of the judged name the
 * current one equals; "not judged" when it equals neither, "quote gone" when no quote starts there.
 */
export function scoreJudgedNames(labels: readonly JudgedName[], current: (l: JudgedName) => string | null | undefined): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const l of labels) {
    const now = current(l);
    const label = now === undefined ? 'quote gone' : now === l.after ? l.afterLabel : now === l.before ? l.beforeLabel : 'not judged';
    const split = (out[l.split] ??= { right: 0, glued: 0, wrong: 0, null: 0, unsure: 0, 'not judged': 0, 'quote gone': 0 });
    split[label]++;
  }
  return out;
}
