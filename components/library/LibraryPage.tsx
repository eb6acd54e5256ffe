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
import { LibraryNav } from '@/components/library/LibraryNav';
import { FamiliesView } from '@/components/library/FamiliesView';
import { FamilyPage } from '@/components/library/FamilyPage';
import { SpeakersView } from '@/components/library/SpeakersView';
import { SpeakerPage } from '@/components/library/SpeakerPage';
import { FidelityView } from '@/components/library/FidelityView';
import { FamiliesProgress } from '@/components/library/FamiliesProgress';
import { useT } from '@/components/i18n';
import { ENGLISH, type Translate } from '@/utils/i18n/translate';
import type { FamilyRef } from '@/utils/protocol/messages';
import type { ExportChoice, ExportOutcome } from '@/components/popup/ExportControl';
import type { LibraryRoute } from '@/utils/ui/library-route';

/** What the library page can ask of the extension; the entrypoint passes functions that send messages. */
export interface LibraryActions {
  list: () => Promise<ResponseOf<'list-articles'>>;
  search: (query: string) => Promise<ResponseOf<'search-library'>>;
  remove: (id: string) => Promise<ResponseOf<'remove-article'>>;
  /** A saved article's versions and its quotes' changes since the first save. */
  history: (id: string) => Promise<ResponseOf<'article-history'>>;
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
  listFamilies: (query: string) => Promise<ResponseOf<'list-families'>>;
  getFamily: (ref: FamilyRef) => Promise<ResponseOf<'get-family'>>;
  listSpeakers: (query: string) => Promise<ResponseOf<'list-speakers'>>;
  /** A person's page, its first `limit` quotes (the worker's default page without it). */
  getSpeaker: (name: string, limit?: number) => Promise<ResponseOf<'get-speaker'>>;
  getFidelity: () => Promise<ResponseOf<'get-fidelity'>>;
  /** How far a build of the quote families is (null: none under way). */
  familiesProgress: () => Promise<ResponseOf<'families-progress'>>;
  /** A family's or a person's evidence, downloaded or copied; the outcome in the reader's words. */
  exportFamily: (ref: FamilyRef, choice: ExportChoice) => Promise<ExportOutcome>;
  exportSpeaker: (name: string, choice: ExportChoice) => Promise<ExportOutcome>;
}

/** How often a view of the families asks how far their build is (each ask also keeps the worker awake for it). */
const FAMILY_POLL_MS = 1_000;

/** Articles per import message: small enough for a steady progress bar, big enough to be quick. */
const IMPORT_BATCH = 100;

/** One sentence for a finished import; English unless given the page's translator. */
export function importSummary(o: ImportOutcome, t: Translate = ENGLISH): string {
  const parts = [o.added === 1 ? t('importAddedOne') : t('importAddedMany', o.added)];
  if (o.updated) parts.push(o.updated === 1 ? t('importUpdatedOne') : t('importUpdatedMany', o.updated));
  if (o.skipped) parts.push(o.skipped === 1 ? t('importSkippedOne') : t('importSkippedMany', o.skipped));
  return t('importFinished', parts.join(', '));
}

/**
 * The library page: saved articles by story, search, export/import, storage, settings; and, by
 * hash route, quote families, a family, speakers, a speaker, outlet fidelity.
 */
