/**
 * Links that open another outlet's article scrolled to a quote, with a URL text fragment
 * (`#:~:text=`). Only http(s) URLs become links: a stored URL is page-derived data, and a
 * `javascript:` or `data:` URL must never reach an href.
 */

/** The URL if it is http(s), else null. */
export function safeHttpUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

// Text directives give '-', ',' and '&' a meaning, so they must be percent-encoded too.
const encodeDirective = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');

/** Longer quotes are addressed by their first and last words (`text=start,end`): shorter URLs, and a
 *  difference in the middle of a long passage does not stop the browser from finding it. */
const WORDS_EACH_SIDE = 6;

/** `url` with a text fragment that selects `text`; null when `url` is not http(s). */
export function textFragmentUrl(url: string, text: string): string | null {
  const u = safeHttpUrl(url);
  if (!u) return null;
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  u.hash = '';
  if (words.length === 0) return u.href;
  const directive =
    words.length <= 2 * WORDS_EACH_SIDE
      ? encodeDirective(words.join(' '))
      : `${encodeDirective(words.slice(0, WORDS_EACH_SIDE).join(' '))},${encodeDirective(words.slice(-WORDS_EACH_SIDE).join(' '))}`;
  return `${u.href}#:~:text=${directive}`;
}
