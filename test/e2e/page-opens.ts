/**
 * Issue 15's library pages in Chromium (≤ 300 ms), shared by performance.test.ts (the e2e's
 * synthetic 10k library) and page-open-allsides.test.ts (the AllSides 10k): the speakers list, a
 * person's page and a family page, each opened in a new tab and timed from navigation start to its
 * content in the DOM. The families are first built from scratch in slices (the direct writes
 * stored none; timed to the page's "built" note), then each page is opened first after a worker
 * restart (families read from their store), then again, median of `reopens`.
 */
import { loadavg } from 'node:os';
import { expect } from 'vitest';
import type { LoadedExtension, PageGlobals } from '../../bin/browser/launch-extension';
import type { FamilySummary } from '@/utils/protocol/messages';
import { contentRequest } from '@/utils/ui/early-request';
import { libraryHash, parseLibraryRoute } from '@/utils/ui/library-route';
import { instrumentPopup, median, ms, stopServiceWorker } from './cold-check';

/** A library route's content, rendered (components/library/SpeakersView, SpeakerPage, FamilyPage). */
export const PAGE_SELECTOR = {
  speakers: '[data-testid="speakers-view"] [data-testid="speaker-item"]',
  speaker: '[data-testid="speaker-page"] [data-testid="speaker-quote"]',
  family: '[data-testid="family-page"] [data-testid="family-version"]',
};
// The families' first build reads and aligns every saved quote: minutes at 10k (README "Performance").
export const PAGE_OPEN_TIMEOUT_MS = 40 * 60_000;
const TARGET_MS = 300;

export interface Row {
  figure: string;
  value: string;
  target: string;
}

export interface LibraryOpen {
  /** Navigation start → the route's content in the DOM (ms). */
  shown: number;
  /** Navigation start → the worker's reply to the route's content request (ms); the rest is the page's own work. */
  replied: number;
  /** How many of the content's items are shown. */
  items: number;
  /** On a speaker page that shows part of the person's quotes: what it says of them ("100 of 3,325 quotes shown"). */
  shownNote: string | null;
  /** On the speakers list: the people's links, as listed (most quoted first). */
  speakerHashes: string[];
  /** On a speaker page: the link to the family with the most versions among the person's quotes. */
  familyHash: string | null;
  /** 1-minute load average when the page was shown. */
  load: string;
}

/**
 * Runs in a library page before its scripts: marks `verbatim:content-replied` when the first reply
 * to a request of `type` arrives (the route's content, asked early by library-early.js or by its view).
 */
function markContentReply(type: string) {
  const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (m: unknown) => send(m).then((r) => {
    if ((m as { type?: string })?.type === type && performance.getEntriesByName('verbatim:content-replied').length === 0) performance.mark('verbatim:content-replied');
    return r;
  });
}

/** Opens `library.html<hash>` in a new tab, as a link from the panel does, and times it to `selector` in the DOM. */
export async function openLibraryRoute(ext: LoadedExtension, hash: string, selector: string): Promise<LibraryOpen> {
  const p = await ext.context.newPage();
  await p.setViewportSize({ width: 900, height: 900 });
  await p.addInitScript(instrumentPopup, selector);
  const request = contentRequest(parseLibraryRoute(hash));
  if (request) await p.addInitScript(markContentReply, request.type);
  await p.goto(`chrome-extension://${ext.id}/library.html${hash}`);
  await p.locator(selector).first().waitFor({ timeout: PAGE_OPEN_TIMEOUT_MS });
  const { shown, replied } = await p.evaluate(() => ({
    shown: performance.getEntriesByName('verbatim:report-shown')[0].startTime,
    replied: performance.getEntriesByName('verbatim:content-replied')[0]?.startTime ?? NaN,
  }));
  const items = await p.locator(selector).count();
  const links = await p.evaluate(() => {
    const family = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="speaker-quote-family"]')];
    const versions = (a: HTMLAnchorElement) => Number(/\d+/.exec(a.textContent ?? '')?.[0] ?? 0);
    return {
      familyHash: family.sort((a, b) => versions(b) - versions(a))[0]?.getAttribute('href') ?? null,
      speakerHashes: [...document.querySelectorAll('[data-testid="speaker-item"] a')].map((a) => a.getAttribute('href') ?? ''),
      shownNote: document.querySelector('[data-testid="speaker-quotes-shown"]')?.textContent?.trim() ?? null,
    };
  });
  await p.close();
  return { shown, replied, items, ...links, load: loadavg()[0].toFixed(1) };
}

export interface PageOpenChoice {
  /** The person whose page is opened; absent: the most quoted (the speakers list's first). */
  speaker?: string;
  /**
   * Which family page: the one with the most versions among that person's quotes (their page's
   * links), or among the library's families list (list-families: its 200 widest families).
   */
  family: 'speaker' | 'library';
  reopens: number;
}

