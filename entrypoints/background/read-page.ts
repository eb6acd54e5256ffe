/**
 * Reads a tab's article: injects the content script (activeTab + scripting), which extracts the
 * page in place, or for a very large page hands over its markup, extracted off the page's main
 * thread (the offscreen document in Chromium, the event page in Firefox).
 */
import { browser } from 'wxt/browser';
import { extractMarkup } from '@/entrypoints/background/markup-extraction';
import { parsePageReading } from '@/utils/protocol/messages';
import type { ExtractResult } from '@/utils/types';
import { browserTranslator as t } from '@/utils/i18n/browser-translator';

/** Built by WXT from entrypoints/content.ts (`registration: 'runtime'`). */
export const CONTENT_SCRIPT = '/content-scripts/content.js';


/** Pages no extension may script: browser pages and the extension stores. */
export function isRestrictedUrl(url: string): boolean {
  if (!/^(https?|file):/i.test(url)) return true;
  return /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i.test(url);
}

/** The tab's extracted article, or why the extension may not read it (in words for the reader). */
export async function readPage(tabId: number): Promise<ExtractResult | { restricted: string }> {
  let results: { result?: unknown }[];
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    if (/cannot access|cannot be scripted|permission|chrome:\/\/|extensions gallery/i.test(text)) {
      return { restricted: t('bgNoAccess') };
    }
    throw new Error(`read-page: ${t('bgCouldNotReadPage', text)}`);
  }
  const reading = parsePageReading(results[0]?.result);
  if (!reading) throw new Error(`read-page: ${t('bgReaderReturnedNothing')}`);
  // A very large page hands over its markup instead (utils/article/page-size): extracted off the page's
  // main thread in a native DOM (entrypoints/background/markup-extraction), with the same limits and messages.
  return reading.ok === 'markup' ? extractMarkup(reading) : reading;
}
