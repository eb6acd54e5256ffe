/**
 * Turns an alignment into the word diff the reader sees: runs of equal words, words only in this
 * outlet's quote ('delete') and words only in the other version ('insert'). Inside each stretch of
 * differences the deletions come first, then the insertions, so a swapped word reads
 * "delete ensure, insert secure". Text is sliced from the originals so inner punctuation survives.
 *
 * Journalists' marks are named, on either side (DiffOp.edit): the op keeps saying whose words they
 * are, the edit says what kind of mark they are. Bracketed words with nothing of the other version
 * against them are an 'insertion' ("[and]"); bracketed words standing against the other version's
 * words are a 'substitution', and so are those words ("[Mr. Lee]" for "he"); words one version left
 * out at its ellipsis are a 'cut'. A bracketed op's text keeps its brackets.
 */
import type { DiffOp } from '@/utils/types';
import type { AlignColumn, Alignment } from '@/utils/matching/align-quote';
import type { WordToken } from '@/utils/text/tokenize-words';

type Mark = 'plain' | 'bracket' | 'cut';
interface Run {
  marks: Mark;
  idx: number[];
}

export function wordDiff(a: Alignment): DiffOp[] {
  const ops: DiffOp[] = [];
  let k = 0;
  const cols = a.columns;
  while (k < cols.length) {
    if (cols[k].kind === 'match') {
      const from = k;
      while (k < cols.length && cols[k].kind === 'match') k++;
      const q = cols.slice(from, k).map((c) => c.q);
      ops.push({ op: 'equal', text: join(a.quoteText, a.quoteWords, q) });
      continue;
    }
    const stretch: AlignColumn[] = [];
    while (k < cols.length && cols[k].kind !== 'match') stretch.push(cols[k++]);
    const qRuns = runs(stretch.filter((c) => c.q >= 0), (c) => c.q, a.quoteWords, 'elided');
    const oRuns = runs(stretch.filter((c) => c.o >= 0), (c) => c.o, a.otherWords, 'gap');
    const has = (rs: Run[], m: Mark) => rs.some((r) => r.marks === m);
    // A bracket against plain words of the other side stands for them: both are the substitution.
    const qSubst = has(qRuns, 'bracket') && has(oRuns, 'plain') && !has(qRuns, 'plain');
    const oSubst = has(oRuns, 'bracket') && has(qRuns, 'plain') && !has(oRuns, 'plain');
    const emit = (op: 'delete' | 'insert', rs: Run[], text: string, words: WordToken[], counterpart: boolean) => {
      for (const r of rs) {
        const d: DiffOp = { op, text: join(text, words, r.idx) };
        if (r.marks === 'cut') d.edit = 'cut';
        else if (r.marks === 'bracket') d.edit = counterpart || (op === 'delete' ? qSubst : oSubst) ? 'substitution' : 'insertion';
        else if (counterpart) d.edit = 'substitution';
        ops.push(d);
      }
    };
    emit('delete', qRuns, a.quoteText, a.quoteWords, oSubst);
    emit('insert', oRuns, a.otherText, a.otherWords, qSubst);
  }
  return ops;
}

/** One side's words of a stretch, in runs of the same mark (plain, bracketed, or cut at an ellipsis). */
function runs(cols: AlignColumn[], index: (c: AlignColumn) => number, words: WordToken[], cutKind: AlignColumn['kind']): Run[] {
  const out: Run[] = [];
  for (const c of cols) {
    const i = index(c);
    const marks: Mark = c.kind === cutKind ? 'cut' : words[i].bracket ? 'bracket' : 'plain';
    const last = out[out.length - 1];
    if (last && last.marks === marks) last.idx.push(i);
    else out.push({ marks, idx: [i] });
  }
  return out;
}

/**
 * Text of the given word indices as written, punctuation between them included, sliced per
 * contiguous run and joined with a space. A run that starts or ends inside square brackets keeps
 * the bracket, so the editor's words read as the editor's ("[Mr. Lee]").
 */
function join(text: string, words: WordToken[], idx: number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (let k = 1; k <= idx.length; k++) {
    // Letters between two consecutive words are words the tokenizer skipped (a name's inlined link
    // card): page furniture, never shown as the speaker's.
    if (k === idx.length || idx[k] !== idx[k - 1] + 1 || SKIPPED.test(text.slice(words[idx[k - 1]].end, words[idx[k]].start))) {
      parts.push(slice(text, words[idx[from]], words[idx[k - 1]]));
      from = k;
    }
  }
  return parts.join(' ');
}

const SKIPPED = /[\p{L}\p{N}]/u;

function slice(text: string, first: WordToken, last: WordToken): string {
  let start = first.start;
  let end = last.end;
  if (first.bracket) {
    const open = text.lastIndexOf('[', start);
    if (open >= 0 && !/\s/.test(text.slice(open + 1, start).replace(/^\s+/, ''))) start = open;
  }
  if (last.bracket) {
    const close = text.indexOf(']', end);
    if (close >= 0 && !/\s/.test(text.slice(end, close))) end = close + 1;
  }
  return text.slice(start, end);
}
