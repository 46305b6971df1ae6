import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { TabMessage } from '../lib/messages';

/** Relays the keyboard command to the active tab's content script; the background keeps no state of its own. */
export default defineBackground(() => {
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: TabMessage = { type: 'toggle-sidebar' };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
