/**
 * Side panel wiring only: follow the window's active tab, feed browser events to the panel's
 * reducer (utils/ui/panel-state), render PanelApp, and hand it functions that send typed messages.
 *
 * Test hooks (data-testid), beside the popup's (entrypoints/popup/main.tsx):
 *   panel            the root (<main>); data-state = no-tab | loading | unchecked | checking | failed |
 *                    report | not-article | restricted | error
 *   announcer        the live region (role=status) that reads results out
 *   state-unchecked  a tab not checked yet; holds check-page ("Check this page")
 *   recheck          "Check again"; toggle-highlights (aria-pressed)
 *   export           evidence export (as in the popup: export-format, export-button, export-status);
 *                    its outcome is also read out by the announcer
 *   panel-quote      one per quote, data-index = its index in the report (text order);
 *                    aria-current=true and selected-tag on the selected one; show-in-page inside
 *   selection-report  "Selected text" (the context menu), data-state = checking | refused | checked | failed;
 *                    selection-card (data-verdict), selection-text, match-version, selection-message,
 *                    selection-compared, selection-close
 *   quoted-elsewhere, paraphrased-here   the two sections after the cards (components/panel/ReverseSections):
 *                    elsewhere-group (data-speaker) > elsewhere-toggle, elsewhere-quote;
 *                    paraphrased-sentence (data-index) > paraphrase-source, show-sentence-in-page
 *
 * Which tab: `sidepanel.html?tabId=N` shows tab N only; `?windowId=W` follows the active tab of
 * window W (tests open the panel as a window of its own); otherwise the active tab of the window
 * the panel is in, as a real side panel or sidebar does.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PanelApp, type PanelActions } from '@/components/panel/PanelApp';
import { I18nProvider } from '@/components/i18n';
import { browserTranslator as t } from '@/utils/i18n/browser-translator';
import { parsePanelEvent, sendMessage, sendTabMessage, type Failure } from '@/utils/protocol/messages';
import { INITIAL_PANEL, panelReducer, type PanelInput } from '@/utils/ui/panel-state';
import { exportEvidence, tabEvidence } from '../popup/export-evidence';
import { addVerdictStyles } from '@/components/verdict-styles';
import '@/components/verbatim-theme.css';
import '../popup/style.css';
import './style.css';

addVerdictStyles(document);

const params = new URLSearchParams(location.search);
const intParam = (name: string) => (/^\d+$/.test(params.get(name) ?? '') ? Number(params.get(name)) : null);
const pinnedTab = intParam('tabId');

let state = INITIAL_PANEL;
const reducePanel = panelReducer(t);
const root = document.getElementById('app')!;
// The page says which language it is in (screen readers, hyphenation); its <title> is a message name.
document.documentElement.lang = t.locale;
document.title = t('extName');
const show = () =>
  render(
    <I18nProvider t={t}>
      <PanelApp state={state} actions={actions} />
    </I18nProvider>,
    root,
  );
function dispatch(input: PanelInput) {
  const next = reducePanel(state, input);
  if (next === state) return;
  state = next;
  show();
}

async function refresh(tabId: number) {
  const eventsBefore = state.tabEvents;
  const [res, selection] = await Promise.all([sendMessage({ type: 'get-tab-state', tabId }), sendMessage({ type: 'get-selection-check', tabId })]);
  dispatch({ kind: 'tab-state-reply', tabId, tab: res.ok ? res.data : { state: 'failed', error: res.error }, eventsBefore });
  // A selection checked from the context menu may have ended before this panel was listening.
  if (selection.ok && selection.data) dispatch({ kind: 'selection', tabId, check: selection.data });
}

function follow(tabId: number | null) {
  dispatch({ kind: 'follow', tabId });
  if (tabId !== null) void refresh(tabId);
}

const NO_TAB: Failure = { ok: false, error: t('noTabToCheck') };

const actions: PanelActions = {
  check() {
    const tabId = state.tabId;
    if (tabId === null) return;
    dispatch({ kind: 'tab-state', tabId, tab: { state: 'checking' } });
    void sendMessage({ type: 'check-tab', tabId }).then((res) =>
      dispatch({ kind: 'tab-state', tabId, tab: res.ok ? { state: 'checked', report: res.data } : { state: 'failed', error: res.error } }),
    );
  },
  async save() {
    const tabId = state.tabId;
    if (tabId === null) return NO_TAB;
    const res = await sendMessage({ type: 'save-article', tabId });
    if (res.ok) dispatch({ kind: 'notice', tabId, message: t('savedToLibrary') });
    return res;
  },
  loadSamples: () => sendMessage({ type: 'load-samples' }),
  select(index) {
    const tabId = state.tabId;
    if (tabId === null) return;
    dispatch({ kind: 'select', index });
    void sendTabMessage(tabId, { type: 'focus-quote', index }).then((res) => {
      const message = t(res.ok && res.data.found ? 'quoteMarked' : 'quoteNotHighlighted');
      dispatch({ kind: 'notice', tabId, message });
    });
  },
  showParaphrase(index) {
    const tabId = state.tabId;
    if (tabId === null) return;
    void sendTabMessage(tabId, { type: 'focus-paraphrase', index }).then((res) => {
      const message = t(res.ok && res.data.found ? 'reverseSentenceMarked' : 'reverseSentenceNotHighlighted');
      dispatch({ kind: 'notice', tabId, message });
    });
  },
  toggleHighlights() {
    const tabId = state.tabId;
    if (tabId === null) return;
    void sendTabMessage(tabId, { type: 'toggle-highlights' }).then((res) => {
      if (res.ok) dispatch({ kind: 'highlights', tabId, shown: res.data.shown });
      else dispatch({ kind: 'notice', tabId, message: t('noHighlightsOfOurs') });
    });
  },
  async exportEvidence(choice) {
    const tabId = state.tabId;
    if (tabId === null) return { ok: false, message: t('notExported', NO_TAB.error) };
    const outcome = await exportEvidence(tabEvidence(tabId), choice, t);
    dispatch({ kind: 'notice', tabId, message: outcome.message });
    return outcome;
  },
  openLibrary() {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  },
  dismissSelection() {
    const tabId = state.tabId;
    if (tabId === null) return;
    dispatch({ kind: 'selection', tabId, check: null });
    void sendMessage({ type: 'dismiss-selection-check', tabId });
  },
};

// Events only: this listener never answers, so it can never take the reply to another page's request.
browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
  if (sender.id !== browser.runtime.id) return;
  const event = parsePanelEvent(message);
  if (event?.type === 'tab-state') dispatch({ kind: 'tab-state', tabId: event.tabId, tab: event.tab });
  else if (event?.type === 'notice') dispatch({ kind: 'notice', tabId: event.tabId, message: event.message });
  else if (event?.type === 'selection-check') dispatch({ kind: 'selection', tabId: event.tabId, check: event.check });
  else if (event?.type === 'quote-shown' && sender.tab?.id !== undefined) {
    dispatch({ kind: 'quote-shown', tabId: sender.tab.id, index: event.index });
  }
});

async function firstTab(): Promise<number | null> {
  if (pinnedTab !== null) return pinnedTab;
  const windowId = intParam('windowId') ?? (await browser.windows.getCurrent()).id;
  browser.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) follow(info.tabId);
  });
  const [tab] = await browser.tabs.query({ active: true, windowId });
  return tab?.id ?? null;
}

async function start() {
  follow(await firstTab().catch(() => null));
  show(); // also when there is no tab (no change of state)
}

// A new document in the followed tab: ask again (the background forgets the old check).
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (tabId === state.tabId && change.status === 'loading') void refresh(tabId);
});

void start();
