import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Checker } from '../lib/check';
import { bundledDatabase } from '../lib/claims/bundled';
import { type ClaimPack, mergeDatabases } from '../lib/claims/pack';
import { ENGINE_PORT } from '../lib/engine/protocol';
import { serveEngine } from '../lib/engine/server';
import { type Part, type TabMessage, backgroundMessageSchema } from '../lib/messages';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { loadClaimPacks, watchClaimPacks } from '../utils/claim-packs-item';

/** The built file of each part of the content script (see utils/parts.ts). */
const PART_FILES: Record<Part, ScriptPublicPath> = { annotator: '/annotator.js', sidebar: '/sidebar.js' };

/**
 * The engine: the claim database (bundled plus the reader's packs) and the matcher, built once for every tab
 * and matched against the text pages send. Also: the parts of the content script, injected into the frame that
 * asks for them; the keyboard command, relayed to the active tab.
 */
export default defineBackground(() => {
  let checker: Promise<Checker> | null = null;
  const build = (packs: ClaimPack[]) => new Checker(mergeDatabases(bundledDatabase, packs));
  const current = () => (checker ??= loadClaimPacks().then(build));

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== ENGINE_PORT || port.sender?.id !== browser.runtime.id) return;
    serveEngine(port, { checker: current });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const parsed = backgroundMessageSchema.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!parsed.success || sender.id !== browser.runtime.id || tabId === undefined) return undefined;
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    return browser.scripting.executeScript({ target, files: [PART_FILES[parsed.data.part]] }).then(() => true);
  });

  watchClaimPacks(async (packs) => {
    checker = Promise.resolve(build(packs));
    // Open pages scan again with the new claims; a tab without our content script just refuses the message.
    const message: TabMessage = { type: 'claims-changed' };
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: TabMessage = { type: 'toggle-sidebar' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
