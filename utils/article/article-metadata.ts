/**
 * Article metadata from a page: title, outlet, byline, publication date, language and canonical
 * URL. Reads meta tags, JSON-LD and <time> directly so it works on any document, and takes
 * Readability's own findings (when given) for the fields Readability is good at: the title with
 * the site name cut off, and a byline found in the article body.
 */
import type { Article } from '@/utils/types';

export type ArticleMetadata = Pick<Article, 'url' | 'title' | 'outlet' | 'byline' | 'date' | 'lang'>;

/** The part of Readability's parse() result this module uses. */
export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

type JsonObject = Record<string, unknown>;

// Tried in order; the first that gives a valid date wins.
const DATE_META_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'publish-date',
  'publish_date', 'pubdate', 'date', 'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.created',
  'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime',
  'citation_publication_date',
];
// Last resort: an update time still dates the story better than nothing, but only after every
// publication date the page offers.
const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified'];
const AUTHOR_META_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl'];
const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|LiveBlogPosting/;

// Every element the metadata always reads, found in one query: each query walks the whole page.
const HEAD_TAGS = 'meta, script[type="application/ld+json"], link[rel="canonical"]';

interface HeadTags {
  metas: Element[];
  jsonLd: Element[];
  /** The first link[rel="canonical"] and the first meta[property="og:url"], in document order. */
  canonical: Element | null;
  ogUrl: Element | null;
}

function readHeadTags(doc: Document): HeadTags {
  const tags: HeadTags = { metas: [], jsonLd: [], canonical: null, ogUrl: null };
  for (const el of Array.from(doc.querySelectorAll(HEAD_TAGS))) {
    const name = el.localName.toLowerCase();
    if (name === 'meta') {
      tags.metas.push(el);
      if (!tags.ogUrl && el.getAttribute('property') === 'og:url') tags.ogUrl = el;
    } else if (name === 'script') tags.jsonLd.push(el);
    else tags.canonical ??= el;
  }
  return tags;
}

/** All metadata Verbatim shows for a page at `url`. Never throws on odd markup. */
export function extractMetadata(doc: Document, url: string, readability?: ReadabilityMetadata | null): ArticleMetadata {
  const tags = readHeadTags(doc);
  const meta = readMetaTags(tags.metas);
  const ld = readJsonLd(tags.jsonLd);
  const article = ld.find((node) => ARTICLE_TYPE.test(typesOf(node).join(' '))) ?? null;
  const metaValue = (keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v) ?? null;

  const title =
    clean(readability?.title) || clean(metaValue(['og:title', 'twitter:title', 'dc.title'])) ||
    clean(stringOf(article?.headline)) || clean(doc.title) || clean(doc.querySelector('h1')?.textContent);

  const outlet =
    clean(meta.get('og:site_name')) || clean(publisherName(article, ld)) || hostName(url);

  const byline =
    clean(readability?.byline) || notUrl(clean(metaValue(AUTHOR_META_KEYS))) || clean(authorNames(article?.author)) || null;

  const date =
    firstDate(DATE_META_KEYS.map((k) => meta.get(k))) ??
    firstDate([article?.datePublished, ...ld.map((n) => n.datePublished), article?.dateCreated]) ??
    normalizeDate(readability?.publishedTime) ??
    firstDate(timeElementDates(doc)) ??
    firstDate([...MODIFIED_META_KEYS.map((k) => meta.get(k)), article?.dateModified]);

  const lang =
    normalizeLang(doc.documentElement?.getAttribute('lang')) ??
    normalizeLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normalizeLang(meta.get('content-language')) ??
    normalizeLang(meta.get('language')) ??
    normalizeLang(readability?.lang) ??
    normalizeLang(meta.get('og:locale'));

  return { url: canonicalUrl(tags, url), title, outlet, byline, date, lang };
}

/** meta tags by lowercased name / property / itemprop / http-equiv; the first of each wins. */
function readMetaTags(metas: Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of metas) {
    const content = el.getAttribute('content');
    if (!content) continue;
    // property may hold several space-separated names ("og:title twitter:title").
    const keys = [el.getAttribute('name'), el.getAttribute('itemprop'), el.getAttribute('http-equiv'), ...(el.getAttribute('property') ?? '').split(/\s+/)];
    for (const key of keys) {
      const k = key?.trim().toLowerCase();
      if (k && !map.has(k)) map.set(k, content);
    }
  }
  return map;
}

