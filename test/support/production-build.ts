/**
 * The production build (.output/chrome-mv3) the project tests read: made by the end-to-end setup
 * before a whole run (test/e2e/global-setup.ts), built here when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const PRODUCTION_BUILD = path.resolve('.output/chrome-mv3');

/** The build's folder, built first if it has no manifest. */
export function productionBuild(): string {
  if (!existsSync(path.join(PRODUCTION_BUILD, 'manifest.json'))) {
    execFileSync(process.execPath, [path.resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return PRODUCTION_BUILD;
}
