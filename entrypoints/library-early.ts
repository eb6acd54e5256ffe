/**
 * Library page wiring only: loaded by library.html's head as a classic script, before the page's
 * modules, to ask for the route's content at once (utils/ui/early-request.ts).
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendEarly } from '@/utils/ui/early-request';

export default defineUnlistedScript(() => sendEarly(location.hash, (req) => browser.runtime.sendMessage(req)));
