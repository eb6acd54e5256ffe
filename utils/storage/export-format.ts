/**
 * The library export file: one versioned JSON document, and the validator every import goes
 * through before anything is changed.
 *
 * ```json
 * { "format": "verbatim-library", "version": 2, "exportedAt": "2026-03-14T09:00:00.000Z",
 *   "articles": [ { "id", "url", "outlet", "title", "date", "byline", "lang",
 *                   "text", "paragraphs": [{"start","end"}], "savedAt",
 *                   "versions": [ { "title", "date", "byline", "lang", "text", "paragraphs", "savedAt" } ] } ],
 *   "speakers": { "merged": [["Gor", "Sergio Gor"]], "split": ["Dr. Lee"] } }
 * ```
 * Version 2 adds `versions`: the article's earlier versions, oldest first, each saved before the
 * article itself (absent when there are none); and `speakers`: the reader's merges and splits of
 * speakers (settings.ts `SpeakerOverrides`), which an import adds to the reader's own
 * (`mergeSpeakerOverrides`: the reader's own are never dropped). Version 1 files (neither) still
 * import; a version 1 file holding either, or overrides not exactly as written, is refused.
 * Quotes are not in the file: they are derived from `text`, so the importing version of
 * Verbatim finds them again with its own (possibly better) quote finder.
 *
 * Merge rule (`planMerge`): articles are matched by `id`; an article already in the library is
 * replaced only when the file's copy has a strictly newer `savedAt`, otherwise it is skipped. Two
 * copies of one id inside a file count once (the newer wins). So importing the same file twice
 * changes nothing the second time. Nothing is lost to the rule (`planVersions`): every copy that
 * loses, in the library or in the file, whose text differs from the winner's is kept as an
 * earlier version, and so is every version in the file; versions are keyed by id and savedAt.
 */
import type { Article, ArticleRef, Span } from '@/utils/types';
import { ENGLISH, type Translate } from '@/utils/i18n/translate';
import { normalizeText } from '@/utils/text/normalize';
import { isSpeakerOverrides, type SpeakerOverrides } from '@/utils/storage/settings';

export const EXPORT_FORMAT = 'verbatim-library';
export const EXPORT_VERSION = 2;
/** Largest file an import accepts (characters of JSON); keeps a mistaken pick from freezing the page. */
export const MAX_IMPORT_CHARS = 200 * 1024 * 1024;
export const MAX_IMPORT_ARTICLES = 50_000;
const MAX_ARTICLE_CHARS = 2_000_000;
/** An id is a canonical URL (articleId); news URLs run past 200 characters, so only absurd ones are refused. */
const MAX_ID_CHARS = 8_192;

/** An article as exported: the article plus its library id and save time, and its earlier versions. */
export interface ExportedArticle extends Article, ArticleRef {
  savedAt: number;
  /** Oldest first, each saved before the article; absent when none (always, in a version 1 file). */
  versions?: ExportedVersion[];
}

/** An earlier version of an exported article: what can change between saves (id, url and outlet cannot). */
export type ExportedVersion = Pick<ExportedArticle, 'title' | 'date' | 'byline' | 'lang' | 'text' | 'paragraphs' | 'savedAt'>;

/** A saved copy of an article, current or earlier, as the version rule sees it. */
export type ArticleCopy = Article & ArticleRef & { savedAt: number };

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  /** What this version of Verbatim writes is EXPORT_VERSION; every earlier version still imports. */
  version: 1 | typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  articles: ExportedArticle[];
  /** The reader's merges and splits of speakers; absent in version 1 files (and optional in version 2). */
  speakers?: SpeakerOverrides;
}

export type ImportCheck = { ok: true; file: ExportFile } | { ok: false; reason: string };

/** Builds an export file (newest save first, so a person skimming the JSON sees recent work). */
export function buildExportFile(articles: readonly ExportedArticle[], now: Date = new Date(), speakers?: SpeakerOverrides): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles: [...articles]
      .sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id))
      .map(toExported),
    ...(speakers ? { speakers: copyOverrides(speakers) } : {}),
  };
}

/** Only the overrides' own fields, copied (the file must not share arrays with the settings). */
function copyOverrides(o: SpeakerOverrides): SpeakerOverrides {
  return { merged: o.merged.map(([a, b]) => [a, b] as [string, string]), split: [...o.split] };
}

