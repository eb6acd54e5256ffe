/**
 * Chrome's side panel and Firefox's sidebar, where the browser has them; else the popup is the
 * toolbar click's surface again.
 */
import { browser } from 'wxt/browser';

/** The panel APIs as the browser has them (WXT's types lack some). */
interface PanelApis {
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  action?: typeof browser.action;
  browserAction?: typeof browser.action;
}

const apis = () => browser as unknown as PanelApis;

/** The toolbar button's API: `action` (MV3), `browserAction` (Firefox MV2). */
export function toolbarAction(): typeof browser.action | undefined {
  return apis().action ?? apis().browserAction;
}

/**
 * Opens the panel. Called first thing in the click or command handler, before any await: both
 * browsers open a panel only inside the reader's gesture.
 */
export function openPanel(windowId: number | undefined): void {
  const { sidePanel, sidebarAction } = apis();
  if (sidePanel && windowId !== undefined) sidePanel.open({ windowId }).catch(() => undefined);
  else sidebarAction?.open().catch(() => undefined);
}

/**
 * The manifest has no default popup (wxt.config.ts), so the toolbar click reaches onClicked: that
 * click is the gesture that grants activeTab, for the check it starts. A browser with no side
 * panel gets the popup back as the click's surface, and the popup checks on open.
 */
export function popupWithoutPanel(): void {
  const { sidePanel, sidebarAction } = apis();
  if (!sidePanel && !sidebarAction) toolbarAction()?.setPopup({ popup: 'popup.html' }).catch(() => undefined);
}
