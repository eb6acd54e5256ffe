import { useMemo, useState } from 'preact/hooks';
import type { CheckReport } from '@/utils/protocol/messages';
import { orderQuoteReports } from '@/utils/report/order-quote-reports';
import { countFlags, countVerdicts } from '@/utils/report/verdicts';
import { EmptyState } from '@/components/popup/EmptyState';
import { ExportControl, type ExportChoice, type ExportOutcome } from '@/components/popup/ExportControl';
import { LibraryEmptyNotice } from '@/components/popup/LibraryEmptyNotice';
import { QuoteCard } from '@/components/popup/QuoteCard';
import { quoteFamilyHref } from '@/utils/ui/library-route';
import { ReportHeader } from '@/components/popup/ReportHeader';
import { SaveButton, type SaveState } from '@/components/popup/SaveButton';
import { ReverseSections } from '@/components/panel/ReverseSections';
import { useT } from '@/components/i18n';

export type OkReport = Extract<CheckReport, { status: 'ok' }>;

export interface ReportViewProps {
  report: OkReport;
  saveState: SaveState;
  onSave: () => void;
  onLoadSamples: () => void;
  loadingSamples: boolean;
  onExport: (choice: ExportChoice) => Promise<ExportOutcome>;
}

/**
 * A checked article: header, save button, evidence export, its quote cards, most important first,
 * then what the other outlets on this story quote that it lacks or paraphrases.
 */
export function ReportView({ report, saveState, onSave, onLoadSamples, loadingSamples, onExport }: ReportViewProps) {
  const t = useT();
  const ordered = useMemo(() => orderQuoteReports(report.reports), [report.reports]);
  const counts = useMemo(() => countVerdicts(report.reports), [report.reports]);
  const flagCounts = useMemo(() => countFlags(report.reports), [report.reports]);
  // The most important quote with other versions starts open, so its diff is one glance away.
  const [open, setOpen] = useState<ReadonlySet<number>>(() => {
    const first = ordered.findIndex((r) => r.matches.length > 0);
    return new Set(first >= 0 ? [first] : []);
  });
  const toggle = (i: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  const others = report.libraryCount - (report.saved === 'no' ? 0 : 1);
  return (
    <div class="report">
      <ReportHeader outlet={report.article.outlet} title={report.article.title} date={report.article.date} counts={counts} flagCounts={flagCounts} />
      <div class="actions">
        <SaveButton state={saveState} onSave={onSave} />
      </div>
      <ExportControl onExport={onExport} />
      {others <= 0 && <LibraryEmptyNotice onLoadSamples={onLoadSamples} loading={loadingSamples} />}
      {ordered.length === 0 ? (
        <EmptyState kind="no-quotes" />
      ) : (
        <ol class="cards" aria-label={t('quotesMostImportantFirst')}>
          {ordered.map((r, i) => (
            <li key={`${r.quote.start}-${i}`}>
              <QuoteCard report={r} id={`quote-${i}`} expanded={open.has(i)} onToggle={() => toggle(i)} familyHref={quoteFamilyHref(r, report)} />
            </li>
          ))}
        </ol>
      )}
      <ReverseSections elsewhere={report.elsewhere} paraphrased={report.paraphrasedHere} relatedCount={report.related.length} idPrefix="popup-reverse" />
    </div>
  );
}
