/**
 * The keyboard commands (manifest `commands`, wxt.config.ts), each run on the active tab. The
 * command is the reader's gesture that grants activeTab; what it did is announced in the side
 * panel, so no command ends in a silent nothing.
 */
import type { TabChecks } from '@/entrypoints/background/tab-checks';
import { readerMessage } from '@/entrypoints/background/reader-message';
import { sendTabMessage, type PanelEvent } from '@/utils/protocol/messages';
import { browserTranslator as t } from '@/utils/i18n/browser-translator';

export const COMMANDS = ['check-page', 'next-quote', 'previous-quote', 'toggle-highlights', 'save-article'] as const;
export type Command = (typeof COMMANDS)[number];

export class KeyboardCommands {
  constructor(
    private readonly tabs: TabChecks,
    private readonly notify: (event: PanelEvent) => void,
  ) {}

  /** Runs a command on a tab; stepping or toggling on a page holding no quotes of ours checks it first. */
  async run(command: Command, tabId: number): Promise<void> {
    try {
      await this.command(command, tabId);
    } catch (err) {
      this.notify({ type: 'notice', tabId, message: readerMessage(err) });
    }
  }

  private async command(command: Command, tabId: number): Promise<void> {
    const say = (message: string) => this.notify({ type: 'notice', tabId, message });
    switch (command) {
      case 'check-page': {
        await this.tabs.checkTab(tabId);
        return;
      }
      case 'save-article': {
        const { saved } = await this.tabs.saveTab(tabId);
        return say(saved === 'new' ? t('savedToLibrary') : t('bgSavedCopyUpdated'));
      }
      case 'next-quote':
      case 'previous-quote': {
        const step = command === 'next-quote' ? 1 : -1;
        let res = await sendTabMessage(tabId, { type: 'step-quote', step });
        if (!res.ok) {
          if (!(await this.checkedWithQuotes(tabId))) return;
          res = await sendTabMessage(tabId, { type: 'step-quote', step });
        }
        if (!res.ok) return say(t('bgNoQuoteToMoveTo', res.error));
        return say(res.data ? t('bgQuotePosition', res.data.position, res.data.of) : t('bgNoQuoteHighlighted'));
      }
      case 'toggle-highlights': {
        const res = await sendTabMessage(tabId, { type: 'toggle-highlights' });
        if (!res.ok) {
          await this.checkedWithQuotes(tabId); // a page not checked yet: checking highlights it
          return;
        }
        return say(res.data.shown ? (res.data.quotes === 1 ? t('bgHighlightsShownOne') : t('bgHighlightsShownMany', res.data.quotes)) : t('highlightsHidden'));
      }
    }
  }

  /** Checks the tab; true when the page now holds highlighted quotes to act on. */
  private async checkedWithQuotes(tabId: number): Promise<boolean> {
    const report = await this.tabs.checkTab(tabId);
    await this.tabs.marked(tabId); // the page's highlights are sent before the step that reads them
    return report.status === 'ok' && report.reports.length > 0;
  }
}
