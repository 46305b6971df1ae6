import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Figure Check',
    description:
      'Highlights troop, casualty and munition figures in war reporting and shows which sources agree or differ. Runs entirely offline.',
    // storage: the reader's settings. Nothing else: content scripts reach pages through their match patterns.
    permissions: ['storage'],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Show or hide the Figure Check sidebar',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'figure-check@example.org', data_collection_permissions: { required: ['none'] } },
    },
  },
});