/** The flow above, on a library whose records were written straight into IndexedDB; its figures as printable rows. */
export async function measurePageOpens(ext: LoadedExtension, choice: PageOpenChoice): Promise<Row[]> {
  await stopServiceWorker(ext);
  // The speakers list first: the records written straight into IndexedDB left the quotes store behind, so this open derives it.
  const derived = await openLibraryRoute(ext, '#speakers', PAGE_SELECTOR.speakers);
  const speakerHash = choice.speaker !== undefined ? libraryHash({ view: 'speaker', name: choice.speaker }) : derived.speakerHashes[0];
  expect(speakerHash).toMatch(/^#speaker\//);
  // Beside the most quoted person (the heaviest page), a typical speaker: the middle of those the list shows.
  const typicalAt = Math.floor((derived.speakerHashes.length - 1) / 2);
  const typicalHash = choice.speaker === undefined && typicalAt > 0 ? derived.speakerHashes[typicalAt] : undefined;
  // No families are stored (the direct writes bypassed them): the speaker page starts their build
  // and shows its progress; the page's progress asks keep the worker awake until it is done.
  const build = await ext.context.newPage();
  const navigated = Date.now();
  await build.goto(`chrome-extension://${ext.id}/library.html${speakerHash}`);
  await build.locator('[data-testid="families-progress"]').waitFor({ timeout: 120_000 });
  const progressShown = Date.now() - navigated;
  const firstProgress = await build.getAttribute('[data-testid="families-progress"]', 'data-done');
  await build.locator('[data-testid="families-built"]').waitFor({ timeout: PAGE_OPEN_TIMEOUT_MS });
  const built = Date.now() - navigated;
  const buildLoad = loadavg()[0].toFixed(1);
  // Asked while the built families are in the worker's memory (untimed): the list's family with the most versions.
  const listed = choice.family === 'library'
    ? await build.evaluate(async () => {
      const res = await (globalThis as unknown as PageGlobals).chrome.runtime.sendMessage({ type: 'list-families', query: '' });
      if (!res?.ok) throw new Error(`list-families failed: ${JSON.stringify(res).slice(0, 300)}`);
      return res.data as { total: number; families: FamilySummary[] };
    })
    : null;
  await build.close();
  // A defined start: a fresh worker; the families are read from their store on the first ask.
  await stopServiceWorker(ext);
  const speakersFirst = await openLibraryRoute(ext, '#speakers', PAGE_SELECTOR.speakers);
  const speakerFirst = await openLibraryRoute(ext, speakerHash!, PAGE_SELECTOR.speaker);
  const widest = listed?.families.reduce((best, f) => (f.versions > best.versions ? f : best));
  const familyHash = widest ? libraryHash({ view: 'family', ...widest.id }) : speakerFirst.familyHash;
  expect(familyHash).toMatch(/^#family\//);
  const pages: { hash: string; selector: string; label: string; note: string; target: boolean; first: LibraryOpen; again: LibraryOpen[] }[] = [
    { hash: '#speakers', selector: PAGE_SELECTOR.speakers, label: `speakers list (#speakers), ${speakersFirst.items} people shown`, note: 'first open after a worker restart (quotes store)', target: false, first: speakersFirst, again: [] },
    {
      hash: speakerHash!, selector: PAGE_SELECTOR.speaker, target: true, first: speakerFirst, again: [],
      label: `speaker page (#speaker/${nameOf(speakerHash!)}, ${choice.speaker !== undefined ? 'the chosen person' : 'the most quoted: the speakers list\'s first'}), ${quotesShown(speakerFirst)}`,
      note: 'first open after the speakers list, in the restarted worker (families read from their store)',
    },
  ];
  const afterRestart = async (hash: string, selector: string) => {
    await stopServiceWorker(ext);
    return openLibraryRoute(ext, hash, selector);
  };
  const familyFirst = await afterRestart(familyHash!, PAGE_SELECTOR.family);
  const which = widest ? `most versions among the families list's ${listed!.families.length} widest of ${listed!.total}` : 'most versions among the person\'s quotes';
  pages.push({ hash: familyHash!, selector: PAGE_SELECTOR.family, label: `family page (#family/…, ${which}), ${familyFirst.items} versions`, note: 'first open after a worker restart (families read from their store)', target: true, first: familyFirst, again: [] });
  if (typicalHash) {
    const typicalFirst = await afterRestart(typicalHash, PAGE_SELECTOR.speaker);
    pages.push({
      hash: typicalHash, selector: PAGE_SELECTOR.speaker, target: true, first: typicalFirst, again: [],
      label: `speaker page (#speaker/${nameOf(typicalHash)}, a typical speaker: the speakers list's number ${typicalAt + 1} of ${derived.speakerHashes.length}), ${quotesShown(typicalFirst)}`,
      note: 'first open after a worker restart (families read from their store)',
    });
  }
  for (let i = 0; i < choice.reopens; i++) for (const page of pages) page.again.push(await openLibraryRoute(ext, page.hash, page.selector));
  // Each page shows its content: people, a person's quotes, a family of several versions.
  for (const o of [derived, ...pages.flatMap((page) => [page.first, ...page.again])]) expect(o.items).toBeGreaterThan(1);

  const rows: Row[] = [];
  rows.push({ figure: `speakers list, first open after the direct writes (quotes store derived from every article) (load ${derived.load})`, value: ms(derived.shown), target: '' });
  rows.push({ figure: `families built from scratch in slices (none stored): progress shown after ${ms(progressShown)} (${firstProgress} articles done), build done (load ${buildLoad})`, value: ms(built), target: '' });
  const replies = (runs: LibraryOpen[]) => runs.map((r) => ms(r.replied)).join(', ');
  for (const page of pages) {
    const target = page.target ? `≤ ${TARGET_MS} ms` : '';
    rows.push({ figure: `${page.label}: ${page.note} (reply ${ms(page.first.replied)}; load ${page.first.load})`, value: ms(page.first.shown), target });
    rows.push({
      figure: `  again, median of ${page.again.length}: each ${page.again.map((r) => ms(r.shown)).join(', ')} (replies ${replies(page.again)}; load ${page.again.map((r) => r.load).join(', ')})`,
      value: ms(median(page.again.map((r) => r.shown))),
      target,
    });
  }
  return rows;
}

const quotesShown = (o: LibraryOpen) => `${o.items} quotes shown${o.shownNote ? ` (${o.shownNote})` : ''}`;

function nameOf(speakerHash: string): string {
  const route = parseLibraryRoute(speakerHash);
  return route.view === 'speaker' ? route.name : '';
}
