import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Checker } from '../../lib/check';
import { bundledDatabase } from '../../lib/claims/bundled';
import { documentText } from '../../scripts/document-text';
import {
  ClosedShadow,
  activeTabId,
  SEEDS_DIR,
  demoArticle,
  extensionId,
  highlightCounts,
  launchWithExtension,
  loadedParts,
  messageTab,
  screenshotPath,
  seedAsHtml,
  serve,
  waitForHighlights,
} from './harness';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const checker = new Checker(bundledDatabase);

/** What `npm run check` finds in the same HTML, counted by verdict. */
function expectedCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of checker.check(documentText('page.html', html))) counts[`figure-check-${f.verdict}`] = (counts[`figure-check-${f.verdict}`] ?? 0) + 1;
  return counts;
}

const total = (counts: Record<string, number>) => Object.entries(counts).reduce((n, [k, v]) => (k.endsWith('flash') ? n : n + v), 0);

const DYNAMIC_PAGE = `<!doctype html><html lang="en"><head><title>Live blog</title></head><body><main id="blog">
<p>Live updates from the front.</p></main>
<script>
  setTimeout(() => {
    const p = document.createElement('p');
    p.textContent = 'Update: Russia is said to keep about 110,000 troops near Pokrovsk.';
    document.getElementById('blog').append(p);
  }, 600);
</script></body></html>`;

async function axeViolations(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ html: string }> }> }> } }).axe;
    const result = await axe.run();
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  });
}

