import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The end-to-end tests build with `wxt build --mode e2e` (output: .output/chrome-mv3-e2e). That
 * build alone may read pages on 127.0.0.1: activeTab is granted only by a real toolbar click,
 * which Playwright cannot perform, so the tests need a host permission for their local server.
 * Every other build keeps only storage/activeTab/scripting, plus optional host permissions that
 * automatic mode requests at run time, plus on Chromium 'offscreen': its service worker has no DOM,
 * so a very large page's markup is extracted in an offscreen document (utils/markup-extraction).
 * Firefox's background has a DOM and Firefox has no such permission.
 */
const E2E_HOSTS = ['http://127.0.0.1/*'];
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  // Explicit imports only (@/utils/...): keeps code navigable and vi.mock paths real.
  imports: false,
  // The browsers an extension runs in, not Vite's default web baseline: under that, every regex
  // literal with \p{…} was rewritten as `new RegExp(…)`, rebuilt on each call in the engine's loops.
  vite: () => ({ plugins: [preact()], build: { target: 'es2022' } }),
  manifest: ({ mode, manifestVersion, browser }) => ({
    name: 'Verbatim',
    description:
      'See how other outlets quoted the article you are reading: every direct quote, who said it, and word-level differences with your saved coverage. Nothing leaves your machine.',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    // Automatic mode asks for these (all sites, or the sites the reader lists) when turned on.
    // Manifest V2 (Firefox) has no optional_host_permissions: origins go in optional_permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: OPTIONAL_HOSTS }
      : { optional_host_permissions: OPTIONAL_HOSTS }),
    action: { default_title: 'Verbatim: check the quotes on this page' },
    browser_specific_settings: {
      // Nothing leaves the reader's machine: declared for Firefox's data-collection consent.
      gecko: { id: 'verbatim@verbatim.local', strict_min_version: '121.0', data_collection_permissions: { required: ['none'] } },
    },
  }),
});
