/**
 * Builds the end-to-end extensions once per run: `wxt build --mode e2e` → .output/chrome-mv3-e2e,
 * and `wxt build -b firefox --mode e2e` → .output/firefox-mv2-e2e for the Firefox test.
 * That build differs from production only by a host permission for http://127.0.0.1/* (see
 * wxt.config.ts): Playwright cannot click the toolbar button that grants activeTab.
 *
 * The production build (.output/chrome-mv3, read by test/unit/project/manifest.test.ts) is made
 * first, so that test reads a build of the current code and no build runs beside the browser tests.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const E2E_EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');

export default function setup(): void {
  const wxt = path.resolve('node_modules/wxt/bin/wxt.mjs');
  execFileSync(process.execPath, [wxt, 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (const browser of ['chrome', 'firefox']) {
    execFileSync(process.execPath, [wxt, 'build', '-b', browser, '--mode', 'e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
