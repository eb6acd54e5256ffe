/**
 * Evidence export for the popup and the side panel: the background builds the document from the
 * tab's last comparison; this page saves it with a Blob and an <a download>, or copies the
 * Markdown. Both run inside the reader's click, so neither needs the `downloads` or
 * `clipboardWrite` permission.
 */
import type { ExportChoice, ExportOutcome } from '@/components/popup/ExportControl';
import { sendMessage, type EvidenceDocument } from '@/utils/protocol/messages';

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

export async function exportEvidence(tabId: number, choice: ExportChoice): Promise<ExportOutcome> {
  const copy = choice === 'copy-md';
  const res = await sendMessage({ type: 'export-evidence', tabId, format: copy ? 'md' : choice });
  if (!res.ok) return { ok: false, message: `Not exported: ${res.error}` };
  if (!copy) {
    download(res.data);
    return { ok: true, message: `Saved ${res.data.fileName}` };
  }
  try {
    await navigator.clipboard.writeText(res.data.text);
    return { ok: true, message: 'Copied the Markdown report.' };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { ok: false, message: `Not copied: the browser refused the clipboard (${why}). Choose Markdown to download it instead.` };
  }
}
