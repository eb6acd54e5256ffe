/**
 * Library page wiring only: LibraryPage gets functions that send typed messages, read files,
 * download the export and ask for automatic mode's host permissions.
 *
 * Test hooks (data-testid): library, library-article (data-id), story-group, remove-article,
 * article-versions-toggle, article-versions, quote-edit (data-change), no-quote-edits,
 * library-search, export, import-file, import-progress, import-result, import-error,
 * library-load-samples, storage-usage, clear-all, clear-confirm, setting-*; the hash routes'
 * views (utils/ui/library-route.ts): nav-*, families-view, family-item, family-page,
 * family-version, first-seen, speakers-view, speaker-item, speaker-page, speaker-quote,
 * fidelity-view, fidelity-row, families-progress (data-done, data-total), families-built; on a family or a speaker page, evidence-export (export-format,
 * export-button, export-status, announcer).
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LibraryPage, type LibraryActions } from '@/components/library/LibraryPage';
import { I18nProvider } from '@/components/i18n';
import { browserTranslator as t } from '@/utils/i18n/browser-translator';
import { responseOf, sendMessage, type ExportFile, type Failure, type RequestOf, type RequestType, type ResponseOf } from '@/utils/protocol/messages';
import { originPatterns, type Settings } from '@/utils/storage/settings';
import { addVerdictStyles } from '@/components/verdict-styles';
import { parseLibraryRoute } from '@/utils/ui/library-route';
import { earlyOrResent, takeEarly } from '@/utils/ui/early-request';
import { exportEvidence } from '../popup/export-evidence';
import '@/components/verbatim-theme.css';
import '@/components/library/library.css';

addVerdictStyles(document);

/** Every origin automatic mode can ask for (the manifest's optional_host_permissions). */
const ALL_SITES = ['http://*/*', 'https://*/*'];

function download(file: ExportFile): void {
  const blob = new Blob([JSON.stringify(file, null, 1)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `verbatim-library-${file.exportedAt.slice(0, 10)}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function readFile(file: File, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

async function changeSettings(current: Settings, patch: Partial<Settings>) {
  const next = { ...current, ...patch };
  const needsGrant = next.automatic && (patch.automatic === true || patch.sites !== undefined);
  if (needsGrant) {
    // First thing in the click handler: browsers only show the prompt during a user gesture.
    const granted = await browser.permissions.request({ origins: originPatterns(next) }).catch(() => false);
    if (!granted) {
      const refused: Failure = { ok: false, error: t('automaticNeedsPermission') };
      return refused;
    }
  }
  if (patch.automatic === false) await browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
  return sendMessage({ type: 'set-settings', settings: patch });
}

/**
 * The reply library-early.js already asked for, when it is this request's; else the request sent
 * now. An early request that failed or goes unanswered is sent again (`earlyOrResent`).
 */
function contentMessage<T extends RequestType>(req: RequestOf<T>): Promise<ResponseOf<T>> {
  const early = takeEarly(req);
  return earlyOrResent(early && responseOf<T>(early), () => sendMessage(req));
}

const actions: LibraryActions = {
  list: () => sendMessage({ type: 'list-articles' }),
  search: (query) => sendMessage({ type: 'search-library', query }),
  remove: (id) => sendMessage({ type: 'remove-article', id }),
  history: (id) => sendMessage({ type: 'article-history', id }),
  stats: () => sendMessage({ type: 'library-stats' }),
  exportLibrary: () => sendMessage({ type: 'export-library' }),
  download,
  readFile,
  importFile: (data) => sendMessage({ type: 'import-library', data }),
  loadSamples: () => sendMessage({ type: 'load-samples' }),
  clear: () => sendMessage({ type: 'clear-library' }),
  getSettings: () => sendMessage({ type: 'get-settings' }),
  changeSettings,
  listFamilies: (query) => sendMessage({ type: 'list-families', query }),
  getFamily: ({ articleId, offset }) => contentMessage({ type: 'get-family', articleId, offset }),
  listSpeakers: (query) => contentMessage({ type: 'list-speakers', query }),
  getSpeaker: (name, limit) => contentMessage(limit === undefined ? { type: 'get-speaker', name } : { type: 'get-speaker', name, limit }),
  getFidelity: () => sendMessage({ type: 'get-fidelity' }),
  familiesProgress: () => sendMessage({ type: 'families-progress' }),
  exportFamily: ({ articleId, offset }, choice) =>
    exportEvidence((format) => sendMessage({ type: 'export-family-evidence', articleId, offset, format }), choice, t),
  exportSpeaker: (name, choice) => exportEvidence((format) => sendMessage({ type: 'export-speaker-evidence', name, format }), choice, t),
};

// The tab's title and the page's language follow the browser's (index.html holds the English ones).
document.title = t('libraryTitle');
document.documentElement.lang = t.locale;
const show = () =>
  render(
    <I18nProvider t={t}>
      <LibraryPage actions={actions} route={parseLibraryRoute(location.hash)} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
window.addEventListener('hashchange', show);
show();