/** Every JSON-LD object on the page, flattened out of arrays and @graph; bad JSON is skipped. */
function readJsonLd(scripts: Element[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 5) return;
    if (Array.isArray(value)) value.forEach((v) => visit(v, depth + 1));
    else if (isObject(value)) {
      nodes.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
    }
  };
  for (const script of scripts) {
    // Some sites wrap JSON-LD in CDATA or HTML comments.
    const raw = (script.textContent ?? '').replace(/^\s*(<!\[CDATA\[|<!--)/, '').replace(/(\]\]>|-->)\s*$/, '');
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Malformed JSON-LD is common; the page's other metadata still counts.
    }
  }
  return nodes;
}

function publisherName(article: JsonObject | null, nodes: JsonObject[]): string | null {
  const candidates = [article?.publisher, ...nodes.filter((n) => n !== article).map((n) => n.publisher)];
  for (const candidate of candidates) {
    for (const pub of Array.isArray(candidate) ? candidate : [candidate]) {
      if (typeof pub === 'string' && pub.trim()) return pub;
      if (!isObject(pub)) continue;
      const name = stringOf(pub.name);
      if (name) return name;
      // A reference ({"@id": ...}) to an Organization elsewhere in the @graph.
      const target = nodes.find((n) => n['@id'] === pub['@id'] && n !== pub);
      const targetName = stringOf(target?.name);
      if (targetName) return targetName;
    }
  }
  return null;
}

function authorNames(author: unknown): string | null {
  const names = (Array.isArray(author) ? author : [author])
    .map((a) => (typeof a === 'string' ? a : isObject(a) ? stringOf(a.name) : null))
    .filter((n): n is string => !!n && !!n.trim());
  return names.length > 0 ? names.join(', ') : null;
}

function timeElementDates(doc: Document): Array<string | null> {
  const times = Array.from(doc.querySelectorAll('time[datetime]'));
  // A time marked as the publication date beats the first one on the page (often "updated").
  const marked = times.filter((t) => /published|pubdate|datePublished/i.test(`${t.getAttribute('itemprop')} ${t.className} ${t.hasAttribute('pubdate') ? 'pubdate' : ''}`));
  return [...marked, ...times].map((t) => t.getAttribute('datetime'));
}

function firstDate(values: unknown[]): string | null {
  for (const v of values) {
    const date = normalizeDate(v);
    if (date) return date;
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date string (ISO 8601, "2026/03/13", "20260313", "March 13, 2026", "13 Mar 2026", epoch
 * seconds or ms) as YYYY-MM-DD, or null. The calendar date is taken as written, not shifted to
 * UTC: "2026-03-13T01:00+05:30" was published on the 13th where it was written.
 */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  if (/^\d{10}(\d{3})?$/.test(s)) return fromEpoch(Number(s));
  m = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(s);
  if (m && monthOf(m[1])) return ymd(+m[3], monthOf(m[1]), +m[2]);
  m = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(s);
  if (m && monthOf(m[2])) return ymd(+m[3], monthOf(m[2]), +m[1]);
  return null;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function fromEpoch(n: number): string | null {
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "en_US" → "en-US"; the first of a comma list; null for anything that isn't a language tag. */
function normalizeLang(value: string | null | undefined): string | null {
  const tag = (value ?? '').split(',')[0].trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag) ? tag : null;
}

function canonicalUrl(tags: HeadTags, url: string): string {
  const href = tags.canonical?.getAttribute('href') ?? tags.ogUrl?.getAttribute('content');
  if (!href) return url;
  try {
    const canonical = new URL(href, url || undefined);
    // Some sites point every page's canonical at their home page; only trust a same-site link.
    if (!/^https?:$/.test(canonical.protocol)) return url;
    if (url && (new URL(url).hostname !== canonical.hostname || canonical.pathname === '/')) return url;
    return canonical.href;
  } catch {
    return url;
  }
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function notUrl(value: string): string {
  return /^https?:\/\//i.test(value) ? '' : value;
}
