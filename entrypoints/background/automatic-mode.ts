/**
 * Automatic mode: a tab that finished loading a page of a site the reader allowed (and granted
 * host permission for) is checked, and remembered when the reader asked for that.
 */
import { browser } from 'wxt/browser';
import type { TabChecks } from '@/entrypoints/background/tab-checks';
import type { Library } from '@/utils/library/library';
import { hostMatches, type Settings } from '@/utils/storage/settings';

export class AutomaticMode {
  constructor(
    private readonly library: Library,
    private readonly tabs: TabChecks,
  ) {}

  /** A tab finished loading. Checks it if the reader allowed this site; never throws. */
  async onTabComplete(tabId: number, url: string | undefined): Promise<void> {
    try {
      await this.autoCheck(tabId, url);
    } catch (err) {
      console.error('automatic-mode: automatic check failed', err);
    }
  }

  private async autoCheck(tabId: number, url: string | undefined): Promise<void> {
    this.tabs.dropCheck(tabId);
    // Without host permission the tab's URL is hidden: nothing to do, and nothing is loaded.
    if (!url || !/^https?:/.test(url)) return;
    const settings = await this.library.getSettings();
    if (!automaticCovers(settings, url) || !(await hasHostPermission(url))) return;
    const report = await this.tabs.checkTab(tabId);
    if (report.status !== 'ok' || !settings.rememberRead || report.saved === 'yes') return;
    if (settings.excludedSites.some((site) => hostMatches(new URL(url).hostname, site))) return;
    await this.tabs.saveTab(tabId);
  }
}

function automaticCovers(settings: Settings, url: string): boolean {
  if (!settings.automatic) return false;
  const host = new URL(url).hostname;
  return settings.sites.length === 0 || settings.sites.some((site) => hostMatches(host, site));
}

async function hasHostPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}
