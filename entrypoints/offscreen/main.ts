/**
 * Chrome's offscreen document (entrypoints/background/markup-extraction opens and closes it): the service worker
 * has no DOM, so a very large page's markup is parsed and extracted here. Wiring only: it answers
 * `extract-markup` from this extension's own contexts and nothing else; every other message or
 * sender gets no answer (it is addressed to someone else, or to no one).
 */
import { browser } from 'wxt/browser';
import { articleFromMarkup } from '@/utils/article/markup-article';
import { browserTranslator } from '@/utils/i18n/browser-translator';
import { okResponse, parseRequest } from '@/utils/protocol/messages';

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // The worker sends from no tab; a sender in a tab (a content script) never asks for this.
  if (sender.id !== browser.runtime.id || sender.tab) return false;
  const req = parseRequest(message);
  if (req?.type !== 'extract-markup') return false;
  // extractArticle never throws: failures come back as an ExtractFailure for the reader.
  sendResponse(okResponse<'extract-markup'>(articleFromMarkup(req, browserTranslator)));
  return false; // answered synchronously
});
