/**
 * The article in a page's serialized markup (a very large page hands over its markup instead of
 * its extraction: utils/article/page-size), parsed by the browser's own DOMParser. For contexts that have
 * a DOM but not the page: Firefox's background and Chrome's offscreen document. The parsed
 * document runs no script and loads nothing.
 */
import { extractArticle } from '@/utils/article/extract-article';
import { ENGLISH, type Translate } from '@/utils/i18n/translate';
import type { ExtractResult } from '@/utils/types';

/** `t`: the words of a refusal (the caller's context has browser.i18n; English elsewhere). */
export function articleFromMarkup({ html, url }: { html: string; url: string }, t: Translate = ENGLISH): ExtractResult {
  return extractArticle(new DOMParser().parseFromString(html, 'text/html'), url, { t });
}