export function LibraryPage({ actions, route = { view: 'articles' } }: { actions: LibraryActions; route?: LibraryRoute }) {
  const t = useT();
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [stats, setStats] = useState<{ articles: number; bytes: number } | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsNote, setSettingsNote] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress>({ phase: 'idle' });
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const latestQuery = useRef('');

  const [familyBuild, setFamilyBuild] = useState<{ progress: { done: number; total: number } | null; round: number }>({ progress: null, round: 0 });
  const listed = route.view === 'articles';

  const refresh = useCallback(async () => {
    const q = latestQuery.current;
    // The article list reads every saved article's summary: only its own view asks for it.
    const [list, st] = await Promise.all([listed ? (q.trim() ? actions.search(q) : actions.list()) : null, actions.stats()]);
    if (q !== latestQuery.current) return; // a newer search is on its way
    if (list?.ok) setArticles(list.data);
    else if (list) setNotice(list.error);
    if (st.ok) setStats(st.data);
  }, [actions, listed]);

  useEffect(() => {
    void refresh();
    void actions.getSettings().then((r) => (r.ok ? setSettings(r.data) : setNotice(r.error)));
  }, [actions, refresh]);

  // On a view of the families: while they are being built, how far (asked after the view's own
  // request, so a build it started is seen), and the view read again once the build is done.
  const familyView = route.view === 'families' || route.view === 'family' || route.view === 'speaker' || route.view === 'fidelity';
  useEffect(() => {
    if (!familyView) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seen = false;
    const poll = async () => {
      const r = await actions.familiesProgress();
      if (stopped) return;
      const progress = r.ok ? r.data : null;
      if (progress) {
        seen = true;
        setFamilyBuild((b) => ({ ...b, progress }));
        timer = setTimeout(() => void poll(), FAMILY_POLL_MS);
      } else if (seen) setFamilyBuild((b) => ({ progress: null, round: b.round + 1 }));
      // A build the view before saw may have ended since (its last ask dropped with that view): no progress left shown.
      else setFamilyBuild((b) => (b.progress ? { ...b, progress: null } : b));
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [actions, familyView, route]);

  const onQuery = (q: string) => {
    setQuery(q);
    latestQuery.current = q;
    void refresh();
  };

  const run = async (work: () => Promise<{ ok: boolean; error?: string }>) => {
    setNotice(null);
    const res = await work();
    if (!res.ok) setNotice(res.error ?? t('somethingWentWrong'));
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
      return setProgress({ phase: 'error', message: t('couldNotReadFile', file.name) });
    }
    setProgress({ phase: 'checking', fraction: null });
    const check = parseExportText(text, t);
    if (!check.ok) return setProgress({ phase: 'error', message: t('fileNotImported', file.name, check.reason) });
    // Checked as a whole above, so a bad file changes nothing; then sent in batches for progress.
    const total: ImportOutcome = { added: 0, updated: 0, skipped: 0 };
    const all = check.file.articles;
    // The reader's speaker merges in the file go with the first batch only: written once, with its articles.
    const { speakers: _speakers, ...withoutSpeakers } = check.file;
    for (let i = 0; i < all.length || i === 0; i += IMPORT_BATCH) {
      setProgress({ phase: 'saving', fraction: all.length ? i / all.length : null });
      const res = await actions.importFile({ ...(i === 0 ? check.file : withoutSpeakers), articles: all.slice(i, i + IMPORT_BATCH) });
      if (!res.ok) {
        const done = total.added + total.updated;
        const message = i === 0 ? t('nothingImported', res.error) : done === 1 ? t('importStoppedOne', res.error) : t('importStoppedMany', done, res.error);
        setProgress({ phase: 'error', message });
        return refresh();
      }
      total.added += res.data.added;
      total.updated += res.data.updated;
      total.skipped += res.data.skipped;
    }
    setProgress({ phase: 'done', message: importSummary(total, t) });
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
  const head = (
    <>
      <header class="library-head">
        <h1>{t('libraryTitle')}</h1>
        <StorageUsage stats={stats} />
      </header>
      <LibraryNav route={route} />
      {notice && <p role="alert" class="error" data-testid="library-notice">{notice}</p>}
    </>
  );
  if (route.view !== 'articles') {
    const onOverrides = async (speakers: Settings['speakers']) => onSettings({ speakers });
    // A view read again (a new key) once a build it showed partly has finished.
    const key = `${familyBuild.round}`;
    return (
      <main class="library" data-testid="library">
        {head}
        {route.view !== 'speakers' && <FamiliesProgress progress={familyBuild.progress} finished={familyBuild.round > 0} />}
        {route.view === 'families' && <FamiliesView key={key} listFamilies={actions.listFamilies} />}
        {route.view === 'family' && <FamilyPage key={key} familyRef={{ articleId: route.articleId, offset: route.offset }} getFamily={actions.getFamily} onExport={actions.exportFamily} />}
        {route.view === 'speakers' && <SpeakersView listSpeakers={actions.listSpeakers} />}
        {route.view === 'speaker' && <SpeakerPage key={key} name={route.name} getSpeaker={actions.getSpeaker} overrides={settings?.speakers ?? null} onOverrides={onOverrides} onExport={actions.exportSpeaker} />}
        {route.view === 'fidelity' && <FidelityView key={key} getFidelity={actions.getFidelity} />}
        {settingsNote && <p role="alert" class="error">{settingsNote}</p>}
      </main>
    );
  }
  return (
    <main class="library" data-testid="library">
      {head}
      <section class="panel" aria-labelledby="saved-title">
        <div class="row spread">
          <h2 id="saved-title">{t('savedArticles')}</h2>
          <button type="button" data-testid="library-load-samples" onClick={() => void run(actions.loadSamples)}>
            {t('loadSamples')}
          </button>
        </div>
        <SearchBox query={query} onQuery={onQuery} />
        {articles === null ? (
          <p class="muted">{t('loading')}</p>
        ) : (
          <ArticleList articles={articles} filtered={query.trim() !== ''} onRemove={(a) => void run(() => actions.remove(a.id))} onHistory={actions.history} />
        )}
      </section>
      <ImportExport progress={progress} exporting={exporting} onExport={() => void onExport()} onImportFile={(f) => void onImportFile(f)} />
      {settings && <SettingsPanel settings={settings} onChange={(p) => void onSettings(p)} note={settingsNote} />}
      <section class="panel" aria-labelledby="danger-title">
        <h2 id="danger-title">{t('clearTheLibrary')}</h2>
        <ClearAll count={count} onClear={() => void run(actions.clear)} />
      </section>
    </main>
  );
}
