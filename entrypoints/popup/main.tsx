/**
 * Popup wiring only: find the target tab, hand PopupApp functions that send typed messages.
 * The toolbar click opens the side panel (entrypoints/sidepanel); the manifest declares no popup,
 * and the background makes this page the click's surface only in a browser with no side panel.
 * It is also the compact report the end-to-end tests open as a page.
 * Renders at once (loading state); all work happens after first paint.
 *
 * Test hooks (data-testid), for the end-to-end tests:
 *   popup            the popup root (<main>); its data-state is loading | report | not-article | restricted | error
 *   report-header    header; count-<verdict> one per non-zero kind (altered, paraphrase, partial,
 *                    verbatim, only-here), then count-<flag> per non-zero flag (speaker-conflict,
 *                    meaning-change)
 *   quote-card       one per quote, most important first; data-verdict=<kind> (always the kind),
 *                    data-flags=<space-separated flags, '' when none>
 *   quote-toggle     the card's header button (Enter/Space/click expands; aria-expanded)
 *   verdict          kind chip (data-verdict) on cards and on each other version; beside it
 *   flag             one chip per flag (data-flag), inside verdict-chips
 *   diff-edit        a journalist's marked edit in a word diff (data-edit = insertion | substitution | cut)
 *   match-version    one other outlet's version inside an expanded card
 *   word-diff        word diff (<del>/<ins>) inside an expanded card; the first card that has
 *                    other versions starts expanded
 *   save-button      data-state = no | yes | outdated | saving
 *   library-empty    notice shown when the library has no other coverage; holds load-samples
 *   load-samples     "Load sample coverage" button
 *   state-<kind>     empty states: state-loading, state-not-article, state-restricted,
 *                    state-no-quotes, state-error (with retry)
 *   notice           inline error after a failed save or sample load
 *   export           evidence export on a report: export-format (select: md | html | annotations |
 *                    claimreview | copy-md), export-button, export-status (data-ok) after an export
 *   open-library     footer button that opens library.html in a tab
 *   hover-card       the in-page card (content script, inside the shadow host <verbatim-hover-card>)
 *
 * Target tab: `popup.html?tabId=N` checks tab N (tests open the popup as a tab); otherwise the
 * active tab of the current window.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupActions } from '@/components/popup/PopupApp';
import { I18nProvider } from '@/components/i18n';
import { browserTranslator as t } from '@/utils/i18n/browser-translator';
import { sendMessage, type Failure } from '@/utils/protocol/messages';
import { exportEvidence, tabEvidence } from './export-evidence';
import { addVerdictStyles } from '@/components/verdict-styles';
import '@/components/verbatim-theme.css';
import './style.css';

addVerdictStyles(document);

async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null; // shown as "No tab to check"; the popup's actions must never reject
  }
}

const NO_TAB: Failure = { ok: false, error: t('noTabToCheck') };

async function checkTab() {
  const tabId = await targetTabId();
  return tabId === null ? NO_TAB : sendMessage({ type: 'check-tab', tabId });
}

// The first check is sent before the first render: Preact runs effects after a frame, and the
// whole popup waits on this round trip (cold, the worker loads the library meanwhile).
let firstCheck: ReturnType<typeof checkTab> | null = checkTab();

const actions: PopupActions = {
  check() {
    const pending = firstCheck ?? checkTab();
    firstCheck = null;
    return pending;
  },
  async save() {
    const tabId = await targetTabId();
    return tabId === null ? NO_TAB : sendMessage({ type: 'save-article', tabId });
  },
  loadSamples: () => sendMessage({ type: 'load-samples' }),
  async exportEvidence(choice) {
    const tabId = await targetTabId();
    return tabId === null ? { ok: false, message: t('notExported', NO_TAB.error) } : exportEvidence(tabEvidence(tabId), choice, t);
  },
  openLibrary() {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  },
};

// The page says which language it is in, for screen readers and hyphenation.
document.documentElement.lang = t.locale;
render(
  <I18nProvider t={t}>
    <PopupApp actions={actions} />
  </I18nProvider>,
  document.getElementById('app')!,
);
