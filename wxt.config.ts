import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The end-to-end tests build with `wxt build --mode e2e` (output: .output/chrome-mv3-e2e). That
 * build alone may read pages on 127.0.0.1: activeTab is granted only by a real toolbar click,
 * which Playwright cannot perform, so the tests need a host permission for their local server.
 * Every other build keeps only storage/activeTab/scripting/contextMenus, plus optional host
 * permissions that automatic mode requests at run time, plus on Chromium 'offscreen': its service worker has no DOM,
 * so a very large page's markup is extracted in an offscreen document (entrypoints/background/markup-extraction).
 * Firefox's background has a DOM and Firefox has no such permission.
 */
const E2E_HOSTS = ['http://127.0.0.1/*'];
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
// Manifest strings are message names: the browser shows them in its own language (public/_locales).
const ACTION_TITLE = '__MSG_actionTitle__';

/**
 * Keyboard commands (entrypoints/background/commands.ts COMMANDS), run on the active tab by the background. A
 * command is a gesture that grants activeTab, like the toolbar click. Chrome takes at most four
 * suggested keys: saving has none, the reader picks one (chrome://extensions/shortcuts).
 */
const COMMANDS = {
  'check-page': { suggested_key: { default: 'Alt+Shift+V' }, description: '__MSG_commandCheckPage__' },
  'next-quote': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextQuote__' },
  'previous-quote': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandPreviousQuote__' },
  'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggleHighlights__' },
  'save-article': { description: '__MSG_commandSaveArticle__' },
};

type ModuleInfo = { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] } | null;

/**
 * The side panel opens on the toolbar click while the page is being checked, and its load competes
 * with that check for the CPU (docs/DESIGN.md "The side panel's own load"): the code it shares with
 * the other pages goes into one chunk, so it loads two scripts and one style sheet, not five files.
 */
function sidePanelChunk(id: string, { getModuleInfo }: { getModuleInfo: (id: string) => ModuleInfo }): string | undefined {
  const pages = new Set<string>();
  const seen = new Set<string>();
  const walk = (m: string) => {
    if (seen.has(m)) return;
    seen.add(m);
    const info = getModuleInfo(m);
    if (!info) return;
    if (info.isEntry) pages.add(m);
    for (const up of [...info.importers, ...info.dynamicImporters]) walk(up);
  };
  walk(id);
  const inPanel = [...pages].some((p) => p.includes('/entrypoints/sidepanel/'));
  return inPanel && pages.size > 1 ? 'pages' : undefined;
}

/** The pages' build step only: the background and content script are built as single files (inlined imports). */
const sharedPageChunk = {
  name: 'verbatim:shared-page-chunk',
  outputOptions: (opts: { inlineDynamicImports?: boolean }) => (opts.inlineDynamicImports ? null : { ...opts, manualChunks: sidePanelChunk }),
};

export default defineConfig({
  // Explicit imports only (@/utils/...): keeps code navigable and vi.mock paths real.
  imports: false,
  // The browsers an extension runs in, not Vite's default web baseline: under that, every regex
  // literal with \p{…} was rewritten as `new RegExp(…)`, rebuilt on each call in the engine's loops.
  vite: () => ({ plugins: [preact(), sharedPageChunk], build: { target: 'es2022' } }),
  hooks: {
    // The toolbar click opens the side panel (Chrome side_panel, Firefox sidebar_action) and
    // checks the page: a default popup would swallow the click (no action.onClicked), so the
    // popup page is built but not declared; the background sets it back as the click's surface
    // only in a browser with no side panel.
    'build:manifestGenerated': (_wxt, manifest) => {
      type Action = { default_popup?: string; default_title?: string };
      const m = manifest as { action?: Action; browser_action?: Action };
      for (const action of [m.action, m.browser_action]) {
        if (!action) continue;
        delete action.default_popup;
        // WXT takes the popup page's <title> as the button's: say what the click does instead.
        action.default_title = ACTION_TITLE;
      }
    },
  },
  manifest: ({ mode, manifestVersion, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Required once public/_locales exists; the language a missing translation falls back to.
    default_locale: 'en',
    // contextMenus: "Check the selected text as a quote" (a permission, no host access: the menu
    // click grants activeTab on the page, as the toolbar click does).
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    // Automatic mode asks for these (all sites, or the sites the reader lists) when turned on.
    // Manifest V2 (Firefox) has no optional_host_permissions: origins go in optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: OPTIONAL_HOSTS }
      : { optional_host_permissions: OPTIONAL_HOSTS }),
    action: { default_title: ACTION_TITLE },
    commands: COMMANDS,
    browser_specific_settings: {
      // Nothing leaves the reader's machine: declared for Firefox's data-collection consent.
      gecko: { id: 'verbatim@verbatim.local', strict_min_version: '121.0', data_collection_permissions: { required: ['none'] } },
    },
  }),
});
