import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedShadow, demoArticle, extensionId, highlightCounts, launchWithExtension, messageTab, serve, waitForHighlights } from './harness';

/** Chrome's storage API, as the tests call it inside the extension's service worker. */
declare const chrome: { storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } } };

const FIGURE = 'Russia keeps about 110,000 troops near Pokrovsk.';
const total = (counts: Record<string, number>) => Object.entries(counts).reduce((n, [k, v]) => (k.endsWith('flash') ? n : n + v), 0);
const html = (body: string, script = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;

const manyNodes = html(
  `<button id="ping" onclick="this.textContent='pong'">ping</button><article><p>${FIGURE}</p><p>${Array.from({ length: 100_000 }, (_, i) => `<span>w${i} </span>`).join('')}</p></article>`,
);
const deep = html(`${'<div>'.repeat(5000)}<p>${FIGURE}</p>${'</div>'.repeat(5000)}`);
const spa = html(
  '<main id="app"><p>Loading</p></main>',
  `let n = 0; const tick = () => { document.getElementById('app').innerHTML = '<article><p>Story ' + n + ': Russia keeps about 110,000 troops near Pokrovsk.</p><p>North Korea sent 11,000 troops to Kursk.</p></article>'; if (++n < 100) setTimeout(tick, 15); else setTimeout(() => (document.title = 'done'), 50); }; setTimeout(tick, 100);`,
);
const infinite = html(
  '<main id="feed"><p>Feed.</p></main>',
  `let n = 0; const more = () => { const s = document.createElement('section'); for (let k = 0; k < 3; k++) { const p = document.createElement('p'); p.textContent = 'Item ' + n + '.' + k + ': Russia launched 728 drones at Kyiv.'; s.append(p); } document.getElementById('feed').append(s); if (++n < 20) setTimeout(more, 40); else document.title = 'done'; }; setTimeout(more, 100);`,
);
const hostileCss = html(
  `<style>* { all: unset !important; } html * { z-index: 2147483647 !important; position: static !important; display: inline !important; font-size: 40px !important; color: red !important; }</style><article><p>${FIGURE}</p></article>`,
);
const strictCsp = {
  html: html(`<article><p>${FIGURE}</p><p style="color: blue">Inline style the policy forbids.</p></article>`),
  headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'; connect-src 'none'" },
};
const split = html('<article><p>North Korea sent <b>11</b>,000 troops to Kursk, officials said.</p></article>');
const scripts = html(
  `<article><p dir="rtl" lang="ar">أرسلت كوريا الشمالية نحو ١١٠٠٠ جندي إلى روسيا، وفق مسؤولين.</p><p lang="ko">북한은 약 11,000명의 병력을 파견했다.</p><p lang="ru">Россия направила 110 000 военных.</p><p>${FIGURE}</p></article>`,
);

describe('hostile pages, bad neighbours, privacy', () => {
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serve>>;
  let other: Awaited<ReturnType<typeof serve>>;
  let id: string;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serve({
      '/demo': demoArticle(),
      '/many-nodes': manyNodes,
      '/deep': deep,
      '/spa': spa,
      '/infinite': infinite,
      '/hostile-css': hostileCss,
      '/csp': strictCsp,
      '/split': split,
      '/scripts': scripts,
    });
    // Another port is another origin: the cross-origin frame comes from here.
    other = await serve({ '/frame-cross': html('<p>Cross-origin frame: 5,000 troops on rotation.</p>') });
    context = await launchWithExtension();
    id = await extensionId(context);
    context.on('request', (r) => requests.push(r.url()));
    context.on('weberror', (e) => errors.push(String(e.error())));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await other?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    await page.goto(server.url(path));
    return page;
  }


  it('keeps a page of 100,000 text nodes working and highlights its figure', async () => {
    const page = await open('/many-nodes');
    await waitForHighlights(page, 1);
    await page.click('#ping');
    expect(await page.textContent('#ping')).toBe('pong');
    await page.close();
  });

  it('highlights a figure nested 5,000 elements deep', async () => {
    const page = await open('/deep');
    expect(total(await waitForHighlights(page, 1))).toBe(1);
    await page.close();
  });

  it('follows a single-page app that replaces its article 100 times, keeping only the current figures', async () => {
    const page = await open('/spa');
    await page.waitForFunction(() => document.title === 'done');
    await expect.poll(async () => total(await highlightCounts(page)), { timeout: 10_000 }).toBe(2);
    await page.waitForTimeout(500);
    expect(total(await highlightCounts(page))).toBe(2);
    await page.close();
  });

  it('does not grow its memory with every article a single-page app swaps in', async () => {
    const swaps = (count: number) =>
      `let n = 0; const tick = () => { document.getElementById('app').innerHTML = '<article>' + '<p>Story ' + n + ': Russia keeps about 110,000 troops near Pokrovsk, and North Korea sent 11,000 troops to Kursk, officials said.</p>'.repeat(20) + '</article>'; if (++n < ${count}) setTimeout(tick, 5); else document.title = 'done'; }; setTimeout(tick, 50);`;
    const heapAfter = async (count: number) => {
      server.pages[`/swap-${count}`] = html('<main id="app"></main>', swaps(count));
      const page = await open(`/swap-${count}`);
      await page.waitForFunction(() => document.title === 'done', null, { timeout: 60_000 });
      await page.waitForTimeout(1000);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
      expect(total(await highlightCounts(page))).toBe(40);
      await page.close();
      return used;
    };
    const after50 = await heapAfter(50);
    const after400 = await heapAfter(400);
    // Eight times the swaps, the same live article: the heap (page and extension share it) stays within 3 MB.
    expect(after400 - after50).toBeLessThan(3 * 1024 * 1024);
  });

  it('registers only the figures within a few screens, and paints the others as they scroll near', async () => {
    server.pages['/long'] = html(`<article>${Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: Russia launched a record 728 drones at Kyiv overnight.</p>`).join('')}</article>`);
    const page = await open('/long');
    await waitForHighlights(page, 1);
    const near = total(await highlightCounts(page));
    expect(near).toBeGreaterThan(10);
    expect(near).toBeLessThan(400);
    const lastPainted = () => page.evaluate(() => [...(CSS.highlights.get('figure-check-corroborated') as unknown as Set<Range>)].some((r) => r.startContainer.textContent?.startsWith('Paragraph 399')));
    expect(await lastPainted()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(lastPainted, { timeout: 5_000 }).toBe(true);
    await page.close();
  });

  it('highlights every item an infinite feed appends', async () => {
    const page = await open('/infinite');
    await page.waitForFunction(() => document.title === 'done');
    await expect.poll(async () => total(await highlightCounts(page)), { timeout: 10_000 }).toBe(60);
    await page.close();
  });

  it('leaves same- and cross-origin iframes working', async () => {
    const frames = `<article><p>${FIGURE}</p><iframe src="/split"></iframe><iframe src="${other.url('/frame-cross')}"></iframe></article>`;
    server.pages['/frames'] = html(frames);
    const page = await open('/frames');
    await waitForHighlights(page, 1);
    await expect.poll(() => page.frames().filter((f) => f.url().startsWith('http')).length, { timeout: 10_000 }).toBe(3);
    expect(await page.frames().find((f) => f.url().endsWith('/split'))!.textContent('body')).toContain('11,000 troops');
    expect(await page.frames().find((f) => f.url().endsWith('/frame-cross'))!.textContent('body')).toContain('5,000 troops');
    await page.close();
  });

  it('works under a strict Content-Security-Policy: highlights and a styled sidebar', async () => {
    const page = await open('/csp');
    await waitForHighlights(page, 1);
    await messageTab(context, page, { type: 'open-sidebar' });
    const sidebar = await ClosedShadow.open(page);
    await expect.poll(() => sidebar.text(), { timeout: 10_000 }).toContain('110,000 troops');
    const box = await sidebar.box('fc-sidebar');
    expect(box.width).toBeGreaterThan(300);
    await page.close();
  });

  it('keeps the sidebar in place and unstyled by a page that restyles everything', async () => {
    const page = await open('/hostile-css');
    await waitForHighlights(page, 1);
    await messageTab(context, page, { type: 'open-sidebar' });
    const sidebar = await ClosedShadow.open(page);
    await expect.poll(() => sidebar.text(), { timeout: 10_000 }).toContain('110,000 troops');
    const viewport = page.viewportSize()!;
    const box = await sidebar.box('fc-sidebar');
    expect(box.width).toBeGreaterThan(300);
    expect(box.width).toBeLessThan(500);
    expect(Math.round(box.x + box.width)).toBe(viewport.width);
    expect(Math.round(box.height)).toBe(viewport.height);
    await page.close();
  });

  it('leaves out figures in content the page hides with its stylesheet, from highlights and from counts', async () => {
    server.pages['/hidden'] = html(`<style>.menu { display: none }</style><nav class="menu"><p>Russia launched 728 drones at Kyiv.</p></nav><article><p>${FIGURE}</p></article>`);
    const page = await open('/hidden');
    await waitForHighlights(page, 1);
    await page.waitForTimeout(300);
    expect(total(await highlightCounts(page))).toBe(1);
    const summary = (await messageTab(context, page, { type: 'get-summary' })) as { counts: Record<string, number> };
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(1);
    await page.close();
  });

  it('highlights a figure split across elements as one range: <b>11</b>,000', async () => {
    const page = await open('/split');
    await waitForHighlights(page, 1);
    const text = await page.evaluate(() => [...(CSS.highlights.get('figure-check-corroborated') as unknown as Set<Range>)].map((r) => r.toString()));
    expect(text).toEqual(['11,000 troops']);
    await page.close();
  });

  it('reads right-to-left and non-Latin text without error, highlighting the English figure', async () => {
    const page = await open('/scripts');
    expect(total(await waitForHighlights(page, 1))).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('leaves no trace a page script can read: body, attributes and globals unchanged, no window message, sidebar root closed', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      // WXT's contexts announce themselves with a window message naming the extension's id, unless told not to.
      const messages: unknown[] = [];
      (window as unknown as { __messages: unknown[] }).__messages = messages;
      window.addEventListener('message', (event) => messages.push(event.data));
      document.addEventListener('DOMContentLoaded', () => {
        const w = window as unknown as { __before: { body: string; globals: string[] } };
        w.__before = { body: document.body.outerHTML, globals: Object.keys(window) };
      });
    });
    await page.goto(server.url('/demo'));
    await waitForHighlights(page, 1);
    await messageTab(context, page, { type: 'open-sidebar' });
    const sidebar = await ClosedShadow.open(page);
    await expect.poll(() => sidebar.isOpen(), { timeout: 10_000 }).toBe(true);
    const after = await page.evaluate(() => {
      const w = window as unknown as { __before: { body: string; globals: string[] }; __messages: unknown[] };
      return {
        sameBody: document.body.outerHTML === w.__before.body,
        newGlobals: Object.keys(window).filter((k) => !w.__before.globals.includes(k) && k !== '__before' && k !== '__messages'),
        messages: w.__messages,
        host: document.querySelector('figure-check-sidebar')?.shadowRoot ?? null,
      };
    });
    expect(after).toEqual({ sameBody: true, newGlobals: [], messages: [], host: null });
    await page.close();
  });

  it('makes no network request of its own while annotating pages and opening its UI', async () => {
    const before = requests.length;
    const page = await open('/demo');
    await waitForHighlights(page, 1);
    await messageTab(context, page, { type: 'open-sidebar' });
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.getByLabel('Casualties', { exact: true }).uncheck();
    await options.getByLabel('Casualties', { exact: true }).check();
    await page.waitForTimeout(500);
    const seen = requests.slice(before);
    const origin = new URL(server.url('/')).origin;
    const allowed = (url: string) => url === `${origin}/demo` || url === `${origin}/favicon.ico` || url.startsWith(`chrome-extension://${id}/`);
    expect(seen.filter((u) => !allowed(u))).toEqual([]);
    expect(seen.some((u) => u.startsWith(`chrome-extension://${id}/`))).toBe(true);
    await Promise.all([page.close(), popup.close(), options.close()]);
  });

  it('keeps working with corrupt values in storage, falling back to defaults and dropping only the damaged data', async () => {
    const worker = context.serviceWorkers()[0];
    await worker.evaluate(async () => {
      await chrome.storage.local.set({ settings: { categories: 'garbage', siteMode: 'only-listed', sites: ['nowhere.example'] } });
      await chrome.storage.local.set({ claimPacks: [{ broken: true }, 'junk'] });
    });
    const page = await open('/demo');
    // Categories fell back to all on; the valid "only listed sites" choice was kept, so this page is off.
    await page.waitForTimeout(800);
    expect(total(await highlightCounts(page))).toBe(0);
    await worker.evaluate(async () => {
      await chrome.storage.local.set({ settings: { categories: 'garbage' } });
    });
    await expect.poll(async () => total(await highlightCounts(page)), { timeout: 10_000 }).toBeGreaterThan(0);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    expect(await options.getByLabel('Troops', { exact: true }).isChecked()).toBe(true);
    expect(await options.textContent('body')).toContain('None imported.');
    await worker.evaluate(async () => {
      await chrome.storage.local.remove('settings');
      await chrome.storage.local.remove('claimPacks');
    });
    await Promise.all([page.close(), options.close()]);
  });

  it('raised no page error on any of these pages', () => {
    expect(errors).toEqual([]);
  });
});
