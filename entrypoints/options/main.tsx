import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Options } from '../../components/Options';
import { bundledDatabase } from '../../lib/claims/bundled';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../../utils/settings-item';
import '../../components/styles.css';
import '../../components/pages.css';

const bundled = {
  publications: bundledDatabase.publications.length,
  measures: bundledDatabase.measures.length,
  reports: bundledDatabase.reports.length,
};

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    // Changes made elsewhere (the popup's site switch, another options tab) show up here at once.
    const unwatch = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  if (!settings) return <p class="fc-options fc-hint">Loading settings…</p>;

  const onChange = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };

  return <Options settings={settings} onChange={onChange} topics={bundledDatabase.topics} bundled={bundled} />;
}

render(<App />, document.getElementById('app')!);
