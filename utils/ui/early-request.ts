/**
 * A library page's own content asked before its code loads (docs/DESIGN.md "A library page asks
 * for its content first"). A small classic script in the page's head (entrypoints/library-early.ts)
 * sends the request the route's view will make (a family, a person, the speakers list) while the
 * page's modules are still loading; that wakes a stopped worker and lets it answer meanwhile. The
 * view's first request of the same kind takes that reply instead of sending its own.
 *
 * ```ts
 * sendEarly('#speaker/Sergio%20Gor', send);          // sends { type: 'get-speaker', name: 'Sergio Gor' }
 * takeEarly({ type: 'get-speaker', name: 'Sergio Gor' }); // → that reply; a second take → undefined
 * ```
 */
import type { Request } from '@/utils/protocol/messages';
import { parseLibraryRoute, type LibraryRoute } from '@/utils/ui/library-route';

/** The request that gives a route's view its content, as the view sends it; null for views not asked early. */
export function contentRequest(route: LibraryRoute): Request | null {
  switch (route.view) {
    case 'family': return { type: 'get-family', articleId: route.articleId, offset: route.offset };
    case 'speaker': return { type: 'get-speaker', name: route.name };
    case 'speakers': return { type: 'list-speakers', query: '' };
    default: return null;
  }
}

/** Where the early reply waits for the page's code (two scripts, one page: a global is their only common ground). */
const SLOT = 'verbatimEarlyRequest';
type Holder = Record<string, unknown>;
interface Sent {
  key: string;
  reply: Promise<unknown>;
}

/** The same request whatever order its fields were written in. */
function requestKey(req: Request): string {
  return JSON.stringify(Object.entries(req).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Sends the request of the route `hash` names, if any, and keeps its reply for `takeEarly`. */
export function sendEarly(hash: string, send: (req: Request) => Promise<unknown>, holder: Holder = globalThis as unknown as Holder): void {
  const req = contentRequest(parseLibraryRoute(hash));
  if (!req) return;
  const reply = send(req);
  // A reply nobody takes (the reader left the route first) must not surface as an unhandled rejection.
  reply.catch(() => undefined);
  holder[SLOT] = { key: requestKey(req), reply } satisfies Sent;
}

/**
 * The early reply to `req`, once; undefined when none was sent for it. Any take empties the slot,
 * so a reply made for the page's first route never answers a later request (after a save, another route).
 */
export function takeEarly(req: Request, holder: Holder = globalThis as unknown as Holder): Promise<unknown> | undefined {
  const sent = holder[SLOT] as Sent | undefined;
  if (!sent) return undefined;
  delete holder[SLOT];
  return sent.key === requestKey(req) ? sent.reply : undefined;
}

/**
 * How long a page waits on its early reply before asking again. A request sent while the worker
 * was still registering (the browser just started, or the extension was just updated) can go
 * unanswered, and the page would stay on its loading line; the answer that comes first is shown.
 */
export const EARLY_GRACE_MS = 4000;

/**
 * The early reply when it comes and is ok; else the request sent again: at once when the early
 * one failed, after `graceMs` when it has not come. Whichever ok answer comes first is taken.
 */
export function earlyOrResent<R extends { ok: boolean }>(
  early: Promise<R> | undefined, send: () => Promise<R>, graceMs = EARLY_GRACE_MS,
): Promise<R> {
  if (!early) return send();
  return new Promise<R>((resolve, reject) => {
    let resent = false;
    const resend = () => {
      if (resent) return;
      resent = true;
      clearTimeout(timer);
      send().then(resolve, reject);
    };
    const timer = setTimeout(resend, graceMs);
    early.then((r) => {
      if (!r.ok) return resend();
      clearTimeout(timer);
      resolve(r);
    }, resend);
  });
}
