/**
 * Reader settings: their shape, defaults, and a tolerant parser. Storage of them lives in
 * utils/storage/storage.ts; this file only says what a valid settings object is.
 */

export interface Settings {
  /** Check every article page as it loads (needs optional host permissions). */
  automatic: boolean;
  /**
   * Sites automatic mode covers, as host names ("example.com" also covers "www.example.com").
   * Empty list with `automatic` on means all http(s) sites.
   */
  sites: string[];
  /** Save every page automatic mode checks, except excluded sites. */
  rememberRead: boolean;
  /** Host names never saved by remember-what-I-read. */
  excludedSites: string[];
  /** Highlight quotes in the page after a check. */
  highlights: boolean;
  /** The reader's own merges and splits of speakers across the library (utils/families/speakers.ts). */
  speakers: SpeakerOverrides;
}

/**
 * Speakers the reader merged or split by hand. `merged`: [a name of one person, a name of the
 * person it joins]; `split`: names kept as a person of their own, never joined to a fuller name.
 * Added after settings v2 (schema 2): stored settings without it read as none (`parseSettings`).
 */
export interface SpeakerOverrides {
  merged: Array<[string, string]>;
  split: string[];
}

/** Names longer than this are no speaker a page credited. */
const MAX_NAME = 200;
/** Overrides kept at most (each a click of the reader's). */
const MAX_OVERRIDES = 2_000;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  automatic: false,
  sites: [],
  // On by default, but only takes effect once automatic mode is granted (issue 4).
  rememberRead: true,
  excludedSites: [],
  highlights: true,
  speakers: Object.freeze({ merged: [], split: [] }) as unknown as SpeakerOverrides,
});

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A host name from what a reader types: "https://www.Example.com/news" → "www.example.com".
 * null when nothing host-like is there.
 */
export function parseHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  let host = trimmed;
  try {
    host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  return HOST.test(host) ? host : null;
}

/** True when `host` is `site` or one of its subdomains. */
export function hostMatches(host: string, site: string): boolean {
  const h = host.toLowerCase();
  const s = site.toLowerCase().replace(/^www\./, '');
  return h === s || h.endsWith(`.${s}`);
}

function hostList(x: unknown): string[] | null {
  if (!Array.isArray(x)) return null;
  const out: string[] = [];
  for (const item of x) {
    if (typeof item !== 'string') return null;
    const host = parseHost(item);
    if (host && !out.includes(host)) out.push(host);
  }
  return out;
}

/** The settings fields `x` gives with the right type; everything else is left out. Never throws. */
export function parseSettingsPatch(x: unknown): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return out;
  const r = x as Record<string, unknown>;
  if (typeof r.automatic === 'boolean') out.automatic = r.automatic;
  if (typeof r.rememberRead === 'boolean') out.rememberRead = r.rememberRead;
  if (typeof r.highlights === 'boolean') out.highlights = r.highlights;
  const sites = hostList(r.sites);
  if (sites) out.sites = sites;
  const excluded = hostList(r.excludedSites);
  if (excluded) out.excludedSites = excluded;
  const speakers = speakerOverrides(r.speakers);
  if (speakers) out.speakers = speakers;
  return out;
}

const isName = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '' && x.length <= MAX_NAME;

/** Valid overrides from `x` (bad entries dropped, duplicates once), or null when it is not an overrides object. */
function speakerOverrides(x: unknown): SpeakerOverrides | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const r = x as Record<string, unknown>;
  const merged = (Array.isArray(r.merged) ? r.merged : [])
    .filter((m): m is [string, string] => Array.isArray(m) && m.length === 2 && isName(m[0]) && isName(m[1]) && m[0] !== m[1])
    .map(([a, b]) => [a, b] as [string, string])
    .filter(([a, b], i, all) => all.findIndex(([c, d]) => c === a && d === b) === i)
    .slice(-MAX_OVERRIDES);
  const split = [...new Set((Array.isArray(r.split) ? r.split : []).filter(isName))].slice(-MAX_OVERRIDES);
  return { merged, split };
}

/**
 * Whether `x` is overrides exactly as Verbatim writes them (an export file's): nothing dropped,
 * nothing coerced. An import refuses a file whose overrides are not (`parseSettings` would
 * quietly drop what it cannot read, and the reader would not know).
 */
export function isSpeakerOverrides(x: unknown): x is SpeakerOverrides {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const r = x as Record<string, unknown>;
  const keys = Object.keys(r);
  if (keys.length !== 2 || !Array.isArray(r.merged) || !Array.isArray(r.split)) return false;
  if (r.merged.length > MAX_OVERRIDES || r.split.length > MAX_OVERRIDES) return false;
  return r.merged.every((m) => Array.isArray(m) && m.length === 2 && isName(m[0]) && isName(m[1]) && m[0] !== m[1]) && r.split.every(isName);
}

/**
 * The reader's overrides with an imported file's added, the reader's own winning: a merge the
 * file makes of a name the reader split is left out, and so is a split of a name the reader
 * merged; the reader's entries come last, so their merge of a name outranks the file's and the
 * cap never drops them.
 */
export function mergeSpeakerOverrides(own: SpeakerOverrides, incoming: SpeakerOverrides): SpeakerOverrides {
  const ownSplit = new Set(own.split);
  const ownMerged = new Set(own.merged.flat());
  const ownPairs = new Set(own.merged.map((m) => JSON.stringify(m)));
  const merged = [...incoming.merged.filter(([a, b]) => !ownSplit.has(a) && !ownSplit.has(b) && !ownPairs.has(JSON.stringify([a, b]))), ...own.merged];
  const split = [...incoming.split.filter((n) => !ownMerged.has(n) && !ownSplit.has(n)), ...own.split];
  return speakerOverrides({ merged, split })!;
}

/** Full settings from anything (storage, a message): valid fields of `x` over `base`. */
export function parseSettings(x: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const speakers = { merged: base.speakers.merged.map(([a, b]) => [a, b] as [string, string]), split: [...base.speakers.split] };
  return { ...base, sites: [...base.sites], excludedSites: [...base.excludedSites], speakers, ...parseSettingsPatch(x) };
}

/** Match patterns for the optional host permissions automatic mode asks for. */
export function originPatterns(settings: Pick<Settings, 'sites'>): string[] {
  if (settings.sites.length === 0) return ['http://*/*', 'https://*/*'];
  return settings.sites.flatMap((s) => {
    const bare = s.replace(/^www\./, '');
    return [`http://${bare}/*`, `https://${bare}/*`, `http://*.${bare}/*`, `https://*.${bare}/*`];
  });
}
