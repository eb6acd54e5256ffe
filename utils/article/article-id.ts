/**
 * Stable article ids. Saving the same page twice (with a different #fragment or a newsletter's
 * utm_ parameters) must replace the stored copy, not add a second one; a local file without a URL
 * is identified by its normalized text, so re-saving it is also idempotent.
 *
 * ```ts
 * articleId({ url: 'https://Example.com/a?utm_source=x#top', text: '…' }) // → 'https://example.com/a'
 * articleId({ url: '', text: 'Plain text…' })                           // → 'text:3f1c9a0b7d2e4c51'
 * ```
 */
import { normalizeText } from '@/utils/text/normalize';

// Query parameters that only track where the reader came from; they never select content.
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|smid|_ga|ref_src)$/i;

/**
 * The URL without fragment, tracking parameters, default port or trailing slash on the path, host lowercased
 * and remaining parameters sorted. '' for '' ; a string that is not an absolute URL is returned trimmed.
 */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  if (!trimmed) return '';
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    return trimmed;
  }
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.toString();
}

/** The canonical URL, or `text:` + a 64-bit hash of the normalized text when there is no URL. */
export function articleId(article: { url: string; text: string }): string {
  const url = canonicalUrl(article.url);
  return url || `text:${hash64(normalizeText(article.text))}`;
}

/** Two independent 32-bit FNV-1a-style mixes: sync, dependency-free, collision odds ~2^-64. */
function hash64(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
