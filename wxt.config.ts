import { defineConfig } from 'wxt';
import { highlightCss, highlightScope } from './lib/page/highlighter';
import { defaultSettings } from './lib/settings/schema';

/**
 * The extension ships the claim database without the fields only people reading the JSON use (how a
 * publication's date was inferred, a measure's free-text period): every byte of it is parsed on every page.
 */
function slimClaims() {
  return {
    name: 'figure-check:slim-claims',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!id.endsWith('/data/claims.json')) return null;
      const db = JSON.parse(code);
      for (const p of db.publications) delete p.dateNote;
      for (const m of db.measures) delete m.period;
      return { code: JSON.stringify(db), map: null };
    },
  };
}

/**
 * The highlights' default look as a stylesheet the manifest injects with the content script, so figures are drawn
 * in it from their first paint. Generated from the same function the annotator uses for a reader's own look, so
 * the two cannot drift apart.
 */
const DEFAULT_HIGHLIGHTS = 'virtual:figure-check/default-highlights.css';
function defaultHighlights(browser: string) {
  return {
    name: 'figure-check:default-highlights',
    resolveId: (id: string) => (id === DEFAULT_HIGHLIGHTS ? `\0${DEFAULT_HIGHLIGHTS}` : null),
    load: (id: string) => (id === `\0${DEFAULT_HIGHLIGHTS}` ? highlightCss(defaultSettings.highlight, highlightScope(browser)) : null),
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({ plugins: [slimClaims(), defaultHighlights(env.browser)] }),
  manifest: ({ browser }) => ({
    name: 'Figure Check',
    description:
      'Highlights troop, casualty and munition figures in war reporting and shows which sources agree or differ. Runs entirely offline.',
    // storage: the reader's settings and claim packs. scripting, with the host permission it needs: the small
    // content script on every page asks for the rest (the annotator, the sidebar) only when a page needs it, so
    // pages that are not war reporting never load it. The host permission grants no more than the content
    // script's own <all_urls> match already does, and the install prompt is the same.
    permissions: ['storage', 'scripting'],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Show or hide the Figure Check sidebar',
      },
    },
    // Firefox wants an add-on id and a statement that no data is collected; Chrome would flag the key as unknown.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'figure-check@example.org', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
});
