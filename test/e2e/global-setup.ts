/**
 * Builds the end-to-end extension once per run: `wxt build --mode e2e` → .output/chrome-mv3-e2e.
 * That build differs from production only by a host permission for http://127.0.0.1/* (see
 * wxt.config.ts): Playwright cannot click the toolbar button that grants activeTab.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const E2E_EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');

export default function setup(): void {
  execFileSync(process.execPath, [path.resolve('node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', 'e2e'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
