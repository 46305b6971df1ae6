import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoArticle, highlightCounts, launchWithExtension, serve, waitForHighlights } from './harness';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('the engine in the background', () => {
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    server = await serve({ '/demo': demoArticle() });
    context = await launchWithExtension();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('keeps annotating a page after the browser stops the idle service worker that holds the engine', async () => {
    const page = await context.newPage();
    await page.goto(server.url('/demo'));
    const before = total(await waitForHighlights(page, 1));
    const worker = context.serviceWorkers()[0];
    await worker.evaluate(() => Object.assign(globalThis, { beforeStop: true }));
    // What Chrome does to an idle extension service worker after 30 seconds, now.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Russia launched 728 drones at Kyiv overnight, the air force said.';
      document.body.append(p);
    });
    await expect.poll(async () => total(await highlightCounts(page)), { timeout: 10_000 }).toBe(before + 1);
    // The figure was matched by a new instance of the worker: the port was opened again.
    expect(await context.serviceWorkers()[0].evaluate(() => 'beforeStop' in globalThis)).toBe(false);
    await page.close();
  });
});
