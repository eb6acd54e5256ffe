import { useRef, useState } from 'preact/hooks';
import type { EvidenceFormat } from '@/utils/evidence/evidence-formats';
import type { MessageKey } from '@/utils/i18n/translate';
import { useT } from '@/components/i18n';

/** A file to download in one of the evidence formats, or the Markdown copied to the clipboard. */
export type ExportChoice = EvidenceFormat | 'copy-md';

/** How an export ended, in the words the reader sees and hears ("Saved verbatim-….md", "Copied …"). */
export interface ExportOutcome {
  ok: boolean;
  message: string;
}

export const EXPORT_CHOICES: readonly { value: ExportChoice; label: MessageKey }[] = [
  { value: 'md', label: 'exportFormatMd' },
  { value: 'html', label: 'exportFormatHtml' },
  { value: 'annotations', label: 'exportFormatAnnotations' },
  { value: 'claimreview', label: 'exportFormatClaimreview' },
  { value: 'copy-md', label: 'exportFormatCopyMd' },
];

export interface ExportControlProps {
  /** Builds the export and delivers it; the entrypoint downloads or copies (components touch no browser API). */
  onExport: (choice: ExportChoice) => Promise<ExportOutcome>;
}

/**
 * "Export" on a checked article: a labelled native select of the formats and one button that runs
 * the choice, so arrowing through the options never starts an export. The outcome stays written
 * beside it; the page's live region reads it out.
 */
export function ExportControl({ onExport }: ExportControlProps) {
  const t = useT();
  const [choice, setChoice] = useState<ExportChoice>('md');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  // A second press while the first export runs is dropped (state alone lags one render).
  const running = useRef(false);
  const run = async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await onExport(choice));
    } catch (err) {
      setOutcome({ ok: false, message: t('notExported', err instanceof Error ? err.message : String(err)) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return (
    <div class="export" data-testid="export">
      <label for="export-format" class="export-label">
        {t('exportLabel')}
      </label>
      <select
        id="export-format"
        data-testid="export-format"
        value={choice}
        onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value as ExportChoice)}
      >
        {EXPORT_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {t(c.label)}
          </option>
        ))}
      </select>
      {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
      <button type="button" class="secondary" data-testid="export-button" aria-disabled={busy} onClick={() => void run()}>
        {t(busy ? 'exporting' : choice === 'copy-md' ? 'exportCopy' : 'exportDownload')}
      </button>
      {outcome && (
        <p class={outcome.ok ? 'export-status' : 'export-status inline-error'} data-testid="export-status" data-ok={String(outcome.ok)}>
          {outcome.message}
        </p>
      )}
    </div>
  );
}
