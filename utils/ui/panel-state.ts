/**
 * What the side panel shows, as a pure reducer over what happens to it: the tab it follows, that
 * tab's check state, the quote selected (in the panel, or hovered/focused in the page), and the
 * sentence its live region announces. entrypoints/sidepanel feeds it browser events; PanelApp
 * renders it. Events about other tabs are dropped, so a check finishing in a tab the reader left
 * never replaces the report of the tab in front.
 */
import type { CheckReport, SelectionCheck, TabState } from '@/utils/protocol/messages';
import { assessMatch, countVerdicts, VERDICT_MESSAGES, VERDICTS } from '@/utils/report/verdicts';
import { MAX_SELECTION_WORDS } from '@/utils/report/selection-limit';
import { ENGLISH, type Translate } from '@/utils/i18n/translate';

export interface PanelState {
  /** The tab the panel follows; null before the first one is known, or when there is none. */
  tabId: number | null;
  /** null: asked the background, no answer yet. */
  tab: TabState | null;
  /** The selected quote's index in the report (text order), if any. */
  selected: number | null;
  /** "Check the selected text as a quote" in this tab, shown above the page's report; null: none. */
  selection: SelectionCheck | null;
  /** Whether the page's highlights are shown (the reader can hide them). */
  highlightsShown: boolean;
  /** Read out by the live region; `seq` changes with every announcement, even a repeated one. */
  announcement: { text: string; seq: number };
  /** How many tab-state events the followed tab has had: a reply asked before the last of them is older news. */
  tabEvents: number;
}

export type PanelInput =
  /** The panel now follows this tab (first load, or the reader switched tabs). */
  | { kind: 'follow'; tabId: number | null }
  /** The tab's check state changed (the background's event, or this panel's own check). */
  | { kind: 'tab-state'; tabId: number; tab: TabState }
  /**
   * The background's answer to the panel asking for the tab's state, asked when the panel had seen
   * `eventsBefore` events: dropped if an event came since, as the answer may then be older than it
   * (a check can end between the answer and its arrival, and leave the panel "checking" for ever).
   */
  | { kind: 'tab-state-reply'; tabId: number; tab: TabState; eventsBefore: number }
  /** The reader hovered or focused a quote in this tab's page. */
  | { kind: 'quote-shown'; tabId: number; index: number }
  /** The reader selected a quote in the panel. */
  | { kind: 'select'; index: number }
  | { kind: 'notice'; tabId: number; message: string }
  /** The tab's selected-text check started, ended, or was dismissed (null). */
  | { kind: 'selection'; tabId: number; check: SelectionCheck | null }
  | { kind: 'highlights'; tabId: number; shown: boolean };

export const INITIAL_PANEL: PanelState = {
  tabId: null,
  tab: null,
  selected: null,
  selection: null,
  highlightsShown: true,
  announcement: { text: '', seq: 0 },
  tabEvents: 0,
};

const announce = (s: PanelState, text: string): PanelState['announcement'] => ({ text, seq: s.announcement.seq + 1 });

/**
 * The reducer for a panel whose announcements are in the words of `t` (entrypoints/sidepanel
 * passes browser.i18n's). A factory, not a third argument, so the reducer fits Array.reduce.
 */
export function panelReducer(t: Translate): (s: PanelState, input: PanelInput) => PanelState {
  return (s, input) => reduce(s, input, t);
}

/** The reducer with English announcements (tests, and the words the catalog's English must keep). */
export const reducePanel = panelReducer(ENGLISH);

function reduce(s: PanelState, input: PanelInput, t: Translate): PanelState {
  switch (input.kind) {
    case 'follow':
      if (input.tabId === s.tabId) return s;
      return { ...INITIAL_PANEL, tabId: input.tabId, announcement: s.announcement };
    case 'tab-state':
      return input.tabId === s.tabId ? showTabState({ ...s, tabEvents: s.tabEvents + 1 }, input.tab, t) : s;
    case 'tab-state-reply':
      return input.tabId === s.tabId && input.eventsBefore === s.tabEvents ? showTabState(s, input.tab, t) : s;
    case 'quote-shown':
      if (input.tabId !== s.tabId || s.tab?.state !== 'checked') return s;
      return input.index === s.selected ? s : { ...s, selected: input.index };
    case 'select':
      return { ...s, selected: input.index };
    case 'notice':
      return input.tabId === s.tabId ? { ...s, announcement: announce(s, input.message) } : s;
    case 'selection': {
      if (input.tabId !== s.tabId) return s;
      const said = input.check && (s.selection?.state !== input.check.state || input.check.state !== 'checking') ? selectionSummary(input.check, t) : null;
      return { ...s, selection: input.check, announcement: said ? announce(s, said) : s.announcement };
    }
    case 'highlights':
      if (input.tabId !== s.tabId) return s;
      return { ...s, highlightsShown: input.shown, announcement: announce(s, t(input.shown ? 'highlightsShown' : 'highlightsHidden')) };
  }
}

/** The followed tab's new check state, with what it announces. */
function showTabState(s: PanelState, tab: TabState, t: Translate): PanelState {
  const next = { ...s, tab };
  if (tab.state === 'checking') return { ...next, selected: null, announcement: announce(s, t('checkingPage')) };
  if (tab.state === 'failed') return { ...next, selected: null, announcement: announce(s, t('checkFailed', tab.error)) };
  if (tab.state === 'unchecked') return { ...next, selected: null, highlightsShown: true };
  // A report after a check (not a save updating it) starts with highlights on, nothing selected.
  if (s.tab?.state !== 'checked') {
    return { ...next, selected: null, highlightsShown: true, announcement: announce(s, checkSummary(tab.report, t)) };
  }
  return next;
}

/**
 * What the panel says of a selected-text check: the refusal or failure in words, the outcome of
 * a comparison (how many other outlets carry it, and how), or that it runs.
 */
export function selectionSummary(check: SelectionCheck, t: Translate = ENGLISH): string {
  switch (check.state) {
    case 'checking':
      return t('selectionChecking');
    case 'refused':
      if (check.reason === 'too-long') return t('selectionTooLong', check.words, MAX_SELECTION_WORDS);
      return t(check.reason === 'empty' ? 'selectionEmpty' : 'selectionNonText');
    case 'failed':
      return t('selectionFailed', check.error);
    case 'checked': {
      const { matches } = check.report;
      if (matches.length === 0) return t('selectionAnnounceNone');
      const counts = new Map<string, number>();
      for (const m of matches) {
        const word = t(VERDICT_MESSAGES[assessMatch(m).verdict]).toLocaleLowerCase(t.locale);
        counts.set(word, (counts.get(word) ?? 0) + 1);
      }
      const kinds = [...counts].map(([word, n]) => `${n} ${word}`).join(', ');
      return matches.length === 1 ? t('selectionAnnounceOne', kinds) : t('selectionAnnounceMany', matches.length, kinds);
    }
  }
}

/** One sentence for a screen reader after a check: how many quotes, and of which kinds. */
export function checkSummary(report: CheckReport, t: Translate = ENGLISH): string {
  if (report.status !== 'ok') return report.message;
  const n = report.reports.length;
  if (n === 0) return t('checkedNoQuotes');
  const counts = countVerdicts(report.reports);
  const kinds = VERDICTS.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${t(VERDICT_MESSAGES[v]).toLocaleLowerCase(t.locale)}`);
  return n === 1 ? t('checkedSummaryOne', kinds.join(', ')) : t('checkedSummaryMany', n, kinds.join(', '));
}
