import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up by the extension work (issue 4).
});
