import { defineWebExtConfig } from 'wxt';

// No display on CI and most dev boxes: `wxt` dev mode must not try to open a browser.
export default defineWebExtConfig({ disabled: true });
