import { useState } from 'preact/hooks';
import { ExportControl, type ExportChoice, type ExportOutcome } from '@/components/popup/ExportControl';
import { useT } from '@/components/i18n';

export interface EvidenceExportProps {
  /** The section's heading, translated: what is exported (this family, these quotes). */
  heading: string;
  /** Builds the export and delivers it (the entrypoint downloads or copies). */
  onExport: (choice: ExportChoice) => Promise<ExportOutcome>;
}

/**
 * The evidence export of a library page (a family, a speaker): the panel's own Export control under
 * a heading, and a live region that reads each outcome out (saved, copied, or why not).
 */
export function EvidenceExport({ heading, onExport }: EvidenceExportProps) {
  const t = useT();
  const [said, setSaid] = useState({ seq: 0, text: '' });
  const run = async (choice: ExportChoice) => {
    const outcome = await onExport(choice);
    setSaid((s) => ({ seq: s.seq + 1, text: outcome.message }));
    return outcome;
  };
  return (
    <section class="evidence-export" aria-labelledby="evidence-export-title" data-testid="evidence-export">
      <h3 id="evidence-export-title">{heading}</h3>
      <ExportControl onExport={run} />
      <p class="muted">{t('exportLibraryNote')}</p>
      <p class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        <span key={said.seq}>{said.text}</span>
      </p>
    </section>
  );
}
