/** The toolbar badge: how many of a tab's quotes need the reader's attention. */
import { browser } from 'wxt/browser';
import { ATTENTION_BADGE_COLOUR, needsAttention } from '@/utils/report/verdicts';
import type { QuoteReport } from '@/utils/types';

export async function showBadge(tabId: number, reports: readonly QuoteReport[]): Promise<void> {
  const n = reports.filter(needsAttention).length;
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
    if (n > 0) await action.setBadgeBackgroundColor({ tabId, color: ATTENTION_BADGE_COLOUR });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
