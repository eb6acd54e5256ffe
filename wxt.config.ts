import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  // Explicit imports only (@/utils/...): keeps code navigable and vi.mock paths real.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Verbatim',
    description:
      'See how other outlets quoted the article you are reading: every direct quote, who said it, and word-level differences with your saved coverage. Nothing leaves your machine.',
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: 'Verbatim: check the quotes on this page' },
    browser_specific_settings: {
      gecko: { id: 'verbatim@verbatim.local', strict_min_version: '121.0' },
    },
  },
});
