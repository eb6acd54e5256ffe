import { useEffect, useMemo, useState } from 'preact/hooks';
import { orderQuoteReports } from '@/utils/report/order-quote-reports';
import { countFlags, countVerdicts } from '@/utils/report/verdicts';
import type { OkReport } from '@/components/popup/ReportView';
import { EmptyState } from '@/components/popup/EmptyState';
import { ExportControl } from '@/components/popup/ExportControl';
import { LibraryEmptyNotice } from '@/components/popup/LibraryEmptyNotice';
import { QuoteCard } from '@/components/popup/QuoteCard';
import { quoteFamilyHref } from '@/utils/ui/library-route';
import { ReportHeader } from '@/components/popup/ReportHeader';
import { SaveButton, type SaveState } from '@/components/popup/SaveButton';
import type { PanelActions } from '@/components/panel/PanelApp';
import { ReverseSections } from '@/components/panel/ReverseSections';
import { useT } from '@/components/i18n';

export interface PanelReportProps {
  report: OkReport;
  /** The selected quote's index in `report.reports` (text order). */
  selected: number | null;
  highlightsShown: boolean;
  actions: PanelActions;
}

const EXCERPT = 60;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

/**
 * A checked tab in the panel: the popup's header, save button, evidence export and quote cards
 * (most important first), each card with a "Show in page" button; the selected quote is marked in
 * words and by outline, opened, and scrolled into view when the reader reaches it in the page.
 * After the cards, what the other outlets on this story quote, read against this article.
 */
export function PanelReport({ report, selected, highlightsShown, actions }: PanelReportProps) {
  const t = useT();
  // Each report keeps its index in text order: the page's highlights are numbered by it.
  const ordered = useMemo(
    () => {
      const indexOf = new Map(report.reports.map((r, i) => [r, i]));
      return orderQuoteReports(report.reports).map((r) => ({ report: r, index: indexOf.get(r)! }));
    },
    [report.reports],
  );
  const counts = useMemo(() => countVerdicts(report.reports), [report.reports]);
  const flagCounts = useMemo(() => countFlags(report.reports), [report.reports]);
  const [open, setOpen] = useState<ReadonlySet<number>>(() => {
    const first = ordered.find((o) => o.report.matches.length > 0);
    return new Set(first ? [first.index] : []);
  });
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [loadingSamples, setLoadingSamples] = useState(false);
  const [shownParaphrase, setShownParaphrase] = useState<number | null>(null);

  useEffect(() => {
    if (selected === null) return;
    setOpen((prev) => (prev.has(selected) ? prev : new Set([...prev, selected])));
    document.getElementById(`panel-quote-${selected}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const toggle = (i: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(i)) next.add(i);
      return next;
    });
  const save = async () => {
    setSaving(true);
    setNotice(null);
    const res = await actions.save();
    setSaving(false);
    if (!res.ok) setNotice(t('notSaved', res.error));
  };
  const loadSamples = async () => {
    setLoadingSamples(true);
    setNotice(null);
    const res = await actions.loadSamples();
    setLoadingSamples(false);
    if (res.ok) actions.check();
    else setNotice(t('samplesNotLoaded', res.error));
  };
  const saveState: SaveState = saving ? 'saving' : report.saved;
  const others = report.libraryCount - (report.saved === 'no' ? 0 : 1);
  return (
    <div class="report">
      {notice && (
        <p class="inline-error" role="alert" data-testid="notice">
          {notice}
        </p>
      )}
      <ReportHeader outlet={report.article.outlet} title={report.article.title} date={report.article.date} counts={counts} flagCounts={flagCounts} />
      <div class="actions">
        <SaveButton state={saveState} onSave={() => void save()} />
        <button type="button" class="secondary" data-testid="recheck" onClick={actions.check}>
          {t('checkAgain')}
        </button>
        <button
          type="button"
          class="secondary"
          data-testid="toggle-highlights"
          aria-pressed={highlightsShown}
          onClick={actions.toggleHighlights}
        >
          {t(highlightsShown ? 'highlightsOn' : 'highlightsOff')}
        </button>
      </div>
      <ExportControl onExport={actions.exportEvidence} />
      {others <= 0 && <LibraryEmptyNotice onLoadSamples={() => void loadSamples()} loading={loadingSamples} />}
      {ordered.length === 0 ? (
        <EmptyState kind="no-quotes" />
      ) : (
        <ol class="cards" aria-label={t('quotesMostImportantFirst')}>
          {ordered.map(({ report: r, index }) => {
            const isSelected = index === selected;
            return (
              <li
                key={index}
                id={`panel-quote-${index}`}
                class={isSelected ? 'panel-quote selected' : 'panel-quote'}
                data-testid="panel-quote"
                data-index={index}
                aria-current={isSelected ? 'true' : undefined}
              >
                <QuoteCard report={r} id={`quote-${index}`} expanded={open.has(index)} onToggle={() => toggle(index)} familyHref={quoteFamilyHref(r, report)} />
                <div class="panel-quote-actions">
                  <button type="button" class="link-button" data-testid="show-in-page" onClick={() => actions.select(index)}>
                    {t('showInPage')}<span class="sr-only">: {t('quotedExcerpt', excerpt(r.quote.text))}</span>
                  </button>
                  {isSelected && <span class="selected-tag" data-testid="selected-tag">◆ {t('markedInPage')}</span>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <ReverseSections
        elsewhere={report.elsewhere}
        paraphrased={report.paraphrasedHere}
        relatedCount={report.related.length}
        shownParaphrase={shownParaphrase}
        onShowParaphrase={(i) => {
          setShownParaphrase(i);
          actions.showParaphrase(i);
        }}
        idPrefix="panel-reverse"
      />
    </div>
  );
}
