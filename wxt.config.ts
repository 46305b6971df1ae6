import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Figure Check',
    description:
      'Highlights troop, casualty and munition figures in war reporting and shows which sources agree or differ. Runs entirely offline.',
    permissions: ['storage'],
  },
});
