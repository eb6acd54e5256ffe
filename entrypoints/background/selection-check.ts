/**
 * "Check the selected text as a quote": the context-menu item, the selection read from the page it
 * was made in, its comparison with the library as one quote (utils/report/selected-text,
 * Library.compareSelection), and per tab what the side panel shows of it. The menu click is the
 * reader's gesture that grants activeTab, so no host permission is needed to read the selection.
 */
import { browser, type Browser } from 'wxt/browser';
import { readerMessage } from '@/entrypoints/background/reader-message';
import type { TabChecks } from '@/entrypoints/background/tab-checks';
import type { Library } from '@/utils/library/library';
import type { PanelEvent, SelectionCheck } from '@/utils/protocol/messages';
import { readSelection, type SelectionInput } from '@/utils/report/selected-text';
import { browserTranslator as t } from '@/utils/i18n/browser-translator';

export const SELECTION_MENU_ID = 'verbatim-check-selection';

/**
 * Creates the menu item (on install and on browser start: a persistent Firefox background loses
 * its items at a restart). Shown on a selection, and on media so that a right-click on an image
 * says that it holds no words instead of offering nothing.
 */
export function createSelectionMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  const create = () =>
    menus.create(
      { id: SELECTION_MENU_ID, title: t('menuCheckSelection'), contexts: ['selection', 'image', 'video', 'audio'] },
      () => void browser.runtime.lastError, // read, so a duplicate id is not logged as unchecked
    );
  menus.removeAll().then(create, create);
}

/** What the menu click says about the selection (contextMenus.onClicked's info). */
export interface MenuClick {
  selectionText?: string;
  mediaType?: string;
  frameId?: number;
}

export class SelectionChecks {
  private checks = new Map<number, SelectionCheck>();
  /** The latest check started per tab: an older one finishing later is dropped. */
  private runs = new Map<number, number>();
  private seq = 0;

  constructor(
    private readonly library: Library,
    private readonly tabs: TabChecks,
    private readonly notify: (event: PanelEvent) => void,
  ) {}

  /** Reads the selection the menu was clicked on and compares it; the panel is told each step. */
  async check(tabId: number, click: MenuClick): Promise<SelectionCheck> {
    const run = ++this.seq;
    this.runs.set(tabId, run);
    this.set(tabId, { state: 'checking' });
    let result: SelectionCheck;
    try {
      const reading = readSelection(await readPageSelection(tabId, click));
      if (!reading.ok) result = { state: 'refused', reason: reading.reason, words: reading.words };
      else {
        const tab = await browser.tabs.get(tabId).catch(() => undefined);
        const url = tab?.url ?? '';
        const compared = await this.library.compareSelection(reading.text, { url, outlet: this.tabs.checkedOutlet(tabId, url), title: tab?.title });
        result = { state: 'checked', words: reading.words, ...compared };
      }
    } catch (err) {
      console.error('selection-check:', err);
      result = { state: 'failed', error: readerMessage(err) };
    }
    if (this.runs.get(tabId) === run) this.set(tabId, result);
    return result;
  }

  /** What the panel shows for the tab; null when none was asked for, or it was dismissed. */
  state(tabId: number): SelectionCheck | null {
    return this.checks.get(tabId) ?? null;
  }

  dismiss(tabId: number): { dismissed: boolean } {
    const had = this.checks.has(tabId);
    this.forget(tabId);
    return { dismissed: had };
  }

  /** The tab went to another page (or closed): its selection's report no longer applies. */
  forget(tabId: number): void {
    this.runs.delete(tabId);
    if (this.checks.delete(tabId)) this.notify({ type: 'selection-check', tabId, check: null });
  }

  private set(tabId: number, check: SelectionCheck): void {
    this.checks.set(tabId, check);
    this.notify({ type: 'selection-check', tabId, check });
  }
}

/**
 * The selection as the page holds it (whole: the menu's selectionText may be shortened, and it
 * cannot tell an image from nothing), in the frame it was made in. Where the page cannot be
 * scripted (a browser page, a PDF viewer) or its selection is in a form field, the menu's own text.
 */
async function readPageSelection(tabId: number, click: MenuClick): Promise<SelectionInput> {
  const given: SelectionInput = { text: click.selectionText, media: click.mediaType !== undefined };
  let injected: Browser.scripting.InjectionResult<SelectionInput>[] = [];
  try {
    injected = await browser.scripting.executeScript({ target: { tabId, frameIds: [click.frameId ?? 0] }, func: pageSelection });
  } catch {
    return given;
  }
  const page = injected[0]?.result;
  if (typeof page?.text !== 'string') return given;
  return page.text.trim() ? { text: page.text, media: page.media || given.media } : { text: given.text, media: page.media || given.media };
}

/** Runs in the page (serialized by executeScript: it must stay self-contained). */
function pageSelection(): SelectionInput {
  const selection = getSelection();
  const text = selection?.toString() ?? '';
  const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : null;
  const media = range ? range.cloneContents().querySelector('img, picture, svg, video, audio, canvas') !== null : false;
  return { text, media };
}
