/**
 * Evidence export for the popup, the side panel and the library's family and speaker pages: the
 * background builds the document (from a tab's last comparison, or from the library); this page
 * saves it with a Blob and an <a download>, or copies the Markdown. Both run inside the reader's click, so neither needs the `downloads` or
 * `clipboardWrite` permission.
 */
import type { ExportChoice, ExportOutcome } from '@/components/popup/ExportControl';
import type { Translate } from '@/utils/i18n/translate';
import { sendMessage, type EvidenceDocument, type EvidenceFormat, type Failure } from '@/utils/protocol/messages';

/** Long enough for the browser to have read the Blob when the download starts. */
const REVOKE_AFTER_MS = 60_000;

function download(doc: EvidenceDocument): void {
  const url = URL.createObjectURL(new Blob([doc.text], { type: doc.mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = doc.fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Asks the background for one document. */
export type EvidenceRequest = (format: EvidenceFormat) => Promise<{ ok: true; data: EvidenceDocument } | Failure>;

/** A tab's last comparison, as the popup and the side panel export it. */
export const tabEvidence = (tabId: number): EvidenceRequest => (format) => sendMessage({ type: 'export-evidence', tabId, format });

/** `t`: the page's translator, for the outcome the reader sees and hears. */
export async function exportEvidence(request: EvidenceRequest, choice: ExportChoice, t: Translate): Promise<ExportOutcome> {
  const copy = choice === 'copy-md';
  const res = await request(copy ? 'md' : choice);
  if (!res.ok) return { ok: false, message: t('notExported', res.error) };
  const n = res.data.unanchored;
  // A saved article that lost its text is said beside the outcome, not only inside the file.
  const note = n === 0 ? '' : ` ${n === 1 ? t('unanchoredOne') : t('unanchoredMany', n)}`;
  if (!copy) {
    download(res.data);
    return { ok: true, message: `${t('savedFile', res.data.fileName)}${note}` };
  }
  try {
    await navigator.clipboard.writeText(res.data.text);
    return { ok: true, message: `${t('copiedMarkdown')}${note}` };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, message: t('notCopied', why) };
  }
}