/** Only the exported fields, in a fixed order (a stored article carries more). */
export function toExported(a: ExportedArticle): ExportedArticle {
  const versions = (a.versions ?? []).map(toExportedVersion).sort((x, y) => x.savedAt - y.savedAt);
  return {
    id: a.id, url: a.url, outlet: a.outlet, ...toExportedVersion(a), ...(versions.length > 0 ? { versions } : {}),
  };
}

function toExportedVersion(v: ExportedVersion): ExportedVersion {
  return {
    title: v.title, date: v.date, byline: v.byline, lang: v.lang, text: v.text,
    paragraphs: v.paragraphs.map((p) => ({ start: p.start, end: p.end })), savedAt: v.savedAt,
  };
}

/** The earlier versions of an exported article as stored copies (with its id, url and outlet). */
export function versionCopies(a: ExportedArticle): ArticleCopy[] {
  return (a.versions ?? []).map((v) => ({ ...toExportedVersion(v), id: a.id, url: a.url, outlet: a.outlet }));
}

/**
 * The earlier versions an import keeps, by the rule above: `winners` are the copies the library
 * holds after the import (the library's own or the file's), `losers` every other copy of those
 * ids (the library's replaced ones, the file's older duplicates and skipped copies, the file's
 * versions). A loser is kept unless its text is the winner's, or another loser of the same save
 * time was kept. Pure: the caller writes them with the articles.
 */
export function planVersions<T extends ArticleCopy>(winners: ReadonlyMap<string, ArticleCopy>, losers: readonly T[]): T[] {
  const kept = new Map<string, T>();
  for (const v of losers) {
    const winner = winners.get(v.id);
    if (!winner || v.savedAt === winner.savedAt || normalizeText(v.text) === normalizeText(winner.text)) continue;
    const key = `${v.savedAt}\t${v.id}`;
    if (!kept.has(key)) kept.set(key, v);
  }
  return [...kept.values()];
}

/**
 * Parses the text of a file a person picked. Refuses with a reason they can act on, in the
 * language of `t` (the library page's; English for the CLI and the background).
 * Numbers are passed as String(n): these messages never grouped digits, and a version is a label.
 */
export function parseExportText(text: string, t: Translate = ENGLISH): ImportCheck {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, reason: t('importTooLarge', String(MAX_IMPORT_CHARS / 1024 / 1024)) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: t('importNotJson') };
  }
  return validateExport(data, t);
}

/** Checks parsed JSON against the format. Nothing is changed whatever the answer. */
export function validateExport(data: unknown, t: Translate = ENGLISH): ImportCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: t('importNoObject') };
  }
  const d = data as Record<string, unknown>;
  if (d.format !== EXPORT_FORMAT) {
    return { ok: false, reason: t('importWrongFormat') };
  }
  if (typeof d.version !== 'number' || !Number.isInteger(d.version)) {
    return { ok: false, reason: t('importNoVersion') };
  }
  if (d.version > EXPORT_VERSION) {
    return { ok: false, reason: t('importNewerVersion', String(d.version)) };
  }
  if (d.version < 1) return { ok: false, reason: t('importUnknownVersion', String(d.version)) };
  if (typeof d.exportedAt !== 'string' || Number.isNaN(Date.parse(d.exportedAt))) {
    return { ok: false, reason: t('importNoDate') };
  }
  if (!Array.isArray(d.articles)) return { ok: false, reason: t('importNoArticles') };
  if (d.articles.length > MAX_IMPORT_ARTICLES) {
    return { ok: false, reason: t('importTooManyArticles', String(MAX_IMPORT_ARTICLES)) };
  }
  if ('speakers' in d && (d.version < 2 || !isSpeakerOverrides(d.speakers))) return { ok: false, reason: t('importSpeakersDamaged') };
  const articles: ExportedArticle[] = [];
  for (let i = 0; i < d.articles.length; i++) {
    const problem = articleProblem(d.articles[i], t) ?? versionsProblem(d.articles[i] as Record<string, unknown>, d.version, t);
    if (problem) return { ok: false, reason: t('importArticleDamaged', String(i + 1), String(d.articles.length), problem) };
    articles.push(toExported(d.articles[i] as ExportedArticle));
  }
  const speakers = 'speakers' in d ? { speakers: copyOverrides(d.speakers as SpeakerOverrides) } : {};
  return { ok: true, file: { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: d.exportedAt, articles, ...speakers } };
}

