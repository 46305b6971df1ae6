import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { EngineClient } from '../lib/engine/client';
import { ENGINE_PORT } from '../lib/engine/protocol';
import { type Summary, tabMessageSchema } from '../lib/messages';
import { type PageFigure, PageFigures, enclosingBlock } from '../lib/page/page-figures';
import { figureAtPoint } from '../lib/page/hit-test';
import { highlightCss, highlightName, highlightScope } from '../lib/page/highlighter';
import { ViewportHighlights } from '../lib/page/viewport-highlights';
import { type Settings, defaultSettings, isSiteEnabled } from '../lib/settings/schema';
import { findingsToMarkdown } from '../lib/report/markdown';
import { findingToJson } from '../lib/report/json';
import { toFigureView } from '../lib/view/figure-view';
import { loadSettings, watchSettings } from '../utils/settings-item';
import { loadPart, providePart } from '../utils/parts';
import type { SidebarHandle, mountSidebar } from './sidebar';

const SIDEBAR_TAG = 'figure-check-sidebar';
/** A scan hands the main thread back after this long, keeping every task well under the 50 ms of a long task. */
const TASK_BUDGET_MS = 12;
/** How long changes to a page are gathered before they are scanned together. */
const BATCH_MS = 150;
/** For the reader's own gestures on the page: a sidebar that cannot load (the extension was just reloaded) is left closed. */
const ignore = () => undefined;

/** The annotator as the watcher sees it: every message to the tab, validated and answered here. */
export interface Annotator {
  handle(message: unknown): Promise<unknown>;
}

export default defineUnlistedScript(() => {
  const ctx = new ContentScriptContext('annotator', { noScriptStartedPostMessage: true });
  const handler = annotate(ctx);
  providePart<Annotator>('annotator', { handle: (message) => handler.then((handle) => handle(message)) });
});

