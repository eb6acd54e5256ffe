import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '@/utils/protocol/messages';
import { EmptyState } from '@/components/popup/EmptyState';
import type { ExportChoice, ExportOutcome } from '@/components/popup/ExportControl';
import { ReportView, type OkReport } from '@/components/popup/ReportView';
import type { SaveState } from '@/components/popup/SaveButton';
import { useT } from '@/components/i18n';
import { OpenLibraryFooter } from '@/components/popup/OpenLibraryFooter';

/** What the popup can ask of the extension; the entrypoint passes functions that send messages. */
export interface PopupActions {
  check: () => Promise<ResponseOf<'check-tab'>>;
  save: () => Promise<ResponseOf<'save-article'>>;
  loadSamples: () => Promise<ResponseOf<'load-samples'>>;
  /** Downloads or copies the checked article's evidence; the outcome is written in the popup (a live region). */
  exportEvidence: (choice: ExportChoice) => Promise<ExportOutcome>;
  /** Opens the library page (saved articles, import/export, settings) in a tab. */
  openLibrary: () => void;
}

export interface PopupAppProps {
  actions: PopupActions;
}

type View =
  | { state: 'loading' }
  | { state: 'report'; report: OkReport }
  | { state: 'empty'; kind: 'not-article' | 'restricted' | 'error'; message: string };

/** The toolbar popup: checks the tab on open and shows the report or a clear state. */
export function PopupApp({ actions }: PopupAppProps) {
  const t = useT();
  const [view, setView] = useState<View>({ state: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>('no');
  const [loadingSamples, setLoadingSamples] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const check = useCallback(async () => {
    setView({ state: 'loading' });
    const res = await actions.check();
    if (!res.ok) return setView({ state: 'empty', kind: 'error', message: res.error });
    const r = res.data;
    if (r.status !== 'ok') return setView({ state: 'empty', kind: r.status, message: r.message });
    setSaveState(r.saved === 'yes' ? 'yes' : r.saved === 'outdated' ? 'outdated' : 'no');
    setView({ state: 'report', report: r });
  }, [actions]);

  useEffect(() => {
    void check();
  }, [check]);

  const save = async () => {
    const before = saveState;
    setSaveState('saving');
    setNotice(null);
    const res = await actions.save();
    if (res.ok) setSaveState('yes');
    else {
      setSaveState(before);
      setNotice(t('notSaved', res.error));
    }
  };

  const loadSamples = async () => {
    setLoadingSamples(true);
    setNotice(null);
    const res = await actions.loadSamples();
    setLoadingSamples(false);
    if (res.ok) await check();
    else setNotice(t('samplesNotLoaded', res.error));
  };

  return (
    <main class="popup" data-testid="popup" data-state={view.state === 'empty' ? view.kind : view.state} aria-live="polite">
      {notice && (
        <p class="inline-error" role="alert" data-testid="notice">
          {notice}
        </p>
      )}
      {view.state === 'loading' && <EmptyState kind="loading" />}
      {view.state === 'empty' && (
        <EmptyState kind={view.kind} message={view.message} onRetry={() => void check()} />
      )}
      {view.state === 'report' && (
        <ReportView
          report={view.report}
          saveState={saveState}
          onSave={() => void save()}
          onLoadSamples={() => void loadSamples()}
          loadingSamples={loadingSamples}
          onExport={actions.exportEvidence}
        />
      )}
      <OpenLibraryFooter onOpen={actions.openLibrary} />
    </main>
  );
}
