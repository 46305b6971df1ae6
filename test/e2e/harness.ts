import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, type Page, chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SEEDS_DIR = resolve(ROOT, '../shared/seeds');
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium with the built extension loaded, headless, with every background service of the browser switched off. */
export async function launchWithExtension(extensionDir = EXTENSION_DIR): Promise<BrowserContext> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension at ${extensionDir}: run npm run build first`);
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'figure-check-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** A test page: HTML alone, or HTML with response headers (a Content-Security-Policy, say). */
export type TestPage = string | { html: string; headers: Record<string, string> };

/** A local HTTP server for test pages: path → page. Every request it receives is logged in `requests`. */
export async function serve(pages: Record<string, TestPage>): Promise<{ url: (path: string) => string; close: () => Promise<void>; requests: string[]; pages: Record<string, TestPage> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    const page = pages[(req.url ?? '/').split('?')[0]];
    if (page === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    const { html, headers } = typeof page === 'string' ? { html: page, headers: {} } : page;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((done) => server.close(() => done())),
    requests,
    pages,
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A seed article as a web page: one paragraph per line, as a news site would print it. */
export function seedAsHtml(file: string): string {
  const lines = readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n').filter((l) => l.trim());
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(lines[0].slice(0, 80))}</title></head><body><article>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</article></body></html>`;
}

export const demoArticle = () => readFileSync(join(ROOT, 'demo/article.html'), 'utf8');

/** Ranges registered per Custom Highlight name, read from the page's own world. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    // biome-ignore lint: the registry is iterable in Chromium
    for (const [name, h] of CSS.highlights as unknown as Iterable<[string, Set<Range>]>) if (h.size > 0) out[name] = h.size;
    return out;
  });
}

export async function waitForHighlights(page: Page, atLeast = 1): Promise<Record<string, number>> {
  await page.waitForFunction((n) => {
    let total = 0;
    for (const [name, h] of CSS.highlights as unknown as Iterable<[string, Set<Range>]>) if (name !== 'figure-check-flash') total += h.size;
    return total >= n;
  }, atLeast);
  return highlightCounts(page);
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * The sidebar lives in a closed shadow root, out of reach of page scripts and of Playwright's selectors.
 * DevTools still sees it, so tests read it through the protocol, as an inspector would.
 */
export class ClosedShadow {
  private constructor(private readonly cdp: CDPSession, private readonly page: Page, private readonly tag: string) {}

  static async open(page: Page, tag = 'figure-check-sidebar') {
    return new ClosedShadow(await page.context().newCDPSession(page), page, tag.toUpperCase());
  }

  private async host(): Promise<CdpNode | null> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (n: CdpNode): CdpNode | null => {
      if (n.nodeName === this.tag) return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const f = find(c);
        if (f) return f;
      }
      return null;
    };
    return find(root);
  }

  private static walk(n: CdpNode, visit: (n: CdpNode) => void) {
    visit(n);
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) ClosedShadow.walk(c, visit);
  }

  /** All visible text inside the sidebar host's shadow tree (style and script text excluded). */
  async text(): Promise<string> {
    const host = await this.host();
    if (!host) return '';
    const parts: string[] = [];
    const visit = (n: CdpNode, inStyle: boolean) => {
      const style = inStyle || n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT';
      if (n.nodeName === '#text' && !style) parts.push(n.nodeValue);
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) visit(c, style);
    };
    visit(host, false);
    return parts.join(' ').replace(/\s+/g, ' ');
  }

  /**
   * The sidebar's rendered markup and styles as declarative shadow DOM, opened up so that tools which cannot
   * enter a closed root (axe) can audit an exact copy.
   */
  async snapshotHtml(): Promise<string> {
    const host = await this.host();
    if (!host) throw new Error('sidebar not mounted');
    const { outerHTML } = (await this.cdp.send('DOM.getOuterHTML', { backendNodeId: host.backendNodeId, includeShadowDOM: true })) as { outerHTML: string };
    return outerHTML.replace('shadowrootmode="closed"', 'shadowrootmode="open"');
  }

  /** The border box of the first element in the sidebar whose class list includes `className`. */
  async box(className: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const host = await this.host();
    if (!host) throw new Error('sidebar not mounted');
    let target: CdpNode | null = null;
    ClosedShadow.walk(host, (n) => {
      const attrs = n.attributes ?? [];
      const cls = attrs[attrs.indexOf('class') + 1];
      if (!target && attrs.includes('class') && cls?.split(/\s+/).includes(className)) target = n;
    });
    if (!target) throw new Error(`no .${className} in the sidebar`);
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId: (target as CdpNode).backendNodeId })) as { model: { border: number[] } };
    const [x1, y1, x2, , , y3] = model.border;
    return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
  }

  async isOpen(): Promise<boolean> {
    return (await this.text()).length > 0;
  }

  /** Clicks the first element in the shadow tree whose text content includes `label` and that matches `nodeName`. */
  async click(nodeName: string, label: string): Promise<void> {
    const host = await this.host();
    if (!host) throw new Error('sidebar not mounted');
    const textOf = (n: CdpNode): string => (n.nodeName === '#text' ? n.nodeValue : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(textOf).join(''));
    let target: CdpNode | null = null;
    ClosedShadow.walk(host, (n) => {
      if (!target && n.nodeName === nodeName.toUpperCase() && textOf(n).includes(label)) target = n;
    });
    if (!target) throw new Error(`no <${nodeName}> with "${label}" in the sidebar`);
    const { backendNodeId } = target as CdpNode;
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
    const { model } = (await this.cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

/** The slice of the Chrome API the tests call inside the extension's service worker. */
declare const chrome: {
  tabs: {
    query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** The id of the active tab, from the service worker (the tabs API hides URLs without the "tabs" permission). */
export async function activeTabId(context: BrowserContext): Promise<number> {
  return context.serviceWorkers()[0].evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
}

/** Sends a message to the page's content script from the service worker, as the popup and the shortcut do; returns the answer. */
export async function messageTab(context: BrowserContext, page: Page, message: { type: string }): Promise<unknown> {
  await page.bringToFront();
  return context.serviceWorkers()[0].evaluate(async (m) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab.id!, m);
  }, message);
}

/**
 * Which parts of the content script a page has loaded (utils/parts.ts), read from the extension's isolated
 * world through DevTools: page scripts cannot see them, by design.
 */
export async function loadedParts(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string; isDefault?: boolean; frameId?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const mainFrame = (page.mainFrame() as unknown as { _id?: string })._id;
  const isolated = contexts.filter((c) => c.auxData?.type === 'isolated' && c.name === 'Figure Check' && (!mainFrame || c.auxData.frameId === mainFrame));
  const parts = new Set<string>();
  for (const c of isolated) {
    const { result } = (await cdp.send('Runtime.evaluate', {
      contextId: c.id,
      returnByValue: true,
      expression: "Object.getOwnPropertySymbols(globalThis).map((s) => s.description ?? '').filter((d) => d.startsWith('figure-check/')).map((d) => d.slice(13))",
    })) as { result: { value: string[] } };
    for (const p of result.value ?? []) parts.add(p);
  }
  await cdp.detach();
  return [...parts].sort();
}
