import type { ResponseOf } from '@/utils/protocol/messages';
import type { PanelState } from '@/utils/ui/panel-state';
import { EmptyState } from '@/components/popup/EmptyState';
import type { ExportChoice, ExportOutcome } from '@/components/popup/ExportControl';
import { PanelReport } from '@/components/panel/PanelReport';
import { SelectionReport } from '@/components/panel/SelectionReport';
import { useT } from '@/components/i18n';
import { OpenLibraryFooter } from '@/components/popup/OpenLibraryFooter';

/** What the panel can ask of the extension; the entrypoint passes functions that send messages. */
export interface PanelActions {
  /** Checks the followed tab (its state then arrives as a tab-state event). */
  check: () => void;
  save: () => Promise<ResponseOf<'save-article'>>;
  loadSamples: () => Promise<ResponseOf<'load-samples'>>;
  /** Selects a quote: the page scrolls to it and marks it. */
  select: (index: number) => void;
  /** The page scrolls to a paraphrased-here sentence (its index in `paraphrasedHere`) and marks it. */
  showParaphrase: (index: number) => void;
  toggleHighlights: () => void;
  /** Downloads or copies the checked article's evidence and announces how it went. */
  exportEvidence: (choice: ExportChoice) => Promise<ExportOutcome>;
  openLibrary: () => void;
  /** Closes the "Selected text" report of the followed tab. */
  dismissSelection: () => void;
}

export interface PanelAppProps {
  state: PanelState;
  actions: PanelActions;
}

/** `data-state` of the panel root, for tests and styling. */
export function panelStateName({ tabId, tab }: PanelState): string {
  if (tabId === null) return 'no-tab';
  if (!tab) return 'loading';
  if (tab.state !== 'checked') return tab.state;
  return tab.report.status === 'ok' ? 'report' : tab.report.status;
}

/**
 * The side panel: stays open beside the page and shows the report of the tab in front, or one
 * "Check this page" button for a tab not checked yet; above it, a selection checked from the
 * context menu ("Selected text"). Results are read out by a live region.
 */
export function PanelApp({ state, actions }: PanelAppProps) {
  const t = useT();
  const { tab } = state;
  const checkAgain = (
    <button type="button" class="primary" data-testid="check-page" onClick={actions.check}>
      {t('checkThisPage')}
    </button>
  );
  return (
    <main class="panel popup" data-testid="panel" data-state={panelStateName(state)}>
      <p class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        <span key={state.announcement.seq}>{state.announcement.text}</span>
      </p>
      {state.tabId !== null && state.selection && <SelectionReport check={state.selection} onClose={actions.dismissSelection} />}
      {state.tabId === null && (
        <EmptyState kind="not-article" message={t('noTabInWindow')} />
      )}
      {state.tabId !== null && !tab && <EmptyState kind="loading" message={t('lookingAtTab')} />}
      {tab?.state === 'unchecked' && (
        <section class="empty empty-unchecked" data-testid="state-unchecked">
          <h1 class="panel-title">{t('extName')}</h1>
          <p>{t('notCheckedYet')}</p>
          {checkAgain}
          <p class="hint">
            {t('shortcutLabel')} <kbd>{t('keyAlt')}</kbd>+<kbd>{t('keyShift')}</kbd>+<kbd>V</kbd>. {t('gestureHint')}
          </p>
        </section>
      )}
      {tab?.state === 'checking' && <EmptyState kind="loading" />}
      {tab?.state === 'failed' && <EmptyState kind="error" message={tab.error} onRetry={actions.check} />}
      {tab?.state === 'checked' && tab.report.status !== 'ok' && (
        <EmptyState kind={tab.report.status} message={tab.report.message} onRetry={actions.check}>
          {tab.report.status !== 'error' && checkAgain}
        </EmptyState>
      )}
      {tab?.state === 'checked' && tab.report.status === 'ok' && (
        <PanelReport
          key={`${tab.report.tabId}:${tab.report.article.id}`}
          report={tab.report}
          selected={state.selected}
          highlightsShown={state.highlightsShown}
          actions={actions}
        />
      )}
      <OpenLibraryFooter onOpen={actions.openLibrary} />
    </main>
  );
}
