/**
 * Least privilege, checked on the production build's manifest (.output/chrome-mv3; built here if
 * missing, and by the end-to-end setup before a whole run, test/e2e/global-setup.ts): only storage/activeTab/scripting/offscreen (the offscreen document parses very large
 * pages' markup: entrypoints/background/markup-extraction), sidePanel (the panel, no host access)
 * and contextMenus ("Check the selected text as a quote": the menu click grants activeTab), no host access
 * unless the reader turns automatic mode on (optional http/https origins), no remote code, the
 * default CSP, nothing reachable from the web. The toolbar click opens the side panel (no default
 * popup, so action.onClicked fires and grants activeTab) and the keyboard commands are the ones
 * the background runs. Its words are message names (__MSG_key__) that every catalog under
 * _locales defines, English by default.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { COMMANDS } from '@/entrypoints/background/commands';
import { PRODUCTION_BUILD, productionBuild } from '../../support/production-build';

const OUT = PRODUCTION_BUILD;
let manifest: Record<string, unknown>;
const LANGUAGES = ['de', 'en', 'es', 'fr'];

/** The built catalog of one language (what browser.i18n reads). */
const catalog = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(path.join(OUT, '_locales', lang, 'messages.json'), 'utf8'));

/** A manifest string as the browser shows it in English: `__MSG_key__` replaced by the message. */
function english(value: unknown): string {
  expect(value).toMatch(/^__MSG_\w+__$/);
  return catalog('en')[String(value).slice(6, -2)].message;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

beforeAll(() => {
  productionBuild();
  manifest = JSON.parse(readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));
}, 120_000);

describe('built manifest (production)', () => {
  test('permissions are exactly storage, activeTab, scripting, offscreen, sidePanel, contextMenus', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'contextMenus', 'offscreen', 'scripting', 'sidePanel', 'storage']);
  });

  test('the e2e builds\' hook into the menu and toolbar handlers is not in the production background', () => {
    expect(readFileSync(path.join(OUT, 'background.js'), 'utf8')).not.toContain('verbatimE2E');
  });

  test('the toolbar click opens the side panel: a panel page, no default popup', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(existsSync(path.join(OUT, 'sidepanel.html'))).toBe(true);
    const action = manifest.action as Record<string, unknown>;
    expect(action.default_popup).toBeUndefined();
    expect(english(action.default_title)).toMatch(/panel/);
    // Still built: the background makes it the click's surface where there is no side panel.
    expect(existsSync(path.join(OUT, 'popup.html'))).toBe(true);
  });

  test('keyboard commands: exactly the ones the background runs, at most four suggested keys (the limit in Chrome)', () => {
    const commands = manifest.commands as Record<string, { suggested_key?: { default: string }; description: string }>;
    expect(Object.keys(commands).sort()).toEqual([...COMMANDS].sort());
    const keys = Object.values(commands).flatMap((c) => (c.suggested_key ? [c.suggested_key.default] : []));
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of Object.values(commands)) expect(english(c.description).length).toBeGreaterThan(0);
  });

  test('localized: default_locale en, every manifest string a message name each language defines', () => {
    expect(manifest.default_locale).toBe('en');
    expect(readdirSync(path.join(OUT, '_locales')).sort()).toEqual(LANGUAGES);
    expect(english(manifest.name)).toBe('Verbatim');
    expect(english(manifest.description)).toMatch(/^See how other outlets quoted/);
    const names = JSON.stringify(manifest).match(/__MSG_\w+__/g) ?? [];
    // name, description, action title, five commands.
    expect(new Set(names).size).toBe(8);
    for (const lang of LANGUAGES) {
      const messages = catalog(lang);
      for (const name of names) expect(messages[name.slice(6, -2)]?.message, `${name} in ${lang}`).toBeTruthy();
    }
  });

  test('no host permissions; optional ones are http(s) origins only', () => {
    expect(manifest.host_permissions).toBeUndefined();
    const optional = (manifest.optional_host_permissions ?? []) as string[];
    for (const pattern of optional) expect(pattern).toMatch(/^https?:\/\/[^/]+\/\*$/);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  test('the content script is injected on demand, never declared for pages', () => {
    expect((manifest.content_scripts ?? []) as unknown[]).toEqual([]);
  });

  test('default CSP, no externally_connectable, nothing web-accessible to every page', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    const war = (manifest.web_accessible_resources ?? []) as { resources: string[]; matches?: string[] }[];
    for (const entry of war) {
      expect(entry.resources.some((r) => r === '*' || r === '/*' || r === '**/*')).toBe(false);
      expect(entry.matches ?? []).not.toContain('<all_urls>');
    }
  });

  test('no remote code: pages load only packaged files, scripts never import or eval code', () => {
    const files = filesUnder(OUT);
    for (const html of files.filter((f) => f.endsWith('.html'))) {
      const refs = [...readFileSync(html, 'utf8').matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(ref, html).toMatch(/^\/(?!\/)/);
    }
    for (const js of files.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(js, 'utf8');
      expect(code, js).not.toMatch(/importScripts\s*\(|\bimport\s*\(\s*["'`]https?:|\beval\s*\(|new Function\s*\(|XMLHttpRequest|WebSocket|sendBeacon/);
    }
  });
});
