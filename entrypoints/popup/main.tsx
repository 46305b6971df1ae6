import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { type Summary, type TabMessage, summarySchema } from '../../lib/messages';
import { setSiteEnabled } from '../../lib/settings/schema';
import { loadSettings, saveSettings } from '../../utils/settings-item';
import '../../components/styles.css';
import '../../components/pages.css';

/**
 * The tab the popup reports on: the active tab, or the one named by `?tab=N` when the popup is opened as a page
 * (keyboard users who pin it in a tab, and the end-to-end tests).
 */
async function activeTabId(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function sendToActiveTab(message: TabMessage): Promise<unknown> {
  const tabId = await activeTabId();
  if (tabId === null) throw new Error('no active tab');
  return browser.tabs.sendMessage(tabId, message);
}

/** The content script's summary for the active tab, or null when there is none (no content script, bad answer). */
async function fetchSummary(): Promise<Summary | null> {
  try {
    return summarySchema.parse(await sendToActiveTab({ type: 'get-summary' }));
  } catch {
    return null;
  }
}

function App() {
  const [summary, setSummary] = useState<Summary | null>(null);

  const refresh = useCallback(() => {
    void fetchSummary().then(setSummary);
  }, []);

  useEffect(refresh, [refresh]);

  const onToggleSite = async (enabled: boolean) => {
    if (!summary) return;
    try {
      const settings = await loadSettings();
      await saveSettings(setSiteEnabled(settings, summary.host, enabled));
    } catch {
      // Storage failed; the refreshed summary puts the switch back where it really is.
    } finally {
      // The content script applies the new settings from storage; ask again once it has.
      setTimeout(refresh, 300);
    }
  };

  const onOpenSidebar = async () => {
    try {
      await sendToActiveTab({ type: 'open-sidebar' });
    } catch {
      // The tab went away; closing the popup is all that is left to do.
    }
    window.close();
  };

  const onOpenOptions = () => {
    void browser.runtime.openOptionsPage();
    window.close();
  };

  return (
    <Popup
      summary={summary}
      onToggleSite={(enabled) => void onToggleSite(enabled)}
      onOpenSidebar={() => void onOpenSidebar()}
      onOpenOptions={onOpenOptions}
    />
  );
}

render(<App />, document.getElementById('app')!);