/** Highlights the page's figures and keeps them current; resolves to the handler of the tab's messages. */
async function annotate(ctx: ContentScriptContext): Promise<(message: unknown) => Promise<unknown>> {
  let painter: ViewportHighlights | null = null;
  const storedSettings = await loadSettings();
  // The claims and the matcher live in the background, built once for every tab: a page holds only its text
  // and its findings, and never parses the claim database or the reader's packs.
  const engine = new EngineClient(() => browser.runtime.connect({ name: ENGINE_PORT }));
  // Our own UI is never scanned.
  const skip = (el: Element) => el.tagName.toLowerCase() === SIDEBAR_TAG;
  const page = new PageFigures({ engine, skipTags: [SIDEBAR_TAG], createRange: () => document.createRange() });
  // Figures in content the page hides (collapsed menus, hidden templates) are never painted: the viewport
  // observer sees no box for them. Lists and counts leave them out when a reader asks, with one style query per
  // element per request, so the scan itself never forces style on a large page and an expanded section counts.
  const shown = () => {
    const visible = new Map<Element, boolean>();
    return page.list().filter((f) => {
      const element = f.element;
      if (!element) return false;
      let v = visible.get(element);
      if (v === undefined) {
        v = typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
        visible.set(element, v);
      }
      return v;
    });
  };
  const sheet = new CSSStyleSheet();
  let fallbackStyle: HTMLStyleElement | null = null;
  const canHighlight = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  let settings: Settings = storedSettings;
  let enabled = false;
  let sidebar: SidebarHandle | null = null;
  let sidebarLoading: Promise<SidebarHandle> | null = null;
  let sidebarOpen = false;
  let selectedId: string | null = null;
  let observer: MutationObserver | null = null;
  const pending = new Set<Node>();
  let scheduled = false;

  const tracking = () => ({
    categories: new Set((['troops', 'casualties', 'munitions'] as const).filter((c) => settings.categories[c])),
    hiddenTopics: new Set(settings.hiddenTopics),
  });

  const views = () => shown().map((f) => toFigureView(f.finding, f.id, f.blockText));

  const refreshSidebar = () => {
    if (sidebar && sidebarOpen) sidebar.update({ figures: views(), selectedId, colours: settings.highlight.colours });
  };

  /** Paints every figure afresh: after a full scan. Changes to a live page are applied one by one in flush. */
  const repaint = () => {
    // Browsers without the Custom Highlight API still get the sidebar, the popup and the counts.
    if (!canHighlight) return refreshSidebar();
    painter ??= new ViewportHighlights(CSS.highlights, Highlight, IntersectionObserver);
    painter.reset(page.list());
    refreshSidebar();
  };

  const flash = (range: Range) => {
    if (!canHighlight) return;
    CSS.highlights.set(highlightName('flash'), new Highlight(range));
    ctx.setTimeout(() => CSS.highlights.delete(highlightName('flash')), 1500);
  };

  const select = (id: string) => {
    selectedId = id;
    const figure = page.get(id);
    if (!figure) return;
    const target = figure.element;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    flash(figure.range);
    refreshSidebar();
  };

  const sidebarActions = {
    onSelect: select,
    onClose: () => {
      sidebarOpen = false;
      sidebar?.hide();
    },
    onExport: (format: 'json' | 'markdown') => {
      const stamp = new Date().toISOString();
      const base = `figure-check-${location.hostname || 'page'}-${stamp.slice(0, 10)}`;
      const about = { title: document.title, url: location.href };
      if (format === 'json') {
        const json = JSON.stringify({ page: about, exportedAt: stamp, figures: shown().map((f) => findingToJson(f.finding)) }, null, 2);
        sidebar?.download(`${base}.json`, 'application/json', json);
      } else sidebar?.download(`${base}.md`, 'text/markdown', findingsToMarkdown(views(), about, stamp));
    },
  };

  const openSidebar = async (id?: string) => {
    sidebarOpen = true;
    if (id) selectedId = id;
    // One sidebar however many gestures ask for it while it loads (a click and the focus it moves).
    sidebarLoading ??= loadPart<typeof mountSidebar>('sidebar').then((mount) => mount(ctx, SIDEBAR_TAG, sidebarActions));
    try {
      sidebar = await sidebarLoading;
    } catch (error) {
      sidebarLoading = null;
      throw error;
    }
    // Closed again (Esc, the shortcut) while it loaded.
    if (!sidebarOpen) return;
    sidebar.show({ figures: views(), selectedId, colours: settings.highlight.colours });
  };

  // Scans run one after another, so a change arriving mid-scan never races the scan it interrupts.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (job: () => Promise<void>) => {
    // A scan the engine could not answer leaves the figures found so far; the next change scans again.
    queue = queue.then(job).catch(() => undefined);
  };
  let sliceStart = 0;
  const pacer = {
    overBudget: () => performance.now() - sliceStart > TASK_BUDGET_MS,
    pause: () =>
      new Promise<void>((resume) =>
        ctx.setTimeout(() => {
          sliceStart = performance.now();
          resume();
        }, 0),
      ),
  };
  const scan = (roots: Node | Node[], removed?: PageFigure[]) => {
    sliceStart = performance.now();
    return page.scan(roots, pacer, removed);
  };

  const flush = () => {
    scheduled = false;
    const roots = [...pending].filter((n) => n.isConnected);
    pending.clear();
    // A root inside another pending root is covered by the outer scan.
    const outer = roots.filter((n) => !roots.some((m) => m !== n && m.contains(n)));
    enqueue(async () => {
      const removed = page.prune();
      const added = outer.length > 0 ? await scan(outer, removed) : [];
      if (added.length === 0 && removed.length === 0) return;
      painter?.remove(removed);
      painter?.add(added);
      refreshSidebar();
    });
  };

  // Changes are gathered for a moment, then handled when the page is idle: a live blog adding a paragraph
  // every few milliseconds costs one highlight update per batch, not one per paragraph.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    ctx.setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(flush, { timeout: 500 });
      else flush();
    }, BATCH_MS);
  };

  const onMutations = (records: MutationRecord[]) => {
    for (const record of records) {
      const target = record.target;
      if (target.nodeType === 1 && (skip(target as Element) || (target as Element).closest(SIDEBAR_TAG))) continue;
      if (record.type === 'characterData') {
        pending.add(enclosingBlock(target));
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && skip(node as Element)) continue;
        pending.add(node.nodeType === 1 && enclosingBlock(node) === node ? node : enclosingBlock(target));
      }
      if (record.removedNodes.length > 0) pending.add(enclosingBlock(target));
    }
    if (pending.size > 0) schedule();
  };

  /**
   * The default look of the highlights comes with the manifest's stylesheet, in place before the page is
   * styled; a sheet is adopted only for a reader who chose another look.
   */
  const scope = highlightScope(import.meta.env.BROWSER);
  const applyLook = () => {
    const css = highlightCss(settings.highlight, scope);
    const custom = css === highlightCss(defaultSettings.highlight, scope) ? '' : css;
    if (fallbackStyle) fallbackStyle.textContent = custom;
    else if (document.adoptedStyleSheets.includes(sheet)) sheet.replaceSync(custom);
    else if (custom) {
      sheet.replaceSync(custom);
      try {
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      } catch {
        // Firefox's wrappers can refuse a content script's array here: a style element carries the same rules.
        fallbackStyle = Object.assign(document.createElement('style'), { textContent: custom });
        (document.head ?? document.documentElement).append(fallbackStyle);
      }
    }
  };

  const start = () => {
    // XML documents, SVG files and framesets have no body to read.
    if (!document.body) return;
    enabled = true;
    applyLook();
    page.clear();
    page.setTracking(tracking());
    observer ??= new MutationObserver(onMutations);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    enqueue(async () => {
      await scan(document.body);
      repaint();
    });
  };

  const stop = () => {
    enabled = false;
    observer?.disconnect();
    observer = null;
    pending.clear();
    page.clear();
    painter?.dispose();
    painter = null;
    if (canHighlight) CSS.highlights.delete(highlightName('flash'));
    sidebarOpen = false;
    sidebar?.hide();
  };

  const apply = () => {
    const shouldRun = isSiteEnabled(settings, location.hostname);
    if (shouldRun) start();
    else if (enabled) stop();
  };

  const unwatch = watchSettings((next) => {
    settings = next;
    apply();
  });
  ctx.onInvalidated(() => {
    unwatch();
    stop();
    engine.close();
  });

  document.addEventListener(
    'click',
    (event) => {
      if (!enabled || event.button !== 0) return;
      if ((event.target as Element | null)?.closest?.(SIDEBAR_TAG)) return;
      const hit = figureAtPoint(document, page.list(), event.clientX, event.clientY);
      if (hit) openSidebar(hit.id).then(() => select(hit.id), ignore);
    },
    { passive: true },
  );
  document.addEventListener('focusin', (event) => {
    const target = event.target as Element | null;
    if (!enabled || !target || target.closest(SIDEBAR_TAG) || !target.matches(':focus-visible')) return;
    // The anchors, not the Ranges: asking every figure for a Range would make thousands on a long page.
    const hit = page.list().find((f) => target.contains(f.anchor.startNode) || target.contains(f.anchor.endNode));
    if (hit) openSidebar(hit.id).catch(ignore);
  });

  apply();

  return async (raw: unknown) => {
    const parsed = tabMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const message = parsed.data;
    if (message.type === 'get-summary') {
      const counts = { corroborated: 0, conflicting: 0, unverified: 0 };
      for (const f of shown()) counts[f.finding.verdict]++;
      const summary: Summary = { host: location.hostname, enabled, counts };
      return summary;
    }
    if (!enabled) return undefined;
    if (message.type === 'claims-changed') start();
    else if (message.type === 'open-sidebar' || !sidebarOpen) await openSidebar();
    else {
      sidebarOpen = false;
      sidebar?.hide();
    }
    return undefined;
  };
}
