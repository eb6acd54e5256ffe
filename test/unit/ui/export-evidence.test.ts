/** @vitest-environment happy-dom */
/**
 * How a page delivers an evidence document and words the outcome (entrypoints/popup/export-evidence,
 * shared by the popup, the side panel and the library): a download or the clipboard, and a saved
 * article that lost its text said beside the outcome, not only inside the file.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { exportEvidence } from '@/entrypoints/popup/export-evidence';
import type { ExportChoice } from '@/components/popup/ExportControl';
import { ENGLISH } from '@/utils/i18n/translate';
import type { EvidenceDocument } from '@/utils/protocol/messages';

const doc = (unanchored: number): EvidenceDocument => ({ text: '# Quote family', fileName: 'verbatim-family-x.md', mediaType: 'text/markdown;charset=utf-8', unanchored });

afterEach(() => vi.restoreAllMocks());

test.each<[string, ExportChoice, number, string]>([
  ['a download', 'md', 0, 'Saved verbatim-family-x.md'],
  ['a download with one quote not anchored', 'html', 1, 'Saved verbatim-family-x.md 1 quote is not anchored: its saved article no longer holds its text (save the article again).'],
  ['a copy with two not anchored', 'copy-md', 2, 'Copied the Markdown report. 2 quotes are not anchored: their saved articles no longer hold their text (save the articles again).'],
])('%s', async (_name, choice, unanchored, message) => {
  const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
  const written = vi.fn(async () => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: written }, configurable: true });
  const request = vi.fn(async () => ({ ok: true as const, data: doc(unanchored) }));
  expect(await exportEvidence(request, choice, ENGLISH)).toEqual({ ok: true, message });
  // Copying asks for the Markdown; a download asks for the chosen format.
  expect(request).toHaveBeenCalledWith(choice === 'copy-md' ? 'md' : choice);
  expect(created).toHaveBeenCalledTimes(choice === 'copy-md' ? 0 : 1);
  expect(written).toHaveBeenCalledTimes(choice === 'copy-md' ? 1 : 0);
});

test('a refusal is said with its reason', async () => {
  const request = vi.fn(async () => ({ ok: false as const, error: 'Nothing to annotate' }));
  expect(await exportEvidence(request, 'annotations', ENGLISH)).toEqual({ ok: false, message: 'Not exported: Nothing to annotate' });
});
