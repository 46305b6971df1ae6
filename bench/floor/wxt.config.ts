import { defineConfig } from 'wxt';

/** The benchmark's floor: an extension built like Figure Check whose content script does nothing. */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: { name: 'Floor (does nothing)' },
});