const STRING_FIELDS = ['id', 'url', 'outlet', 'title', 'text'] as const;
const NULLABLE_FIELDS = ['date', 'byline', 'lang'] as const;

/** What is wrong with one article, in words; null when it is fine (also for the CLI's `library build`). */
export function articleProblem(x: unknown, t: Translate = ENGLISH): string | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return t('problemNotObject');
  const a = x as Record<string, unknown>;
  for (const f of STRING_FIELDS) {
    if (!(f in a)) return t('problemMissing', f);
    if (typeof a[f] !== 'string') return t('problemNotText', f);
  }
  for (const f of NULLABLE_FIELDS) {
    if (!(f in a)) return t('problemMissing', f);
    if (a[f] !== null && typeof a[f] !== 'string') return t('problemNotTextOrNull', f);
  }
  const id = a.id as string;
  const text = a.text as string;
  if (id.trim() === '' || id.length > MAX_ID_CHARS) return t('problemIdLength', String(MAX_ID_CHARS));
  if (text.trim() === '') return t('problemTextEmpty');
  if (text.length > MAX_ARTICLE_CHARS) return t('problemTextTooLong');
  if (a.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(a.date as string)) return t('problemDate');
  if (typeof a.savedAt !== 'number' || !Number.isFinite(a.savedAt) || a.savedAt < 0) {
    return t('problemSavedAt');
  }
  if (!Array.isArray(a.paragraphs)) return t('problemMissing', 'paragraphs');
  let last = 0;
  for (const p of a.paragraphs as unknown[]) {
    const span = p as Partial<Span> | null;
    if (typeof span !== 'object' || span === null || !Number.isInteger(span.start) || !Number.isInteger(span.end)) {
      return t('problemParagraphsShape');
    }
    if (span.start! < last || span.end! < span.start! || span.end! > text.length) {
      return t('problemParagraphsFit');
    }
    last = span.end!;
  }
  return null;
}

/** What is wrong with an article's earlier versions (checked once the article itself is fine); null when nothing. */
function versionsProblem(a: Record<string, unknown>, version: number, t: Translate): string | null {
  if (!('versions' in a)) return null;
  if (version < 2 || !Array.isArray(a.versions)) return t('problemVersions');
  for (const v of a.versions as unknown[]) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return t('problemVersions');
    // A version is checked as the article it was: with the article's id, url and outlet.
    const problem = articleProblem({ ...v, id: a.id, url: a.url, outlet: a.outlet }, t);
    if (problem) return t('problemVersion', problem);
    if ((v as { savedAt: number }).savedAt >= (a.savedAt as number)) return t('problemVersionOrder');
  }
  return null;
}

/** What an import did, counted per article. */
export interface ImportOutcome {
  added: number;
  updated: number;
  /** Already in the library with the same or a newer `savedAt`. */
  skipped: number;
}

export interface MergePlan<T extends { id: string; savedAt: number }> extends ImportOutcome {
  /** Articles to write (new ones and newer copies), one per id. */
  write: T[];
}

/**
 * Decides what an import changes. `existing`: id → savedAt of what the library holds.
 * Pure, so the rule is tested on its own; the caller writes `write` in one transaction.
 */
export function planMerge<T extends { id: string; savedAt: number }>(
  incoming: readonly T[],
  existing: ReadonlyMap<string, number>,
): MergePlan<T> {
  const newest = new Map<string, T>();
  let skipped = 0;
  for (const a of incoming) {
    const seen = newest.get(a.id);
    if (seen) {
      skipped++;
      if (a.savedAt > seen.savedAt) newest.set(a.id, a);
    } else newest.set(a.id, a);
  }
  const plan: MergePlan<T> = { write: [], added: 0, updated: 0, skipped };
  for (const a of newest.values()) {
    const have = existing.get(a.id);
    if (have === undefined) {
      plan.write.push(a);
      plan.added++;
    } else if (a.savedAt > have) {
      plan.write.push(a);
      plan.updated++;
    } else plan.skipped++;
  }
  return plan;
}
