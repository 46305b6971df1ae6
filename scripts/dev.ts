/**
 * `npm run dev`: builds the Chrome extension, serves the demo article on localhost and opens Chromium with the
 * extension loaded on it. Uses /usr/bin/chromium (or CHROMIUM_PATH); needs a display.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, ROOT, demoArticle, seedAsHtml, serve } from '../test/e2e/harness';

execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
const pages: Record<string, string> = { '/': demoArticle() };
try {
  for (const seed of ['000_3cec2df50b812ee5.txt', '002_741b1c960309f870.txt']) pages[`/seed/${seed}`] = seedAsHtml(seed);
} catch {
  // The seeds live beside the project in ../shared; the demo article is enough without them.
}
const server = await serve(pages);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'figure-check-dev-')), {
  executablePath: CHROMIUM,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(server.url('/'));
console.log(`Demo article: ${server.url('/')}  (seed pages under /seed/…). Close the browser to stop.`);
context.on('close', () => void server.close());
