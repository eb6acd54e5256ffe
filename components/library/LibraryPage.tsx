import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary, ExportFile, ImportOutcome, ResponseOf } from '@/utils/protocol/messages';
import { parseExportText } from '@/utils/storage/export-format';
import type { Settings } from '@/utils/storage/settings';
import { ArticleList } from '@/components/library/ArticleList';
import { ClearAll } from '@/components/library/ClearAll';
import { ImportExport, type ImportProgress } from '@/components/library/ImportExport';
import { SearchBox } from '@/components/library/SearchBox';
import { SettingsPanel } from '@/components/library/SettingsPanel';
import { StorageUsage } from '@/components/library/StorageUsage';

/** What the library page can ask of the extension; the entrypoint passes functions that send messages. */
export interface LibraryActions {
  list: () => Promise<ResponseOf<'list-articles'>>;
  search: (query: string) => Promise<ResponseOf<'search-library'>>;
  remove: (id: string) => Promise<ResponseOf<'remove-article'>>;
  stats: () => Promise<ResponseOf<'library-stats'>>;
  exportLibrary: () => Promise<ResponseOf<'export-library'>>;
  /** Hands the file to the reader (a download). */
  download: (file: ExportFile) => void;
  /** Reads a picked file as text, reporting 0..1 as it goes. */
  readFile: (file: File, onProgress: (fraction: number) => void) => Promise<string>;
  importFile: (data: ExportFile) => Promise<ResponseOf<'import-library'>>;
  loadSamples: () => Promise<ResponseOf<'load-samples'>>;
  clear: () => Promise<ResponseOf<'clear-library'>>;
  getSettings: () => Promise<ResponseOf<'get-settings'>>;
  /** Must be called from the reader's click: it may ask the browser for permissions first. */
  changeSettings: (current: Settings, patch: Partial<Settings>) => Promise<ResponseOf<'set-settings'>>;
}

/** Articles per import message: small enough for a steady progress bar, big enough to be quick. */
const IMPORT_BATCH = 100;

export function importSummary(o: ImportOutcome): string {
  const parts = [`${o.added} added`];
  if (o.updated) parts.push(`${o.updated} updated with newer copies`);
  if (o.skipped) parts.push(`${o.skipped} already in the library`);
  return `Import finished: ${parts.join(', ')}.`;
}

/** The library page: saved articles by story, search, export/import, storage, settings. */
export function LibraryPage({ actions }: { actions: LibraryActions }) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [stats, setStats] = useState<{ articles: number; bytes: number } | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsNote, setSettingsNote] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress>({ phase: 'idle' });
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const latestQuery = useRef('');

  const refresh = useCallback(async () => {
    const q = latestQuery.current;
    const [list, st] = await Promise.all([q.trim() ? actions.search(q) : actions.list(), actions.stats()]);
    if (q !== latestQuery.current) return; // a newer search is on its way
    if (list.ok) setArticles(list.data);
    else setNotice(list.error);
    if (st.ok) setStats(st.data);
  }, [actions]);

  useEffect(() => {
    void refresh();
    void actions.getSettings().then((r) => (r.ok ? setSettings(r.data) : setNotice(r.error)));
  }, [actions, refresh]);

  const onQuery = (q: string) => {
    setQuery(q);
    latestQuery.current = q;
    void refresh();
  };

  const run = async (work: () => Promise<{ ok: boolean; error?: string }>) => {
    setNotice(null);
    const res = await work();
    if (!res.ok) setNotice(res.error ?? 'Something went wrong.');
    await refresh();
  };

  const onExport = async () => {
    setExporting(true);
    const res = await actions.exportLibrary();
    setExporting(false);
    if (res.ok) actions.download(res.data);
    else setNotice(res.error);
  };

  const onImportFile = async (file: File) => {
    setProgress({ phase: 'reading', fraction: 0 });
    let text: string;
    try {
      text = await actions.readFile(file, (fraction) => setProgress({ phase: 'reading', fraction }));
    } catch {
      return setProgress({ phase: 'error', message: `Could not read “${file.name}”.` });
    }
    setProgress({ phase: 'checking', fraction: null });
    const check = parseExportText(text);
    if (!check.ok) return setProgress({ phase: 'error', message: `“${file.name}” was not imported. ${check.reason}` });
    // Checked as a whole above, so a bad file changes nothing; then sent in batches for progress.
    const total: ImportOutcome = { added: 0, updated: 0, skipped: 0 };
    const all = check.file.articles;
    for (let i = 0; i < all.length || i === 0; i += IMPORT_BATCH) {
      setProgress({ phase: 'saving', fraction: all.length ? i / all.length : null });
      const res = await actions.importFile({ ...check.file, articles: all.slice(i, i + IMPORT_BATCH) });
      if (!res.ok) {
        setProgress({ phase: 'error', message: i === 0 ? `Nothing was imported. ${res.error}` : `Import stopped after ${total.added + total.updated} articles. ${res.error}` });
        return refresh();
      }
      total.added += res.data.added;
      total.updated += res.data.updated;
      total.skipped += res.data.skipped;
    }
    setProgress({ phase: 'done', message: importSummary(total) });
    await refresh();
  };

  const onSettings = async (patch: Partial<Settings>) => {
    if (!settings) return;
    setSettingsNote(null);
    const res = await actions.changeSettings(settings, patch);
    if (res.ok) setSettings(res.data);
    else setSettingsNote(res.error);
  };

  const count = stats?.articles ?? articles?.length ?? 0;
  return (
    <main class="library" data-testid="library">
      <header class="library-head">
        <h1>Verbatim library</h1>
        <StorageUsage stats={stats} />
      </header>
      {notice && <p role="alert" class="error" data-testid="library-notice">{notice}</p>}
      <section class="panel" aria-labelledby="saved-title">
        <div class="row spread">
          <h2 id="saved-title">Saved articles</h2>
          <button type="button" data-testid="library-load-samples" onClick={() => void run(actions.loadSamples)}>
            Load sample coverage
          </button>
        </div>
        <SearchBox query={query} onQuery={onQuery} />
        {articles === null ? (
          <p class="muted">Loading…</p>
        ) : (
          <ArticleList articles={articles} filtered={query.trim() !== ''} onRemove={(a) => void run(() => actions.remove(a.id))} />
        )}
      </section>
      <ImportExport progress={progress} exporting={exporting} onExport={() => void onExport()} onImportFile={(f) => void onImportFile(f)} />
      {settings && <SettingsPanel settings={settings} onChange={(p) => void onSettings(p)} note={settingsNote} />}
      <section class="panel" aria-labelledby="danger-title">
        <h2 id="danger-title">Clear the library</h2>
        <ClearAll count={count} onClear={() => void run(actions.clear)} />
      </section>
    </main>
  );
}