describe('the extension in Chromium', () => {
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serve>>;
  const pages: Record<string, string> = {
    '/demo': demoArticle(),
    '/dynamic': DYNAMIC_PAGE,
    '/recipe': '<!doctype html><html lang="en"><head><title>Bread</title></head><body><p>Bake 2 loaves at 220 degrees for 35 minutes.</p></body></html>',
    '/focus': '<!doctype html><html lang="en"><head><title>Links</title></head><body><p>Intro.</p><p><a href="#more">About 11,000 North Korean troops</a> were sent to Kursk.</p></body></html>',
  };
  let id: string;
  const seeds = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));

  beforeAll(async () => {
    for (const seed of seeds) pages[`/seed/${seed}`] = seedAsHtml(seed);
    server = await serve(pages);
    context = await launchWithExtension();
    id = await extensionId(context);
  });


  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('highlights the demo article by verdict, as many figures as `check` finds', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/demo'));
    const counts = await waitForHighlights(page, 1);
    expect(counts).toEqual(expectedCounts(demoArticle()));
    expect(counts['figure-check-corroborated']).toBeGreaterThan(0);
    expect(counts['figure-check-conflicting']).toBeGreaterThan(0);
    expect(counts['figure-check-unverified']).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('annotated-article.png') });
    await page.close();
  });

  it('highlights every seed article served as HTML with the same counts as `check`', async () => {
    const page = await context.newPage();
    for (const seed of seeds) {
      await page.goto(server.url(`/seed/${seed}`));
      const expected = expectedCounts(seedAsHtml(seed));
      await waitForHighlights(page, total(expected));
      expect(await highlightCounts(page), seed).toEqual(expected);
    }
    await page.close();
  });

  it('opens the sidebar on a click on a figure, listing it with its measure, sources and number line; Esc closes it', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/demo'));
    await waitForHighlights(page, 1);
    const point = await page.evaluate(() => {
      const highlight = CSS.highlights.get('figure-check-conflicting') as unknown as Set<Range>;
      const rect = [...highlight][0].getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    const sidebar = await ClosedShadow.open(page);
    await expect.poll(() => sidebar.text(), { timeout: 10_000 }).toContain('Sources that differ');
    const text = await sidebar.text();
    expect(text).toContain('1,500 North Korean soldiers');
    expect(text).toMatch(/conflicting/i);
    expect(text).toContain('North Korean troops killed, wounded or missing');
    expect(text).toContain('UK intelligence');
    expect(text).toContain('this page');
    expect(await page.evaluate(() => document.querySelector('figure-check-sidebar')?.shadowRoot ?? null)).toBeNull();
    await page.screenshot({ path: screenshotPath('sidebar.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('sidebar-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar.isOpen(), { timeout: 5_000 }).toBe(false);
    await page.close();
  });

  it('scrolls to a figure chosen in the sidebar and flashes it', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 400 });
    await page.goto(server.url('/demo'));
    await waitForHighlights(page, 1);
    await messageTab(context, page, { type: 'toggle-sidebar' });
    const sidebar = await ClosedShadow.open(page);
    await expect.poll(() => sidebar.text(), { timeout: 10_000 }).toContain('5,000 troops');
    await sidebar.click('button', '5,000 troops');
    await expect.poll(() => highlightCounts(page).then((c) => c['figure-check-flash'] ?? 0), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('removes a topic switched off in options from every open tab, without reload', async () => {
    const second = await context.newPage();
    await second.goto(server.url('/demo'));
    const article = await context.newPage();
    await article.goto(server.url('/demo'));
    const before = await waitForHighlights(article, 1);
    await waitForHighlights(second, 1);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.screenshot({ path: screenshotPath('options.png'), fullPage: true });
    await options.getByLabel('Munitions', { exact: true }).uncheck();
    await expect
      .poll(async () => total(await highlightCounts(article)), { timeout: 10_000 })
      .toBe(total(before) - 3);
    await expect.poll(async () => total(await highlightCounts(second)), { timeout: 10_000 }).toBe(total(before) - 3);
    expect(await axeViolations(options)).toEqual([]);
    await options.getByLabel('Munitions', { exact: true }).check();
    await expect.poll(async () => total(await highlightCounts(article)), { timeout: 10_000 }).toBe(total(before));
    // A topic group of the database: the Russian troops near Pokrovsk go, the rest stay.
    await options.getByLabel('Russian forces', { exact: true }).uncheck();
    await expect.poll(async () => total(await highlightCounts(article)), { timeout: 10_000 }).toBe(total(before) - 1);
    await options.getByLabel('Russian forces', { exact: true }).check();
    await expect.poll(async () => total(await highlightCounts(article)), { timeout: 10_000 }).toBe(total(before));
    await options.close();
    await article.close();
    await second.close();
  });

  it('imports a claim pack in options, applies it to an open tab, refuses a bad one, and removes it', async () => {
    const article = await context.newPage();
    await article.goto(server.url('/demo'));
    const before = await waitForHighlights(article, 1);
    expect(before['figure-check-conflicting']).toBe(1);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const input = options.getByLabel('Import a claim pack (JSON, or ClaimReview JSON-LD)');
    const pack = {
      version: 1,
      publications: [{ id: 'milblog-2025', title: 'A Russian military blog', source: 'milblog.example', date: '2025-10' }],
      reports: [{ id: 'milblog-1500', measure: 'dprk-casualties-kursk', value: { low: 1500, high: 1500 }, qualifier: null, attributedTo: 'a Russian military blogger', publication: 'milblog-2025', quote: 'Only 1,500 North Korean soldiers were killed or wounded.' }],
    };
    await input.setInputFiles({ name: 'milblog.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await expect.poll(() => options.textContent('body'), { timeout: 10_000 }).toContain('Imported milblog.json: added 1 publication, 0 measures and 1 report');
    // The open tab is judged again against the pack: the blogger's 1,500 now has a source that agrees.
    await expect.poll(async () => (await highlightCounts(article))['figure-check-conflicting'] ?? 0, { timeout: 10_000 }).toBe(0);

    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "reports": [') });
    await expect.poll(() => options.textContent('body'), { timeout: 10_000 }).toContain('broken.json is not valid JSON');
    await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(20 * 1024 * 1024, 32) });
    await expect.poll(() => options.textContent('body'), { timeout: 10_000 }).toContain('huge.json is 20.0 MB; a claim pack may be at most 2 MB.');
    expect(await options.textContent('body')).toContain('milblog.json: 1 publication, 0 measures, 1 report');

    await options.getByRole('button', { name: 'Remove claim pack milblog.json' }).click();
    await expect.poll(async () => (await highlightCounts(article))['figure-check-conflicting'] ?? 0, { timeout: 10_000 }).toBe(1);
    await options.close();
    await article.close();
  });

  it('shows the tab\'s counts in the popup', async () => {
    const article = await context.newPage();
    await article.goto(server.url('/demo'));
    const counts = await waitForHighlights(article, 1);
    await article.bringToFront();
    const tabId = await activeTabId(context);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 420 });
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.textContent('body'), { timeout: 10_000 }).toContain(`${counts['figure-check-corroborated']} corroborated`);
    const body = await popup.textContent('body');
    expect(body).toContain(`${counts['figure-check-conflicting']} conflicting`);
    expect(body).toContain(`${counts['figure-check-unverified']} unverified`);
    expect(body).toContain('127.0.0.1');
    expect(await popup.getByRole('switch', { name: 'Enabled on this site' }).isChecked()).toBe(true);
    await popup.screenshot({ path: screenshotPath('popup.png') });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('loads on each page only the parts it needs: the annotator where a figure may stand, the sidebar once opened', async () => {
    const recipe = await context.newPage();
    await recipe.goto(server.url('/recipe'));
    await recipe.waitForTimeout(400);
    expect(await loadedParts(recipe)).toEqual([]);
    // The reader asks the page for its counts: the annotator loads to answer.
    expect(await messageTab(context, recipe, { type: 'get-summary' })).toMatchObject({ enabled: true, counts: { corroborated: 0 } });
    expect(await loadedParts(recipe)).toEqual(['annotator']);

    const article = await context.newPage();
    await article.goto(server.url('/demo'));
    await waitForHighlights(article, 1);
    expect(await loadedParts(article)).toEqual(['annotator']);
    await messageTab(context, article, { type: 'open-sidebar' });
    const sidebar = await ClosedShadow.open(article);
    await expect.poll(() => sidebar.isOpen()).toBe(true);
    expect(await loadedParts(article)).toEqual(['annotator', 'sidebar']);
    expect(await article.evaluate(() => document.querySelectorAll('figure-check-sidebar').length)).toBe(1);
    await recipe.close();
    await article.close();
  });

  it('paints the default look from the manifest stylesheet, and a reader\'s own look live, without reload', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/demo'));
    await waitForHighlights(page, 1);
    const look = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('p')!, '::highlight(figure-check-conflicting)');
        return { line: s.textDecorationColor, fill: s.backgroundColor, adopted: document.adoptedStyleSheets.length };
      });
    // No sheet added from script: adding one would restyle the whole page.
    expect(await look()).toEqual({ line: 'rgb(207, 34, 46)', fill: 'rgba(207, 34, 46, 0.08)', adopted: 0 });
    const setLook = (highlight: unknown) =>
      context.serviceWorkers()[0].evaluate(async (h) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings as object), highlight: h } });
      }, highlight);
    await setLook({ style: 'background', colours: { corroborated: '#1a7f37', conflicting: '#0000ff', unverified: '#6e7781' } });
    await expect.poll(look).toEqual({ line: 'rgb(0, 0, 255)', fill: 'rgba(0, 0, 255, 0.25)', adopted: 1 });
    await setLook({ style: 'underline', colours: { corroborated: '#1a7f37', conflicting: '#cf222e', unverified: '#6e7781' } });
    await expect.poll(look).toMatchObject({ line: 'rgb(207, 34, 46)', fill: 'rgba(207, 34, 46, 0.08)' });
    await page.close();
  });

  it('highlights a paragraph a dynamic page inserts later', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/dynamic'));
    const counts = await waitForHighlights(page, 1);
    expect(counts['figure-check-corroborated']).toBe(1);
    await page.close();
  });

  it('opens the sidebar at a figure when keyboard focus lands on the link holding it', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/focus'));
    await waitForHighlights(page, 1);
    await page.keyboard.press('Tab');
    const sidebar = await ClosedShadow.open(page);
    await expect.poll(() => sidebar.text(), { timeout: 10_000 }).toContain('North Korean troops first deployed');
    await page.close();
  });

  it('exports the page\'s findings from the sidebar as JSON and as Markdown', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/demo'));
    const counts = await waitForHighlights(page, 1);
    await messageTab(context, page, { type: 'open-sidebar' });
    const sidebar = await ClosedShadow.open(page);
    await expect.poll(() => sidebar.text(), { timeout: 10_000 }).toContain('Export findings');
    const [json] = await Promise.all([page.waitForEvent('download'), sidebar.click('button', 'JSON')]);
    expect(json.suggestedFilename()).toMatch(/^figure-check-127\.0\.0\.1-\d{4}-\d\d-\d\d\.json$/);
    const doc = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(doc.figures).toHaveLength(total(counts));
    expect(doc.figures[0]).toMatchObject({ text: 'about 11,000 soldiers', verdict: 'corroborated', measure: 'dprk-troops-initial-deployment' });
    const [markdown] = await Promise.all([page.waitForEvent('download'), sidebar.click('button', 'Markdown')]);
    const md = readFileSync((await markdown.path())!, 'utf8');
    expect(md).toContain('## about 11,000 soldiers — Corroborated');
    expect(md).toContain('North Korean troops first deployed to Russia');
    await page.close();
  });

  it('has no serious or critical accessibility violation in the sidebar', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/demo'));
    await waitForHighlights(page, 1);
    await messageTab(context, page, { type: 'open-sidebar' });
    const sidebar = await ClosedShadow.open(page);
    await expect.poll(() => sidebar.isOpen(), { timeout: 10_000 }).toBe(true);
    // axe cannot enter a closed shadow root, so it audits an exact copy of the sidebar's markup and styles.
    pages['/sidebar-copy'] = `<!doctype html><html lang="en"><head><title>Sidebar copy</title></head><body><main>${await sidebar.snapshotHtml()}</main></body></html>`;
    const copy = await context.newPage();
    await copy.goto(server.url('/sidebar-copy'));
    expect(await copy.evaluate(() => document.querySelector('figure-check-sidebar')?.shadowRoot?.textContent?.length ?? 0)).toBeGreaterThan(100);
    expect(await axeViolations(copy)).toEqual([]);
    // The audit does reach inside the copied shadow root: a planted image without alt text is caught.
    await copy.evaluate(() => document.querySelector('figure-check-sidebar')!.shadowRoot!.append(Object.assign(document.createElement('img'), { src: 'data:,' })));
    expect((await axeViolations(copy)).join()).toContain('image-alt');
    await copy.close();
    await page.close();
  });
});
