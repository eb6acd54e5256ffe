/**
 * Golden matching pairs (cases.ts, texts we wrote): both articles go through the quote finder, as
 * in the extension and the CLI, then our quote is matched against the other article's whole text.
 */
import { describe, expect, test } from 'vitest';
import type { DiffOp } from '@/utils/types';
import { matchQuote, type OtherArticle } from '@/utils/matching/match-quote';
import { findQuotes } from '@/utils/quotes/find-quotes';
import { lineSpans } from '@/utils/article/article-text';
import { CASES } from './cases';

function article(id: string, text: string, outlet = id): OtherArticle {
  return { id, outlet, url: '', title: '', date: null, text, quotes: findQuotes({ text, paragraphs: lineSpans(text) }) };
}

const show = (ops: DiffOp[]) =>
  ops.map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `[-${d.text}-]` : `{+${d.text}+}`)).join(' ');

describe('golden matching pairs', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ours = article('ours', c.ours);
    const theirs = article('theirs', c.theirs, c.theirsOutlet);
    const quote = ours.quotes.find((q) => q.text.includes(c.quote));
    expect(quote, 'our quote is found').toBeDefined();
    const m = matchQuote(quote!, theirs, undefined, c.ours);
    if (c.expect.kind === null) {
      expect(m).toBeNull();
      return;
    }
    expect(m?.kind).toBe(c.expect.kind);
    expect(c.theirs.slice(m!.start, m!.end)).toBe(m!.text);
    if (c.expect.diff !== undefined) expect(show(m!.diff)).toBe(c.expect.diff);
    if (c.expect.edits !== undefined) expect(m!.diff.filter((d) => d.edit)).toEqual(c.expect.edits);
    else expect(m!.diff.filter((d) => d.edit)).toEqual([]);
    if (c.expect.text !== undefined) expect(m!.text).toBe(c.expect.text);
    if (c.expect.speakerConflict !== undefined) expect(m!.speakerConflict).toBe(c.expect.speakerConflict);
    if (c.expect.meaningChanges !== undefined) expect(m!.meaningChanges).toEqual(c.expect.meaningChanges);
    // A quoted match never runs past the other outlet's quote marks, unless the case says their
    // version is reported speech with a quoted piece or words printed as text.
    if (m!.kind !== 'paraphrase' && !c.expect.unmarked) {
      const inside = theirs.quotes.some((q) => q.start <= m!.start && m!.end <= q.end);
      expect(inside, 'the match lies inside one of their quotes').toBe(true);
    }
  });
});
