import { storage } from '@wxt-dev/storage';
import { type Settings, defaultSettings, parseSettings } from '../lib/settings/schema';

/**
 * The reader's settings in the browser's local extension storage (not sync storage: the list of sites a reader
 * checks stays on this machine). Versioned so later shapes can migrate; every read goes through
 * zod (parseSettings), so a corrupt value falls back field by field instead of breaking the extension.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings));
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}
