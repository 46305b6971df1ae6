import { browser } from 'wxt/browser';
import type { BackgroundMessage, Part } from '../lib/messages';

/**
 * The content script comes in parts, so a page pays only for what it uses: a small watcher on every page, the
 * annotator once a page may hold a figure, the sidebar once a reader opens it. The background injects a part
 * into the frame that asks; parts find each other through the extension's own isolated world, which page
 * scripts cannot see.
 */
const slot = (part: Part) => Symbol.for(`figure-check/${part}`);

export function providePart<T>(part: Part, api: T): void {
  (globalThis as Record<symbol, unknown>)[slot(part)] = api;
}

/** The part's interface, injecting it first when this frame does not have it yet. */
export async function loadPart<T>(part: Part): Promise<T> {
  const present = (globalThis as Record<symbol, unknown>)[slot(part)];
  if (present) return present as T;
  const message: BackgroundMessage = { type: 'inject-part', part };
  await browser.runtime.sendMessage(message);
  const injected = (globalThis as Record<symbol, unknown>)[slot(part)];
  if (!injected) throw new Error(`the ${part} part did not load`);
  return injected as T;
}
