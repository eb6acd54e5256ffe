import { describe, expect, test } from 'vitest';
import { EVIDENCE_FORMATS, evidenceFileName, isEvidenceFormat, type EvidenceFormat } from '@/utils/evidence/evidence-formats';

describe('evidenceFileName', () => {
  test.each<[string, { outlet: string; title: string }, EvidenceFormat, string]>([
    ['outlet, title, extension', { outlet: 'Town Ledger', title: 'Bridge vote' }, 'md', 'verbatim-town-ledger-bridge-vote.md'],
    ['HTML report', { outlet: 'Town Ledger', title: 'Bridge vote' }, 'html', 'verbatim-town-ledger-bridge-vote.html'],
    ['the two JSON-LD files say which they are', { outlet: 'Town Ledger', title: 'Bridge vote' }, 'annotations', 'verbatim-town-ledger-bridge-vote-annotations.jsonld'],
    ['ClaimReview', { outlet: 'Town Ledger', title: 'Bridge vote' }, 'claimreview', 'verbatim-town-ledger-bridge-vote-claimreview.jsonld'],
    ['path and reserved characters become dashes', { outlet: 'a/b\\c', title: '<x>: "y"?*|z.' }, 'md', 'verbatim-a-b-c-x-y-z.md'],
    ['accents dropped, other scripts kept', { outlet: 'Le Télégramme', title: 'Ça va · 新闻' }, 'md', 'verbatim-le-telegramme-ca-va-新闻.md'],
    ['no outlet', { outlet: '', title: 'Bridge vote' }, 'md', 'verbatim-bridge-vote.md'],
    ['nothing to name it by', { outlet: '', title: '¿?' }, 'html', 'verbatim-article.html'],
  ])('%s', (_name, article, format, expected) => {
    expect(evidenceFileName(article, format)).toBe(expected);
  });

  test('a long headline is cut on a whole character, with no dash left at the cut', () => {
    const name = evidenceFileName({ outlet: 'Ledger', title: `${'word '.repeat(15)}🌉${'x'.repeat(100)}` }, 'md');
    const title = name.slice('verbatim-ledger-'.length, -'.md'.length);
    expect(Array.from(title)).toHaveLength(80);
    expect(title).toMatch(/^word-(word-){14}x+$/); // the emoji is no letter: a dash, cut clean
    expect(name.isWellFormed()).toBe(true);
  });
});

test.each([...EVIDENCE_FORMATS.map((f) => [f, true] as const), ['copy-md', false], ['pdf', false], [undefined, false], [['md'], false]] as const)(
  'isEvidenceFormat(%j) = %s',
  (x, expected) => {
    expect(isEvidenceFormat(x)).toBe(expected);
  },
);
