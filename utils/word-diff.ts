/**
 * Turns an alignment into the word diff the reader sees: runs of equal words, words only in this
 * outlet's quote ('delete') and words only in the other version ('insert'). Inside each stretch of
 * differences the deletions come first, then the insertions, so a swapped word reads
 * "delete ensure, insert secure". Text is sliced from the originals so inner punctuation survives.
 */
import type { DiffOp } from '@/utils/types';
import type { Alignment } from '@/utils/align-quote';
import type { WordToken } from '@/utils/tokenize-words';

export function wordDiff(a: Alignment): DiffOp[] {
  const ops: DiffOp[] = [];
  let k = 0;
  const cols = a.columns;
  while (k < cols.length) {
    if (cols[k].kind === 'match') {
      const from = k;
      while (k < cols.length && cols[k].kind === 'match') k++;
      ops.push({ op: 'equal', text: slice(a.quoteText, a.quoteWords, cols[from].q, cols[k - 1].q) });
      continue;
    }
    const qs: number[] = [];
    const os: number[] = [];
    while (k < cols.length && cols[k].kind !== 'match') {
      if (cols[k].q >= 0) qs.push(cols[k].q);
      if (cols[k].o >= 0) os.push(cols[k].o);
      k++;
    }
    if (qs.length) ops.push({ op: 'delete', text: join(a.quoteText, a.quoteWords, qs) });
    if (os.length) ops.push({ op: 'insert', text: join(a.otherText, a.otherWords, os) });
  }
  return ops;
}

/** Text of words[from..to] as written, punctuation between them included. */
function slice(text: string, words: WordToken[], from: number, to: number): string {
  return text.slice(words[from].start, words[to].end);
}

/** Text of the given word indices, sliced per contiguous run. */
function join(text: string, words: WordToken[], idx: number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (let k = 1; k <= idx.length; k++) {
    if (k === idx.length || idx[k] !== idx[k - 1] + 1) {
      parts.push(slice(text, words, idx[from], idx[k - 1]));
      from = k;
    }
  }
  return parts.join(' ');
}
