/** Automatic mode (entrypoints/background/automatic-mode.ts): which loaded tabs are checked, and which saved. */
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { background, call, openTab, PAGE1, useFakeTabs } from './background-fixture';

useFakeTabs('automatic-mode');

describe('automatic mode', () => {
  test.each([
    ['off: nothing happens', { automatic: false }, true, 0],
    ['on, permission granted: checked and remembered', { automatic: true }, true, 1],
    ['on, no permission: nothing', { automatic: true }, false, 0],
    ['on, remember off: checked, not saved', { automatic: true, rememberRead: false }, true, 0],
    ['on, site excluded', { automatic: true, excludedSites: ['127.0.0.1'] }, true, 0],
    ['on, other sites only', { automatic: true, sites: ['news.example'] }, true, 0],
  ])('%s', async (_name, settings, granted, saved) => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(granted);
    const bg = background();
    await call(bg, { type: 'set-settings', settings });
    await call(bg, { type: 'load-samples' }); // so the page has coverage to compare with
    const tab = await openTab(PAGE1);
    await bg.automatic.onTabComplete(tab, PAGE1);
    const ids = (await call(bg, { type: 'list-articles' })).map((a) => a.id);
    expect(ids.filter((id) => id === PAGE1).length).toBe(saved);
    const checked = vi.mocked(fakeBrowser.scripting.executeScript).mock.calls.length > 0;
    expect(checked).toBe(settings.automatic && granted && !('sites' in settings));
  });
});

