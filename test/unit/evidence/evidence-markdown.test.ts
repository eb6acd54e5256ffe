/** Markdown evidence: every quote with its kind and flags, versions with diffs and links, page text escaped. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildEvidence, diffText } from '@/utils/evidence/evidence-model';
import { evidenceMarkdown, mdText, mdUnescape } from '@/utils/evidence/evidence-markdown';
import { FLAG_LABELS, VERDICT_LABELS } from '@/utils/report/verdicts';
import { textFragmentUrl } from '@/utils/report/text-fragment-url';
import { BRIDGE, fixtureReports, HOSTILE, longestQuote, makeArticle, seedComparison } from '../../support/evidence-fixtures';
import { makeMatch, makeReport } from '../../support/quote-report-builders';

const reports = fixtureReports();
const md = evidenceMarkdown(buildEvidence(makeArticle(), reports));

/** The block of one quote: from its heading to the next quote heading. */
function block(text: string, words: string): string {
  const parts = text.split(/\n(?=### )/);
  const found = parts.find((p) => mdUnescape(p).includes(words));
  if (!found) throw new Error(`no block holding ${words}`);
  return found;
}

describe('evidenceMarkdown on a report of every kind and flag', () => {
  test.each([
    ['article outlet', 'Outlet: Town Ledger'],
    ['article date', 'Date: 2026-03-12'],
    ['article URL as an autolink', '<https://ledger.example/news/bridge>'],
    ['an undated version is marked', 'Valley Post, no date given'],
    ['an only-here quote says so', 'Only here: no other saved article carries it.'],
    ['a marked edit is named', "<editor's insertion: {+[the]+}>"],
    ['a meaning change says what differs', 'Meaning may differ: not'],
    ['a speaker conflict names both', 'Credited to Cal Moss, not Ben Ode.'],
  ])('%s', (_name, expected) => {
    expect(mdUnescape(md)).toContain(expected);
  });

  test('each quote heading shows its kind, with its flags beside it', () => {
    const bridge = block(md, BRIDGE);
    expect(bridge).toMatch(new RegExp(`^### \\d+\\. Ana Ruiz: ${VERDICT_LABELS.altered} · ${FLAG_LABELS['meaning-change']}`));
    const hostile = block(md, 'too');
    expect(hostile).toMatch(new RegExp(`^### \\d+\\. Ben Ode: ${VERDICT_LABELS.partial} · ${FLAG_LABELS['speaker-conflict']}`));
    expect(block(md, 'came too late')).toMatch(new RegExp(`^### \\d+\\. Speaker not identified: ${VERDICT_LABELS['only-here']}`));
  });

  test('links open the other article at their words; an unsafe URL gets no link', () => {
    const gazette = reports[0].matches[0];
    expect(md).toContain(`(<${textFragmentUrl(gazette.url, gazette.text)}>)`);
    expect(md).not.toMatch(/javascript:alert/);
    // The hostile match's outlet name is still listed, as text.
    expect(md).toContain('Evil \\<b\\>Outlet\\</b\\>');
  });

  test('the hostile quote stays text: no raw tag, link or emphasis survives', () => {
    const quoteLine = block(md, 'too').split('\n').find((l) => l.startsWith('> '))!;
    expect(mdUnescape(quoteLine)).toBe(`> “${HOSTILE}”`);
    expect(quoteLine).not.toMatch(/(^|[^\\])[<[*]/);
  });

  test('the diff sits in a fence longer than any backtick run inside it', () => {
    const ticks = makeMatch('altered', { diff: [{ op: 'equal', text: 'a ```` b' }, { op: 'insert', text: 'c' }] });
    const out = evidenceMarkdown(buildEvidence(makeArticle(), [makeReport('a ```` b', 0, [ticks])]));
    expect(out).toContain('`````text\na ```` b {+c+}\n`````');
  });

  test('an article without quotes says so', () => {
    expect(evidenceMarkdown(buildEvidence(makeArticle(), []))).toContain('No direct quotes found in this article.');
  });
});

describe('mdText escaping', () => {
  test('any text round-trips: unescaped it is the text with whitespace collapsed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: fc.constantFrom(...'<>&[]()*_`#|~$!\\ \n-+.ab') })), (s) => {
        const escaped = mdText(s);
        expect(mdUnescape(escaped)).toBe(s.replace(/\s+/g, ' ').trim());
        // No markup character is left unescaped.
        expect(escaped.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[\\`*_[\]<>#|~&$]/);
      }),
    );
  });
});

describe('the seeds (000 with 001)', () => {
  test('the long Gor quote is a paraphrase whose diff shows "ensure" -> "secure"', async () => {
    const { article, reports: seedReports } = await seedComparison();
    const out = evidenceMarkdown(buildEvidence(article, seedReports));
    const long = longestQuote(seedReports.map((r) => r.quote));
    const quoteBlock = block(out, long.text);
    expect(quoteBlock).toMatch(/^### \d+\. Sergio Gor: Paraphrased/);
    expect(quoteBlock).toContain('#### IANS, 2026-03-13: Paraphrased');
    const match = seedReports.find((r) => r.quote === long)!.matches[0];
    // The fenced diff is the shared diff text, wrapped.
    const fence = quoteBlock.split('```text\n')[1].split('\n```')[0];
    expect(fence.replace(/\n/g, ' ')).toBe(diffText(match.diff));
    expect(fence).toMatch(/\[-[^\]]*ensure[^\]]*-\] \{\+secure\+\}/);
  });
});
