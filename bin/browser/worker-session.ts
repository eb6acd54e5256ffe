/**
 * A CDP session on the extension's service worker. Playwright opens CDP sessions on pages only,
 * so the worker target is attached unflattened through a page's session and spoken to with
 * Target.sendMessageToTarget; its events arrive as Target.receivedMessageFromTarget.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface WorkerSession {
  /** Sends a CDP command to the worker (e.g. 'Network.enable'); does not wait for the answer. */
  send(method: string, params?: object): Promise<void>;
  /** Calls `listener` with the params of every `method` event the worker target emits. */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
  detach(): Promise<void>;
}

export async function attachWorkerSession(context: BrowserContext, via: Page, extensionId: string): Promise<WorkerSession> {
  const cdp = await context.newCDPSession(via);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!sw) throw new Error('worker-session: the extension has no service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { method?: string; params?: Record<string, unknown> };
    if (msg.method) for (const l of listeners.get(msg.method) ?? []) l(msg.params ?? {});
  });
  let nextId = 1;
  return {
    async send(method, params = {}) {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method, params }) });
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    async detach() {
      await cdp.detach().catch(() => undefined);
    },
  };
}
