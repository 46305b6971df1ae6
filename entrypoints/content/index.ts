import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { Prefilter } from '../../lib/extract/prefilter';
import { loadPart } from '../../utils/parts';
import type { Annotator } from '../annotator';
// The highlights' default look, injected by the manifest with this script (see wxt.config.ts).
import 'virtual:figure-check/default-highlights.css';

/** How long a page's additions are gathered before they are looked at together. */
const BATCH_MS = 250;

/**
 * The watcher, on every page: two regular expressions over the page's text decide whether it may hold a
 * tracked figure. Only then, or when the reader asks for something (the popup, the sidebar shortcut), is the
 * annotator loaded; most pages a person reads are not war reporting and cost no more than this.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // WXT's context tells a newer copy of this script (after an update) that it started with an event on the
  // document, and by default with a window message too, which every listener of the page receives and which names
  // the extension's id. The event alone does the job.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let annotator: Promise<Annotator> | null = null;
    let observer: MutationObserver | null = null;
    const load = () => {
      observer?.disconnect();
      observer = null;
      // A failed injection (the tab navigated away, the extension was reloaded) may be tried again later.
      annotator ??= loadPart<Annotator>('annotator').catch((error: unknown) => {
        annotator = null;
        throw error;
      });
      return annotator;
    };
    const loadQuietly = () => void load().catch(() => undefined);

    // The annotator validates and answers every message; until it is needed, the watcher only wakes it.
    browser.runtime.onMessage.addListener((message: unknown) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type !== 'string' || (type === 'claims-changed' && !annotator)) return undefined;
      return load().then((a) => a.handle(message));
    });

    const body = document.body;
    if (!body) return;
    const prefilter = new Prefilter();
    if (prefilter.see(body.textContent ?? '')) {
      loadQuietly();
      return;
    }
    // Pages that fetch their article after loading (single-page apps, feeds): look at what they add.
    let added: Node[] = [];
    let pending = false;
    observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) added.push(node);
      if (added.length === 0 || pending) return;
      pending = true;
      ctx.setTimeout(() => {
        pending = false;
        const text = added.map((n) => n.textContent ?? '').join('\n');
        added = [];
        if (prefilter.see(text)) loadQuietly();
      }, BATCH_MS);
    });
    observer.observe(body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer?.disconnect());
  },
});
