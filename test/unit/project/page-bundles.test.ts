/**
 * What the side panel loads, on the production build: it opens on the toolbar click while the
 * page is being checked and competes with that check for the CPU (docs/DESIGN.md "The side panel's
 * own load"), so it loads two scripts (its own and the pages' shared chunk) and none of the quote
 * engine's code (the English lexicon stands for it: a list only the engine reads).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { productionBuild } from '../../support/production-build';

let out = '';
beforeAll(() => {
  out = productionBuild();
}, 120_000);

/** The scripts a page of the build loads: its module script and the chunks it preloads. */
function pageScripts(page: string): string[] {
  const html = readFileSync(path.join(out, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
}

// A line of the lexicon's speech verbs (utils/language/en.ts), as the build keeps it.
const LEXICON_MARK = 'emphasise emphasises';

describe('the side panel page (production build)', () => {
  test('loads two scripts: its own and the shared chunk of the pages', () => {
    const scripts = pageScripts('sidepanel.html');
    expect(scripts).toHaveLength(2);
    expect(scripts.filter((s) => /\/chunks\/pages-/.test(s))).toHaveLength(1);
  });

  test('loads none of the quote engine (the lexicon is only in the pages that check)', () => {
    for (const s of pageScripts('sidepanel.html')) expect(readFileSync(path.join(out, s), 'utf8')).not.toContain(LEXICON_MARK);
    // The mark is real: the library page's scripts (search, quote finding) carry it.
    expect(pageScripts('library.html').some((s) => readFileSync(path.join(out, s), 'utf8').includes(LEXICON_MARK))).toBe(true);
  });
});
